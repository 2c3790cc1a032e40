import GRDB

/// Another name a user may type for a State ("Turkey", "UK").
public struct StateAlias: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "stateAlias"

    public var id: Int64?
    public var stateId: Int64
    public var alias: String
    /// `NameMatching.key(alias)`: what lookups compare.
    public var matchKey: String

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
