import GRDB

/// One thing a question or request asks, tracked on its own.
public struct Ask: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord, AuditedRecord {
    public static let databaseTableName = "ask"

    public var id: Int64?
    public var interventionId: Int64
    public var position: Int
    public var text: String
    public var status: AskStatus
    public var supersededById: Int64?
    public var statusNote: String?
    /// The key a record file gave it ("I5"), if it came from one.
    public var recordKey: String?
    /// Set by `stampInsert(by:at:)` (see `AuditedRecord`), as are the two below by `stampUpdate(by:at:)`.
    public var createdBy: String = ""
    public var createdAt: String = ""
    public var updatedBy: String?
    public var updatedAt: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public var handle: String { RecordID(kind: .ask, number: id ?? 0).description }
}
