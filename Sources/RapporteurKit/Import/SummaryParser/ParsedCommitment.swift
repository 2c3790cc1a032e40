/// Something the Secretariat said it would do, read from a response.
public struct ParsedCommitment: Sendable, Equatable {
    /// When it is due, only as far as the text says.
    public enum Due: Sendable, Equatable {
        case none
        case date(CalendarDate)
        /// "upon request", "should Member States request".
        case uponRequest
        /// "as early as possible", "as soon as possible".
        case asEarlyAsPossible
        /// A meeting described in words: "2024 second session of the Executive Board".
        case meeting(String)
    }

    /// What will be done, short: "share a draft of the handbook with Member States".
    public var text: String
    public var due: Due

    public init(text: String, due: Due = .none) {
        self.text = text
        self.due = due
    }
}
