/// Whether an answer link counts. A confirmed link answers its ask, fully or in part;
/// a proposed one (an import's inference no one has confirmed) does not: the ask stays
/// on the follow-up list, under "answer proposed, to confirm".
public enum AnswerState: String, Codable, Sendable, CaseIterable {
    case proposed
    case confirmed
}
