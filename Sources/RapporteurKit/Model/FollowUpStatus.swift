/// Where an ask on the follow-up list stands: nothing answers it, a confirmed answer
/// answers it in part, or a proposed answer (an import inferred it and no one has
/// confirmed it) waits for an officer and would change where the ask stands: any
/// proposal on an ask nothing answers yet, a full one on an ask answered in part. That
/// last is work for the officer, not for the State, and is listed apart.
public enum FollowUpStatus: String, Codable, Sendable, CaseIterable {
    case open
    case partiallyAnswered
    case answerProposed

    /// An outstanding ask's place on the list, from its status and its answers.
    public init(status: AskStatus, answers: [AnswerView]) {
        let proposals = answers.filter(\.isProposed)
        switch status {
        case .partiallyAnswered:
            self = proposals.contains { $0.extent == .full } ? .answerProposed : .partiallyAnswered
        default:
            self = proposals.isEmpty ? .open : .answerProposed
        }
    }

    /// "open", "partially answered", "answer proposed, to confirm".
    public var words: String {
        switch self {
        case .open: return "open"
        case .partiallyAnswered: return "partially answered"
        case .answerProposed: return "answer proposed, to confirm"
        }
    }
}
