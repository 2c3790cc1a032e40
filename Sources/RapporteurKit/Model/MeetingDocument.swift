import GRDB

/// One of a meeting's documents (see `MeetingDocumentKind`): its symbol, once given, as
/// a row of `document`; its date of issue; the label of the agenda item it is issued under.
public struct MeetingDocument: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord, AuditedRecord {
    public static let databaseTableName = "meetingDocument"

    public var id: Int64?
    public var meetingId: Int64
    public var kind: MeetingDocumentKind
    /// The `document` row of its symbol; nil until the symbol is given.
    public var documentId: Int64?
    public var issuedOn: CalendarDate?
    /// "9", "2(a)": the item of the provisional agenda it is issued under.
    public var agendaItem: String?
    /// Set by `stampInsert(by:at:)` (see `AuditedRecord`), as are the two below by `stampUpdate(by:at:)`.
    public var createdBy: String = ""
    public var createdAt: String = ""
    public var updatedBy: String?
    public var updatedAt: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
