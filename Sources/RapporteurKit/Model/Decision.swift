import GRDB

/// A decision of the Board (numbered by year: 2024/3) or of the Assembly (by session: 1/3).
public struct Decision: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "decision"

    public enum SeriesKind: String, Codable, Sendable {
        case year
        case session
    }

    public var id: Int64?
    public var bodyId: Int64
    public var seriesKind: SeriesKind
    public var series: Int
    public var number: Int
    public var title: String?
    public var symbol: String?
    public var adoptedOn: String?
    public var createdBy: String
    public var createdAt: String

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public var key: DecisionKey { DecisionKey(series: series, number: number) }
}
