/// What `action add` records.
public struct NewCommitment: Sendable {
    public enum Due: Sendable, Equatable {
        case date(CalendarDate)
        /// By a later meeting, by handle ("EB-2024-2"); the meeting may not be recorded yet.
        case meeting(String)
        case uponRequest
        /// "As early as possible", kept as such.
        case asEarlyAsPossible
        case none
    }

    public var meeting: String
    /// The response or intervention it came from ("R3", "I7"), if any.
    public var origin: String?
    public var text: String
    /// "Secretariat" (the default), "Secretariat: <unit>", or a Member State.
    public var owner: String?
    public var due: Due
    public var references: ExplicitReferences
    public var sourceParagraph: Int?

    public init(
        meeting: String, origin: String? = nil, text: String, owner: String? = nil, due: Due = .none,
        references: ExplicitReferences = ExplicitReferences(), sourceParagraph: Int? = nil
    ) {
        self.meeting = meeting
        self.origin = origin
        self.text = text
        self.owner = owner
        self.due = due
        self.references = references
        self.sourceParagraph = sourceParagraph
    }
}
