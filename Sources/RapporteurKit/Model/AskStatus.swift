/// Where an ask stands. Answers move it between open, partly answered and answered;
/// withdrawn and superseded are set by hand.
public enum AskStatus: String, Codable, Sendable, CaseIterable {
    case open
    case partiallyAnswered
    case answered
    case withdrawn
    case superseded

    /// Still on the follow-up list.
    public var isOutstanding: Bool { self == .open || self == .partiallyAnswered }

    /// What an ask's confirmed answers make it: any full answer answered, a partial one
    /// partly answered, none open.
    static func from(confirmedExtents extents: [AnswerExtent]) -> AskStatus {
        extents.contains(.full) ? .answered : (extents.isEmpty ? .open : .partiallyAnswered)
    }

    /// "partially answered", as users read it.
    public var words: String {
        switch self {
        case .partiallyAnswered: return "partially answered"
        default: return rawValue
        }
    }
}
