/// Whether a response answers an ask in full or in part.
public enum AnswerExtent: String, Codable, Sendable, CaseIterable {
    case full
    case partial
}
