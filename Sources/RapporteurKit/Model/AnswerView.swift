/// One answer link, seen from the ask or from the response.
public struct AnswerView: Codable, Hashable, Sendable {
    public var ask: String
    public var response: String
    /// Where the response was given ("EB-2024-2").
    public var meeting: String
    public var extent: AnswerExtent
    /// True for a link an importer proposed and no officer has confirmed.
    public var inferred: Bool
    public var confidence: Double?
}
