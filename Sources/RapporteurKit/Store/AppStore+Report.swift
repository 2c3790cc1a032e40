import GRDB

extension AppStore {
    /// Imports the Executive Director's report: each paragraph under a resolution heading
    /// becomes a dated implementation update with the report's symbol, its paragraph
    /// number and the operative paragraphs it cites. Importing the report again replaces
    /// its updates.
    @discardableResult
    public func importReport(
        _ text: String, file: String, asOf: CalendarDate, symbol: String? = nil,
        dryRun: Bool = false
    ) throws -> (updates: Int, symbol: String?, warnings: [Diagnostic]) {
        let parsed = ReportParser.parse(text, file: file)
        if parsed.diagnostics.contains(where: { $0.severity == .error }) { throw ImportFailure(parsed.diagnostics) }
        let reportSymbol = try (symbol ?? parsed.symbol).map(DocumentSymbol.canonical(typed:))
        let stamp = audit.now
        var count = 0
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
            for paragraph in parsed.paragraphs {
                guard let key = paragraph.resolution else { continue }
                do {
                    try Self.saveUpdate(
                        try Resolution.find(db, typed: key), asOf: asOf, position: paragraph.number,
                        text: paragraph.text, sourceKind: "report", symbol: reportSymbol,
                        paragraph: paragraph.number, user: audit.user, stamp: stamp, db: db)
                    count += 1
                } catch let error as RapporteurError {
                    diagnostics.append(Diagnostic(file: file, line: paragraph.line, error: error))
                }
            }
            return diagnostics
        }
        var warnings = parsed.diagnostics
        if reportSymbol == nil {
            warnings.append(
                Diagnostic(
                    file: file, line: 1, .warning,
                    """
                    the report carries no symbol (no page header gives one), so its updates are known only by \
                    the day they hold for; give it with \(field: .symbol, value: "SYMBOL")
                    """))
        }
        return (count, reportSymbol, warnings)
    }

    /// A resolution's implementation updates, newest first, each with its source.
    public func implementationUpdates(of key: String) throws -> [ImplementationUpdate] {
        try read { db in
            let resolution = try Resolution.find(db, typed: key)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT asOf, text, paragraphs, sourceKind, sourceSymbol, sourceParagraph FROM implementationUpdate
                    WHERE resolutionId = ? ORDER BY asOf DESC, sourceKind, position
                    """, arguments: [resolution.id]
            ).map { row in
                ImplementationUpdate(
                    asOf: CalendarDate.fromDatabaseValue(row["asOf"])!, text: row["text"],
                    paragraphs: (row["paragraphs"] as String).split(separator: ",").map(String.init),
                    source: row["sourceKind"], symbol: row["sourceSymbol"], paragraph: row["sourceParagraph"])
            }
        }
    }
}
