/// How a published document names speakers (docs/EDITORIAL.md, "Who spoke").
public enum AttributionStyle: String, Codable, Sendable, CaseIterable {
    /// "A Member State …", "Another Member State …" (the PBA).
    case anonymous
    /// "BRAZIL commended …" (Board daily journals).
    case capitals
    /// "The representative of Kenya said that …" (summary records).
    case named
}
