import GRDB

/// What one speaker (or several) said at a meeting, in reported speech without its subject.
public struct Intervention: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord, AuditedRecord {
    public static let databaseTableName = "intervention"

    public var id: Int64?
    public var meetingId: Int64
    public var agendaItemId: Int64
    public var sequence: Int
    public var kind: InterventionKind
    public var text: String
    /// Named even in an anonymous summary (a host or convenor).
    public var named: Bool
    /// A pledge's amount as decimal text ("300000"), never a float.
    public var pledgeAmount: String?
    public var pledgeCurrency: String?
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

    public var handle: String { RecordID(kind: .intervention, number: id ?? 0).description }
}
