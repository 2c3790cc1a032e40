import GRDB

extension AppStore {
    /// Imports a published meeting summary (plain text from Word or PDF) as the
    /// meeting's record. A meeting already recorded is refused unless `replace`.
    /// With `inferLinks`, answers are matched to asks and marked inferred. `layout`
    /// forces the layout the text is read in; by default it is detected, and a text of
    /// no known layout is refused (in a dry run, with the blocks that were read).
    ///
    /// With `session`, the summary is one day of that session (a daily journal of the
    /// Board), added to it as that day's record (`importDay`); `replace` then replaces
    /// that day alone.
    public func importSummary(
        _ text: String, file: String, body: String? = nil, meeting handle: String? = nil,
        layout: SummaryLayout? = nil, into session: String? = nil, inferLinks: Bool = true, replace: Bool = false,
        dryRun: Bool = false
    ) throws -> SummaryImport {
        let bodies = BodyDirectory(bodies: try self.bodies())
        guard let layout = layout ?? SummaryLayout.detect(text) else {
            throw ImportFailure(SummaryLayout.refusal(of: text, file: file, showingBlocks: dryRun))
        }
        var parsed = SummaryParser.parse(text, bodies: bodies, layout: layout)
        if let body {
            let code = try self.body(body).code
            if !parsed.body.isEmpty, parsed.body != code, parsed.errors.isEmpty {
                throw ImportFailure([
                    Diagnostic(
                        file: file, line: 1, .error,
                        "the heading is of a \(parsed.body) meeting, not \(code); leave out \(field: .body) or check the file"
                    )
                ])
            }
            parsed.body = code
        }
        if let handle = session ?? handle, parsed.number == nil,
            let number = MeetingIdentity.trailingNumber(of: handle)
        {
            parsed.number = number
        }
        let built = SummaryRecordBuilder(parsed, file: file, bodies: bodies).build(
            handle: (session ?? handle)?.uppercased())
        guard var record = built.record, !built.diagnostics.contains(where: { $0.severity == .error }) else {
            throw ImportFailure(built.diagnostics)
        }
        let warnings = built.diagnostics
        if let session {
            guard parsed.day != nil else {
                throw ImportFailure([
                    Diagnostic(
                        file: file, line: 1, .error,
                        "the document gives no day of a session: a daily journal heads its text with its day and date (\"Day 2 – Thursday, 5 December 2024\"); a summary of a whole meeting goes in without \(field: .sessionDay)"
                    )
                ])
            }
            if inferLinks { record = AnswerInference.propose(record) }
            let report = try importDay(record, file: file, into: session, replace: replace, dryRun: dryRun)
            return SummaryImport(summary: parsed, record: record, report: report, warnings: warnings + report.warnings)
        }
        // The heading's number is a meeting number, or a session number within a year
        // or an Assembly: the body's own numbering decides the handle.
        if let number = record.number {
            let body = try self.body(record.body)
            let numbering = try MeetingIdentity(of: body).numbers(ordinal: number, startingOn: record.startDate)
            record.handle = handle?.uppercased() ?? numbering.handle
            record.number = numbering.number
            record.session = numbering.session
            record.year = numbering.year
        }
        try read { db in
            if !record.days.isEmpty, try Meeting.filter(Column("handle") == record.handle).fetchCount(db) > 0 {
                throw ImportFailure([
                    Diagnostic(
                        file: file, line: 1, .error,
                        "meeting \(record.handle) is already recorded, and this is one day of it; \(field: .sessionDay) adds the day to it"
                    )
                ])
            }
            if try Meeting.filter(Column("handle") == record.handle).fetchCount(db) > 0, !replace {
                throw ImportFailure([
                    Diagnostic(
                        file: file, line: 1, .error,
                        "meeting \(record.handle) is already recorded; \(field: .replace) replaces its record with this summary"
                    )
                ])
            }
        }
        // A commitment due at a meeting not planned yet keeps it as a reference (see
        // `CommitmentDueMeeting`), linked when that meeting is created.
        if inferLinks { record = AnswerInference.propose(record) }
        let report = try importRecords([(file, record)], dryRun: dryRun)
        return SummaryImport(summary: parsed, record: record, report: report, warnings: warnings + report.warnings)
    }
}
