extension AppStore {
    /// The records whose text matches the query, best first, at most `query.limit`.
    /// A malformed FTS5 query is refused as invalid input naming the query, never as an
    /// SQLite error.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        // The full-text index and its query are built on their own; until then the
        // command says plainly that it cannot search rather than find nothing.
        throw RapporteurError.failure("full-text search is not available in this build")
    }
}
