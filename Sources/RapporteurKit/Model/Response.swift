import GRDB

/// A Secretariat answer given at a meeting.
public struct Response: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord, AuditedRecord {
    public static let databaseTableName = "response"

    public var id: Int64?
    public var meetingId: Int64
    public var agendaItemId: Int64
    public var sequence: Int
    /// A unit or officer of the Secretariat, when the record names one.
    public var unit: String?
    public var text: String
    public var sourceParagraph: Int?
    /// The key a record file gave it ("I5"), if it came from one.
    public var recordKey: String?
    /// The day of a session of several days it was made on (1 for the opening day); nil
    /// in a meeting of one day.
    public var day: Int? = nil
    /// Set by `stampInsert(by:at:)` (see `AuditedRecord`), as are the two below by `stampUpdate(by:at:)`.
    public var createdBy: String = ""
    public var createdAt: String = ""
    public var updatedBy: String?
    public var updatedAt: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public var handle: String { RecordID(kind: .response, number: id ?? 0).description }
}
