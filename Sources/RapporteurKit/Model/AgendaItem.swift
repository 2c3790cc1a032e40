import GRDB

/// One row of an agenda tree; `position` is 1-based among its siblings.
public struct AgendaItem: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord, AuditedRecord {
    public static let databaseTableName = "agendaItem"

    public var id: Int64?
    public var meetingId: Int64
    public var parentId: Int64?
    public var position: Int
    public var title: String
    /// What the annotated agenda says under the item, its paragraphs separated by a
    /// blank line (see `AgendaAnnotation`); nil when the item has none.
    public var annotation: String?
    /// Set by `stampInsert(by:at:)` (see `AuditedRecord`), as are the two below by `stampUpdate(by:at:)`.
    public var createdBy: String = ""
    public var createdAt: String = ""
    public var updatedBy: String?
    public var updatedAt: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
