import GRDB

/// A document known by its canonical symbol (HSP/EB.2024/INF/16).
public struct Document: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "document"

    public var id: Int64?
    public var symbol: String
    public var title: String?
    public var createdBy: String
    public var createdAt: String

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
