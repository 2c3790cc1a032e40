import GRDB

/// A Member State of the United Nations or one of the two observer States.
public struct MemberState: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "state"

    public enum Status: String, Codable, Sendable {
        case member
        case observer
    }

    public var id: Int64?
    public var iso3: String
    public var m49: String
    /// The UN short name ("Türkiye", "Iran (Islamic Republic of)").
    public var name: String
    public var formalName: String?
    /// One of the five regional groups; nil for observer States.
    public var regionalGroup: String?
    public var status: Status

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The five regional groups, in the order the UN lists them.
    public static let regionalGroups = [
        "African States",
        "Asia-Pacific States",
        "Eastern European States",
        "Latin American and Caribbean States",
        "Western European and other States",
    ]
}
