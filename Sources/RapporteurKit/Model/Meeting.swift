import GRDB

/// A meeting or session of a body, with its Chair and where it stands.
public struct Meeting: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord, AuditedRecord {
    public static let databaseTableName = "meeting"

    public var id: Int64?
    public var bodyId: Int64
    /// What users type: PBA-56, EB-2024-2, OEWG-H-1.
    public var handle: String
    public var number: Int?
    public var session: Int?
    public var year: Int?
    public var startDate: CalendarDate
    public var endDate: CalendarDate
    public var startTime: ClockTime?
    public var endTime: ClockTime?
    public var timeZoneLabel: String
    public var timeZoneName: String
    public var venue: String?
    public var modality: Modality
    public var chairHonorific: String?
    public var chairName: String?
    public var chairFunction: String?
    public var chairDelegation: String?
    public var status: MeetingStatus
    public var agendaStatus: AgendaStatus
    /// The provisional agenda as it stood when adopted, as JSON; nil while provisional.
    public var provisionalAgenda: String?
    public var agendaAdoptedAt: String?
    /// When the meeting was called to order and adjourned (the summary reports both).
    public var openedAt: ClockTime?
    public var adjournedAt: ClockTime?
    /// What the annotated agenda says of the opening, before its first item: the
    /// heading as written ("Opening of the session") and its paragraphs, separated by a
    /// blank line as an item's annotation is. Both nil when it says nothing of it.
    public var openingTitle: String? = nil
    public var openingAnnotation: String? = nil
    /// Set by `stampInsert(by:at:)` (see `AuditedRecord`), as are the two below by `stampUpdate(by:at:)`.
    public var createdBy: String = ""
    public var createdAt: String = ""
    public var updatedBy: String?
    public var updatedAt: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
