import GRDB

extension AppStore {
    /// Runs an import in one transaction that commits only when `body` reports no error
    /// and this is no dry run; the errors come out together as an `ImportFailure`.
    func allOrNothing(dryRun: Bool, _ body: (Database) throws -> [Diagnostic]) throws {
        var diagnostics: [Diagnostic] = []
        try mappingDatabaseErrors {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction {
                    diagnostics = try body(db)
                    return diagnostics.isEmpty && !dryRun ? .commit : .rollback
                }
            }
        }
        if !diagnostics.isEmpty { throw ImportFailure(diagnostics) }
    }
}
