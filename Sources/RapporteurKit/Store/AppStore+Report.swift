import GRDB

extension AppStore {
    /// Imports the Executive Director's report: each paragraph under a resolution or a
    /// decision heading becomes a dated implementation update of it, with the report's
    /// symbol, its paragraph number, the operative paragraphs it cites and the footnotes
    /// it calls. Importing the report again replaces its updates. Without `asOf`, the
    /// updates hold for the first day of the session the report's header names ("Nairobi,
    /// 4–6 December 2024"), and a note says so; with no dates in the header the day must
    /// be given.
    @discardableResult
    public func importReport(
        _ text: String, file: String, asOf given: CalendarDate? = nil, symbol: String? = nil,
        dryRun: Bool = false
    ) throws -> (updates: Int, symbol: String?, asOf: CalendarDate, warnings: [Diagnostic]) {
        var parsed = ReportParser.parse(text, file: file)
        let asOf: CalendarDate
        if let given {
            asOf = given
        } else if let start = parsed.sessionStart {
            asOf = start.date
            parsed.diagnostics.append(
                Diagnostic(
                    file: file, line: start.line, .note,
                    "as of \(start.date.iso), the first day of the session the header names; give \(field: .asOf) for another day"
                ))
        } else {
            parsed.diagnostics.append(
                Diagnostic(
                    file: file, line: 1, .error,
                    """
                    the report's header names no session dates (a line such as "Nairobi, 4–6 December 2024"), so the \
                    day its updates hold for is not known: give it with \(field: .asOf, value: "YYYY-MM-DD")
                    """))
            throw ImportFailure(parsed.diagnostics.filter { $0.severity == .error }.sorted { $0.line < $1.line })
        }
        if parsed.diagnostics.contains(where: { $0.severity == .error }) {
            throw ImportFailure(parsed.diagnostics.sorted { $0.line < $1.line })
        }
        let reportSymbol = try (symbol ?? parsed.symbol).map(DocumentSymbol.canonical(typed:))
        let stamp = audit.now
        var count = 0
        var notes: [Diagnostic] = []
        try allOrNothing(dryRun: dryRun) { db in
            if let reportSymbol {
                try db.execute(
                    sql: "DELETE FROM implementationUpdate WHERE sourceKind = 'report' AND sourceSymbol = ?",
                    arguments: [reportSymbol])
            } else {
                // A report without a symbol is known by its date.
                try db.execute(
                    sql: """
                        DELETE FROM implementationUpdate WHERE sourceKind = 'report' AND sourceSymbol IS NULL AND asOf = ?
                        """, arguments: [asOf.iso])
            }
            var diagnostics: [Diagnostic] = []
            // A resolution or decision the database does not know is said once, at its first paragraph.
            var unknown: Set<String> = []
            for paragraph in parsed.paragraphs {
                let subject =
                    paragraph.resolution.map { "resolution \($0)" } ?? paragraph.decision.map { "decision \($0)" }
                // Under no heading (the parser has warned of it), or unknown and said already.
                guard let subject, !unknown.contains(subject) else { continue }
                do {
                    if let key = paragraph.resolution {
                        let resolution: Resolution
                        do { resolution = try Resolution.find(db, typed: key) } catch {
                            unknown.insert(subject); throw error
                        }
                        try Self.saveUpdate(
                            resolution, asOf: asOf, position: paragraph.number, text: paragraph.text,
                            sourceKind: "report", symbol: reportSymbol, paragraph: paragraph.number,
                            footnotes: paragraph.footnotes, user: audit.user, stamp: stamp, db: db)
                    } else if let key = paragraph.decision {
                        let decision: Decision
                        do {
                            decision = try Self.reportedDecision(
                                key, title: parsed.decisionTitles[key], file: file, line: paragraph.line,
                                user: audit.user, stamp: stamp, notes: &notes, db: db)
                        } catch {
                            unknown.insert(subject); throw error
                        }
                        try Self.saveUpdate(
                            decision, asOf: asOf, position: paragraph.number, text: paragraph.text,
                            sourceKind: "report", symbol: reportSymbol, paragraph: paragraph.number,
                            footnotes: paragraph.footnotes, user: audit.user, stamp: stamp, db: db)
                    }
                    count += 1
                } catch let error as RapporteurError {
                    diagnostics.append(Diagnostic(file: file, line: paragraph.line, error: error))
                }
            }
            return diagnostics
        }
        var warnings = (parsed.diagnostics + notes).sorted { $0.line < $1.line }
        if reportSymbol == nil {
            warnings.append(
                Diagnostic(
                    file: file, line: 1, .warning,
                    """
                    the report carries no symbol (no page header gives one), so its updates are known only by \
                    the day they hold for; give it with \(field: .symbol, value: "SYMBOL")
                    """))
        }
        return (count, reportSymbol, asOf, warnings)
    }

    /// The decision a report's section is about. An Assembly decision (numbered by
    /// session, "1/3") the database does not know yet is recorded with the title the
    /// heading gives, and a note says so: a report on the Assembly's resolutions and
    /// decisions names them by their own titles. A Board decision ("2020/6"), or one with
    /// no title in its heading, must be recorded first.
    static func reportedDecision(
        _ key: String, title: String?, file: String, line: Int, user: String, stamp: String,
        notes: inout [Diagnostic], db: Database
    ) throws -> Decision {
        do {
            return try Decision.find(db, typed: key)
        } catch let error as RapporteurError {
            let parsedKey = try RapporteurError.parsing { try DecisionKey.parse(key) }
            // "arrangements for …" after "Decision 1/3 on": a title starts with a capital.
            guard !parsedKey.isNumberedByYear, let stated = RecordText.line(title), let first = stated.first,
                try Decision.all().filter(series: parsedKey.series, number: parsedKey.number).fetchCount(db) == 0
            else { throw error }
            let title = first.uppercased() + stated.dropFirst()
            try StoredText.check(title, field: "decision.title")
            var decision = Decision(
                id: nil, bodyId: try Body.find(db, code: "HA").id!, seriesKind: .session, series: parsedKey.series,
                number: parsedKey.number, title: title, symbol: nil, adoptedOn: nil, createdBy: user,
                createdAt: stamp)
            try decision.insert(db)
            notes.append(
                Diagnostic(
                    file: file, line: line, .note,
                    "decision \(parsedKey.key) of the Assembly is not recorded yet; the import records it with the "
                        + "title the report gives: '\(title)'"))
            return decision
        }
    }

    /// A resolution's implementation updates, newest first, each with its source.
    public func implementationUpdates(of key: String) throws -> [ImplementationUpdate] {
        try read { db in try Self.updates(db, column: "resolutionId", id: try Resolution.find(db, typed: key).id) }
    }

    /// A decision's implementation updates, newest first, each with its source.
    public func implementationUpdates(of decision: Decision) throws -> [ImplementationUpdate] {
        try read { db in try Self.updates(db, column: "decisionId", id: decision.id) }
    }
}
