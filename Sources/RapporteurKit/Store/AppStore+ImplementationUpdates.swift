import GRDB

extension AppStore {
    /// Stores one implementation update with the operative paragraphs its text cites
    /// (those of this resolution, or of no resolution named).
    static func saveUpdate(_ resolution: Resolution, asOf: CalendarDate, position: Int, text: String,
                           sourceKind: String, symbol: String? = nil, paragraph: Int? = nil,
                           user: String, stamp: String, db: Database) throws {
        let cited = ReferenceScanner.scan(text).paragraphs
            .filter { $0.resolution == nil || $0.resolution == resolution.key }.map(\.paragraph)
        try db.execute(sql: """
            INSERT INTO implementationUpdate (resolutionId, asOf, position, text, paragraphs, sourceKind,
                sourceSymbol, sourceParagraph, createdBy, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [resolution.id, asOf.iso, position, text, cited.joined(separator: ","), sourceKind,
                             symbol, paragraph, user, stamp])
    }

    /// Runs an import in one transaction that commits only when `body` reports no error
    /// and this is no dry run; the errors come out together as an `ImportFailure`.
    func allOrNothing(dryRun: Bool, _ body: (Database) throws -> [Diagnostic]) throws {
        var diagnostics: [Diagnostic] = []
        try writer.writeWithoutTransaction { db in
            try db.inTransaction {
                diagnostics = try body(db)
                return diagnostics.isEmpty && !dryRun ? .commit : .rollback
            }
        }
        if !diagnostics.isEmpty { throw ImportFailure(diagnostics) }
    }
}
