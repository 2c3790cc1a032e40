/// One answer link, seen from the ask or from the response.
public struct AnswerView: Codable, Hashable, Sendable {
    public var ask: String
    public var response: String
    /// Where the response was given ("EB-2024-2").
    public var meeting: String
    /// The paragraph of the published summary the response was read from, if any.
    public var responseParagraph: Int?
    public var extent: AnswerExtent
    /// True for a link an importer inferred, confirmed since or not.
    public var inferred: Bool
    public var confidence: Double?
    /// A proposed link does not answer the ask until it is confirmed.
    public var state: AnswerState

    public var isProposed: Bool { state == .proposed }
}
