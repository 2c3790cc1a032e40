import ArgumentParser
import Foundation
import RapporteurKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read meeting records from files.",
        discussion: """
            Examples:
              rapporteur import summary pba-56-summary.txt --dry-run
              rapporteur import record pba-56.record
              rapporteur import tracker tracker.txt --as-of 2025-06-01
              rapporteur import report report.txt --as-of 2024-12-04
              rapporteur import briefing briefing.txt
            """,
        subcommands: [Summary.self, Record.self, Agenda.self, Tracker.self, Report.self, Briefing.self]
    )

    struct Summary: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "summary",
            abstract: "Import a published meeting summary (plain text from Word or PDF) as the meeting's record.",
            discussion: """
                Examples:
                  rapporteur import summary pba-56-summary.txt --dry-run   # its every reading
                  rapporteur import summary pba-56-summary.txt
                  rapporteur import summary pba-57.txt --meeting PBA-57 --replace --link none
                  rapporteur import summary eb-day2.txt --layout board-journal
                  rapporteur import summary eb-day2.txt --into EB-2024-2   # a day of it

                The layout is found from how the text starts: pba-summary, the PBA's
                summary ("Summary of the fifty-sixth meeting of …", numbered
                paragraphs), or board-journal, the Board's daily journal ("SUMMARY OF
                PLENARY DISCUSSIONS AND OUTCOMES", "DAY 2 – …", "First Daily Journal").
                --layout forces one; a text of neither is refused, and with --dry-run
                the blocks that were read are listed.
                The heading gives the meeting, the paragraph under item 1 its agenda;
                each paragraph becomes an intervention (with its asks), a response
                (with the commitments it states) or a procedural note. A journal's
                paragraphs, not numbered, are numbered in order, and its session
                gives the handle (EB-2023-3).
                --link auto (the default) infers which response answers which ask. A
                link whose score band was measured precise enough is confirmed and
                answers its ask; the others are proposed, and the ask stays on the
                follow-up list until `rapporteur link review MEETING` (or `link confirm`)
                decides. An ask nothing answers stays open.

                --into adds one day of a session (a daily journal, which gives its day)
                to a session already planned or recorded, of the same body; the day's
                records take the session's next keys. A day the session has already is
                refused unless --replace, which replaces that day and no other.
                """
        )

        enum LinkMode: String, ExpressibleByArgument { case auto, none }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var input: EncodingOption
        @Argument(help: "The summary, as plain text.", completion: .file()) var file: String
        @Option(help: "The body, when the heading does not say (PBA).") var body: String?
        @Option(help: "The meeting's handle, when the heading does not give its number (PBA-56).") var meeting: String?
        @Option(help: "The text's layout, when it is not found by itself.") var layout: SummaryLayout?
        @Option(help: "auto: infer answer links, confirming the precise ones; none: leave every ask open.")
        var link: LinkMode =
            .auto
        @Option(help: "The session a daily journal is a day of (EB-2024-2).") var into: String?
        @Flag(help: "Replace the record of a meeting already recorded (with --into: of that day).")
        var replace = false
        @Flag(help: "Print every decision and write nothing.") var dryRun = false
        @OptionGroup var output: OutputOptions

        func execute() throws {
            let text = try input.text(ofFile: file)
            let store = try global.openStore()
            let result = try store.importSummary(
                text, file: file, body: body, meeting: meeting, layout: layout, into: into,
                inferLinks: link == .auto, replace: replace, dryRun: dryRun)
            result.warnings.forEach { Console.note(ErrorWording.line(of: $0)) }
            if !dryRun { SpeakerLeakText.warnOfLeaks(in: store, meetings: result.report.meetings.map(\.handle)) }
            if output.isJSON {
                var json = ResultJSON(dryRun: dryRun, warnings: result.warnings, meetings: result.report.meetings)
                json.paragraphs = result.summary.paragraphs.map {
                    ResultJSON.Paragraph(number: $0.number, line: $0.line, explanation: $0.explanation)
                }
                json.proposedLinks = result.proposedLinks
                try Console.printJSON(json)
            } else if dryRun {
                for paragraph in result.summary.paragraphs {
                    Console.print("¶\(paragraph.number) (line \(paragraph.line)) \(paragraph.explanation)")
                }
                result.proposedLinks.forEach { Console.print("link: \($0)") }
            }
            if !output.isJSON {
                for meeting in result.report.meetings { Console.print((dryRun ? "would be " : "") + meeting.line) }
            }
            if dryRun { Console.note("Dry run: nothing was written.") }
        }
    }

    struct Record: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Import record files (the format `export record` writes).",
            discussion: """
                Examples:
                  rapporteur import record pba-56.record
                  rapporteur import record meetings/*.record --dry-run

                Each meeting in the files is added, or its record replaced when it is
                already there, so importing a file again updates it. All problems are
                listed as FILE:LINE: error: …, and then nothing is written.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Record files.", completion: .file()) var files: [String]
        @Flag(help: "Check everything and say what would be stored; write nothing.") var dryRun = false
        @OptionGroup var output: OutputOptions

        func execute() throws {
            // Every file is checked before the database is opened, so that its problems
            // come first; the records are then read again as they are imported.
            let records = try RecordFiles(files)
            let store = try global.openStore()
            let report = try store.importRecords(records, dryRun: dryRun)
            report.warnings.forEach { Console.note(ErrorWording.line(of: $0)) }
            if !dryRun { SpeakerLeakText.warnOfLeaks(in: store, meetings: report.meetings.map(\.handle)) }
            if output.isJSON {
                try Console.printJSON(ResultJSON(dryRun: dryRun, warnings: report.warnings, meetings: report.meetings))
            } else {
                for meeting in report.meetings { Console.print((dryRun ? "would be " : "") + meeting.line) }
            }
            if dryRun { Console.note("Dry run: nothing was written.") }
        }
    }

    struct Tracker: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "tracker",
            abstract:
                "Import a published resolution tracker: status, funding and implementation summary per resolution.",
            discussion: """
                Examples:
                  rapporteur import tracker tracker-2025-06.txt --as-of 2025-06-01
                  rapporteur import tracker tracker-2025-06.txt --as-of 2025-06-01 --dry-run

                Figures are read in US$ thousands ("$1,085K"). A gap, gap per cent or
                total that disagrees with the tracker's arithmetic is reported with
                its line; the figures stored are the ones the arithmetic starts from.
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var input: EncodingOption
        @Argument(help: "The tracker, as plain text.", completion: .file()) var file: String
        @Option(help: "The day its figures hold for (YYYY-MM-DD).") var asOf: CalendarDate
        @Flag(help: "Check everything; write nothing.") var dryRun = false
        @OptionGroup var output: OutputOptions

        func execute() throws {
            let text = try input.text(ofFile: file)
            let result = try global.openStore().importTracker(text, file: file, asOf: asOf, dryRun: dryRun)
            result.warnings.forEach { Console.note(ErrorWording.line(of: $0)) }
            if output.isJSON {
                var json = ResultJSON(dryRun: dryRun, warnings: result.warnings)
                json.asOf = asOf
                json.resolutions = result.resolutions
                return try Console.printJSON(json)
            }
            Console.print("\(dryRun ? "would import" : "imported") \(result.resolutions) resolutions as of \(asOf.iso)")
        }
    }

    struct Report: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Import the Executive Director's report on the implementation of resolutions.",
            discussion: """
                Examples:
                  rapporteur import report ed-report-eb-2024-2.txt
                  rapporteur import report ed-report-eb-2024-2.txt --as-of 2024-12-04
                  rapporteur import report report.txt --as-of 2025-03-05 --symbol HSP/EB.2025/5

                Each numbered paragraph under a "Resolution 2/7" heading becomes a dated
                implementation update of that resolution, with the report's symbol
                (from its page header, or --symbol), its paragraph number and the
                operative paragraphs it cites; under a "Decision 1/3 on …" heading, an
                update of that decision. An Assembly decision not yet recorded is
                recorded with the title its heading gives, and a note says so; a Board
                decision ("Decision 2024/3") must be recorded first (`decision add`).
                A footnote printed at the foot of a page ("¹ Available at …") is kept
                with the paragraph that calls it. What the report holds but is not
                stored (its masthead, an introduction) is named in a warning with its
                line. Importing a report again replaces it.
                Without --as-of, the updates hold for the first day of the session
                the report's header names ("Nairobi, 4–6 December 2024").
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var input: EncodingOption
        @Argument(help: "The report, as plain text.", completion: .file()) var file: String
        @Option(
            help:
                "The day its updates hold for (YYYY-MM-DD); by default the first day of the session its header names."
        ) var asOf: CalendarDate?
        @Option(help: "The report's symbol, when no page header gives it.") var symbol: String?
        @Flag(help: "Check everything; write nothing.") var dryRun = false
        @OptionGroup var output: OutputOptions

        func execute() throws {
            let text = try input.text(ofFile: file)
            let result = try global.openStore().importReport(
                text, file: file, asOf: asOf, symbol: symbol, dryRun: dryRun)
            result.warnings.forEach { Console.note(ErrorWording.line(of: $0)) }
            if output.isJSON {
                var json = ResultJSON(dryRun: dryRun, warnings: result.warnings)
                json.asOf = result.asOf
                json.updates = result.updates
                json.symbol = result.symbol
                return try Console.printJSON(json)
            }
            Console.print(
                "\(dryRun ? "would import" : "imported") \(result.updates) implementation updates"
                    + (result.symbol.map { " from \($0)" } ?? "") + " as of \(result.asOf.iso)")
        }
    }

    struct Briefing: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "briefing",
            abstract:
                "Import a technical briefing's programme budget implications, implementation roadmaps and fundraising strategies.",
            discussion: """
                Examples:
                  rapporteur import briefing briefing.txt --dry-run
                  rapporteur import briefing briefing.txt --symbol HSP/EB.2025/INF/3
                  rapporteur import briefing slides.txt --strict

                A briefing comes in one of two layouts, told apart by what it holds.

                Taken from slides (text with tabs between a table's cells): each
                resolution's heading ("HSP/HA.2/RES.7 - Adequate Housing for All")
                comes before each of its slides. "Implementation Roadmap" (or
                "Implementation Roadmap: NAME" when there are two) lists its steps,
                maybe under headings ("Year 1 (…):", "Phase 1 (2023-2025)", a bullet
                over indented ones), each with a period ("November 2023: …", "…: Feb
                Mar 2024"), read as days where it can be, and the paragraphs it cites
                ("(para 6)", "(OP1, OP3 and OP8)"). "Fundraising Strategy" lists its
                lines, indented ones under the line above, then the budget: a header
                of five columns (Post, Non-Post, Total, Existing Resources, Total less
                Existing Resources, in that order) and a row of figures ("$550,663",
                "$in kind", "$-"), or a row a label. "PBI Summary" gives the recurrent
                and one-time lines and a grand total. The first line is the title;
                "Resolutions:" starts the index of the resolutions, checked against
                the slides. A line on no slide is a warning that quotes it.

                In columns, as copied from PDF or Word (columns apart by two or more
                spaces): a budget table is headed "Programme budget implications of
                resolution 2/7", gives its unit ("(Thousands of United States
                dollars)", millions or dollars), then a line of years, one a column,
                maybe a line saying which are one-time and which recurrent, and rows
                Post, Non-post, Total, Existing resources and Total less existing. A
                roadmap is headed "Implementation roadmap for resolution 2/7", then a
                line Period, Activity, Responsible, Status; a row with no period
                continues the row above. A table ends at a blank line followed by
                text, a numbered paragraph or a "Source:" line; a line inside it that
                fits none of its rows is an error. Page numbers and page headers are
                passed over, and so is the rest of the document.

                Figures are stored as the briefing states them ("in kind" and a dash
                as such; a dash counts as zero when they are added up); those that do
                not add up are reported here as warnings and by `rapporteur tracker
                check`. A figure that cannot be read, or a table whose columns cannot
                be matched, is an error, and then nothing is written; with --strict, so
                is a warning. What is read is filed under the briefing's symbol (from
                its page header, or --symbol), else under its file name: importing it
                again replaces it, and a later briefing on the same resolution
                supersedes it.
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var input: EncodingOption
        @Argument(help: "The briefing, as plain text.", completion: .file()) var file: String
        @Option(help: "The briefing's symbol, when no page header gives it.") var symbol: String?
        @Flag(help: "Refuse the briefing, writing nothing, when there is any warning.") var strict = false
        @Flag(help: "Check everything; write nothing.") var dryRun = false
        @OptionGroup var output: OutputOptions

        func execute() throws {
            let text = try input.text(ofFile: file)
            let result = try global.openStore().importBriefing(
                text, file: file, symbol: symbol, strict: strict, dryRun: dryRun)
            result.warnings.forEach { Console.note(ErrorWording.line(of: $0)) }
            if output.isJSON {
                var json = ResultJSON(dryRun: dryRun, warnings: result.warnings)
                json.symbol = result.symbol
                json.budgets = result.budgets
                json.milestones = result.milestones
                json.grandTotals = result.grandTotals
                json.fundraising = result.fundraising
                return try Console.printJSON(json)
            }
            Console.print(
                "\(dryRun ? "would import" : "imported") \(Self.counts(result))"
                    + (result.symbol.map { " from \($0)" } ?? ""))
        }

        /// "10 budget rows, 2 PBI summary lines with 1 grand total, 11 roadmaps (88
        /// milestones) and 49 fundraising lines"; the PBI summary and the fundraising
        /// lines only when there are some.
        static func counts(_ result: AppStore.BriefingImport) -> String {
            func count(_ number: Int, _ singular: String, _ plural: String) -> String {
                "\(number) \(number == 1 ? singular : plural)"
            }
            let rows = result.budgets.filter { !$0.isSummary }.count
            let summaryLines = result.budgets.count - rows
            let roadmaps = Set(result.milestones.map { "\($0.resolution) \($0.roadmap ?? "")" }).count
            var parts = [count(rows, "budget row", "budget rows")]
            if summaryLines > 0 || !result.grandTotals.isEmpty {
                parts.append(
                    count(summaryLines, "PBI summary line", "PBI summary lines") + " with "
                        + count(result.grandTotals.count, "grand total", "grand totals"))
            }
            parts.append(
                count(roadmaps, "roadmap", "roadmaps") + " ("
                    + count(result.milestones.count, "milestone", "milestones") + ")")
            if !result.fundraising.isEmpty {
                parts.append(count(result.fundraising.count, "fundraising line", "fundraising lines"))
            }
            return parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        }
    }
}
