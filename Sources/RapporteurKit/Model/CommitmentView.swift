/// A commitment with its origin, owner, due date and status.
public struct CommitmentView: Codable, Hashable, Sendable {
    public var id: String
    /// Where it was made.
    public var meeting: String
    public var body: String
    public var date: CalendarDate
    /// The agenda item of the response or intervention it came from.
    public var item: String?
    /// "R3" or "I7".
    public var origin: String?
    /// "the Secretariat", "the Secretariat (Housing Unit)", "France".
    public var owner: String
    public var text: String
    /// "2024-12-31", "by EB-2024-2", "upon request", "as early as possible", or nil.
    public var due: String?
    public var dueDate: CalendarDate?
    /// The meeting it is due at ("EB-2024-2"), recorded or not yet.
    public var dueMeeting: String?
    /// When that meeting starts; nil while it is not recorded yet.
    public var dueMeetingDate: CalendarDate? = nil
    public var status: CommitmentStatus
    public var doneAt: String?
    public var doneOn: CalendarDate?
    public var note: String?
    /// Resolution keys ("2/7"), decision keys ("2024/3"), document symbols and
    /// operative paragraphs ("2/7 OP3") the record concerns.
    public var resolutions: [String]
    public var decisions: [String]
    public var documents: [String]
    public var paragraphs: [String]
    /// Computed against the follow-up's as-of date; nil outside a follow-up list.
    public var overdue: Bool?
    public var ageDays: Int?

    /// Read from the meeting's published summary: the meeting's record is its final
    /// summary (`import summary`) and this record cites one of its paragraphs, so its
    /// wording is the document's own. Not part of the JSON, which keeps the shape it had.
    public var fromPublishedSummary = false

    enum CodingKeys: String, CodingKey {
        case id, meeting, body, date, item, origin, owner, text, due, dueDate, dueMeeting, dueMeetingDate, status,
            doneAt, doneOn, note,
            resolutions, decisions, documents, paragraphs, overdue, ageDays
    }
}
