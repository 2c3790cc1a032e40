import GRDB

/// An item that opens or closes every agenda of a body ("Any other business").
public struct StandardAgendaItem: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "standardAgendaItem"

    public enum Placement: String, Codable, Sendable {
        case opening
        case closing
    }

    public var id: Int64?
    public var bodyId: Int64
    public var placement: Placement
    public var sequence: Int
    /// 0 for an item, 1 for a sub-item of the item before it.
    public var depth: Int
    public var title: String

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
