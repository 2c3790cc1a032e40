/// What an intervention does (docs/DOMAIN.md, "A meeting and its record").
public enum InterventionKind: String, Codable, Sendable, CaseIterable {
    case question
    case request
    case comment
    case appreciation
    case announcement
    case pledge
    /// The Chair's framing or the Secretariat's briefing.
    case statement

    /// Questions and requests carry asks that are tracked until answered.
    public var carriesAsks: Bool { self == .question || self == .request }

    /// "a question", "an appreciation".
    public var withArticle: String {
        ("aeiou".contains(rawValue.first!) ? "an " : "a ") + rawValue
    }
}
