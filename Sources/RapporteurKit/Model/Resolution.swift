import GRDB

/// A resolution of the UN-Habitat Assembly ("2/7", HSP/HA.2/RES.7).
public struct Resolution: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "resolution"

    public var id: Int64?
    public var bodyId: Int64
    public var session: Int
    public var number: Int
    public var title: String
    public var symbol: String
    public var adoptedOn: String?
    public var createdBy: String
    public var createdAt: String

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public var key: ResolutionKey { ResolutionKey(session: session, number: number) }
}
