import GRDB

extension Statement {
    /// Executes the statement with `values` for its "?" placeholders, in order, each
    /// bound straight to SQLite. `execute(arguments:)` first boxes every value into a
    /// `StatementArguments` array of existentials, checks it and binds it through
    /// nested closures: for the rows an import writes by the thousand that was a fifth
    /// of the import's own work. The caller gives exactly one value for each
    /// placeholder, as with `setUncheckedArguments`. Meant for statements from
    /// `cachedStatement(sql:)`: a statement whose step failed cannot be reset, and GRDB
    /// drops it from that cache, so the next call gets a fresh one.
    func execute<each Value: StatementBinding>(binding values: repeat each Value) throws {
        // Resets the statement and clears its bindings, and marks its arguments as set,
        // so that `execute()` below runs it with the values bound here.
        setUncheckedArguments(StatementArguments())
        var index: CInt = 0
        for value in repeat each values {
            index += 1
            let code = value.bind(to: sqliteStatement, at: index)
            guard code == ResultCode.SQLITE_OK.rawValue else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code), message: "cannot bind argument \(index)", sql: sql)
            }
        }
        try execute()
    }
}
