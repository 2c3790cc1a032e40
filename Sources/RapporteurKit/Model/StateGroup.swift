import GRDB

/// A group of States that speaks as one ("the African Group").
public struct StateGroup: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "stateGroup"

    public var id: Int64?
    public var code: String
    public var name: String
    /// Other names, separated by '|'.
    public var aliases: String

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public var aliasList: [String] {
        aliases.split(separator: "|").map(String.init)
    }
}
