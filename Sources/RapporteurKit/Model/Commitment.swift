import GRDB

/// What someone undertook to do: by default the Secretariat, in a response.
public struct Commitment: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord, AuditedRecord {
    public static let databaseTableName = "commitment"

    public enum OwnerKind: String, Codable, Sendable {
        case secretariat
        case unit
        case state
    }

    public enum DueKind: String, Codable, Sendable {
        case date
        /// By a later meeting ("a brief update at the second session of the Board").
        case meeting
        case uponRequest
        /// "As early as possible": no date, and none is made up.
        case asEarlyAsPossible
        case none
    }

    public var id: Int64?
    /// The meeting where it was made.
    public var meetingId: Int64
    public var responseId: Int64?
    public var interventionId: Int64?
    public var text: String
    public var ownerKind: OwnerKind
    public var ownerName: String?
    public var ownerStateId: Int64?
    public var dueKind: DueKind
    public var dueDate: CalendarDate?
    /// The meeting it is due at; nil while that meeting is not recorded yet (see `dueReference`).
    public var dueMeetingId: Int64?
    /// A due meeting not recorded yet: its body and the numbers it will carry, until
    /// the meeting is created and `dueMeetingId` takes over.
    public var dueBodyId: Int64?
    public var dueNumber: Int?
    public var dueSession: Int?
    public var dueYear: Int?
    public var status: CommitmentStatus
    public var doneMeetingId: Int64?
    public var doneOn: CalendarDate?
    public var statusNote: String?
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

    public var handle: String { RecordID(kind: .commitment, number: id ?? 0).description }

    /// No due at all: neither a date, nor a meeting, recorded or only referred to.
    mutating func clearDue() {
        dueKind = .none
        dueDate = nil
        dueMeetingId = nil
        dueBodyId = nil
        dueNumber = nil
        dueSession = nil
        dueYear = nil
    }
}
