import Foundation
import RapporteurKit

/// The importers, called as the `import` commands call them (ImportCommand.swift):
/// the file read the same way and the same library calls, then, for one input in two
/// (`again`, decided by the input so that a replay does the same), the same import
/// again, as a user running the command twice (with --replace where the command needs
/// it). After a successful import, `FuzzReadBack` shows what was stored.
enum FuzzImports {
    /// The day the tracker and the report are imported as of.
    static let asOf = CalendarDate(year: 2024, month: 12, day: 4)!

    static func record(_ file: String, _ store: AppStore, again: Bool) throws {
        let files = try RecordFiles([file])
        var handles: [String] = []
        for _ in again ? 1...2 : 1...1 {
            let report = try store.importRecords(files)
            _ = report.meetings.map(\.line) + report.warnings.map(\.description)
            handles = report.meetings.map(\.handle)
        }
        try FuzzReadBack.meetings(handles, in: store)
    }

    static func summary(_ file: String, _ store: AppStore, again: Bool) throws {
        let text = try self.text(file)
        // As typed first; then again with --replace, as the message asks when the
        // meeting is recorded; then with --body and --meeting, as it asks when the
        // heading does not say; then with --layout, as it asks when no layout is found:
        // the Board's journal, whose reader takes any text.
        var firstError: Error?
        let attempts: [(String?, String?, SummaryLayout?)] = [
            (nil, nil, nil), (nil, nil, nil), ("PBA", "PBA-99", nil), ("EB", "EB-2099-1", .boardJournal),
        ]
        for (body, meeting, layout) in attempts {
            do {
                var result = try store.importSummary(
                    text, file: file, body: body, meeting: meeting, layout: layout, replace: firstError != nil)
                if again {
                    result = try store.importSummary(
                        text, file: file, body: body, meeting: meeting, layout: layout, replace: true)
                }
                // What --dry-run prints.
                _ =
                    result.summary.paragraphs.map { "¶\($0.number) (line \($0.line)) \($0.explanation)" }
                    + result.proposedLinks
                _ = result.warnings.map(\.description) + result.report.meetings.map(\.line)
                return try FuzzReadBack.meetings(result.report.meetings.map(\.handle), in: store)
            } catch {
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
    }

    static func tracker(_ file: String, _ store: AppStore, again: Bool) throws {
        let text = try self.text(file)
        if again { _ = try store.importTracker(text, file: file, asOf: asOf) }
        let result = try store.importTracker(text, file: file, asOf: asOf)
        _ = result.warnings.map(\.description)
        try FuzzReadBack.resolutions(TrackerParser.parse(text, file: file).entries.map(\.key), in: store)
    }

    static func report(_ file: String, _ store: AppStore, again: Bool) throws {
        let text = try self.text(file)
        // The second import takes the day from the header when it names one, as `import report` does without --as-of.
        if again { _ = try store.importReport(text, file: file, asOf: asOf) }
        let headerDay = ReportParser.parse(text, file: file).sessionStart == nil ? asOf : nil
        let result = try store.importReport(text, file: file, asOf: again ? headerDay : asOf)
        _ = result.warnings.map(\.description)
        let paragraphs = ReportParser.parse(text, file: file).paragraphs
        try FuzzReadBack.resolutions(paragraphs.compactMap(\.resolution), in: store)
        try FuzzReadBack.decisions(paragraphs.compactMap(\.decision), in: store)
    }

    static func briefing(_ file: String, _ store: AppStore, again: Bool) throws {
        let text = try self.text(file)
        if again { _ = try store.importBriefing(text, file: file) }
        let result = try store.importBriefing(text, file: file)
        _ = result.warnings.map(\.description)
        try FuzzReadBack.resolutions(
            result.budgets.map(\.resolution) + result.milestones.map(\.resolution)
                + result.fundraising.map(\.resolution) + result.grandTotals.map(\.resolution), in: store)
    }

    /// The agenda of a text or a Word document, on a meeting planned for it (as
    /// `meeting new` and `import agenda`), then again with --replace.
    static func agenda(_ file: String, _ store: AppStore, again: Bool) throws {
        let text = try self.text(file)
        let meeting = try store.planMeeting(MeetingPlan(body: "PBA", number: 98, startDate: asOf))
        var result = try store.importAgenda(text, file: file, meeting: meeting.handle)
        if again { result = try store.importAgenda(text, file: file, meeting: meeting.handle, replace: true) }
        _ =
            result.items.map { "\($0.label) \($0.title ?? "") \($0.documents)" } + result.warnings.map(\.description)
            + result.filled
        try FuzzReadBack.meetings([meeting.handle], in: store)
    }

    /// The text of a file, as every importer reads it.
    static func text(_ file: String) throws -> String {
        try TextFile.text(ofFile: file)
    }
}
