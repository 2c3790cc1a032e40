/// An answer link with both its ends spelled out, as an officer reviews it: the ask
/// (its paragraph as published, who asked, what) beside the response that may answer it.
public struct AnswerLinkDetail: Codable, Hashable, Sendable {
    public struct End: Codable, Hashable, Sendable {
        /// "Q5" or "R9".
        public var id: String
        /// "I4" for an ask; nil for a response.
        public var intervention: String?
        /// The paragraph of the published summary it was read from, if any.
        public var paragraph: Int?
        /// Who asked, as stored; "Secretariat" (or the unit) for a response.
        public var speakers: [String]
        public var item: String
        public var text: String
    }

    public var meeting: String
    public var ask: End
    public var response: End
    public var extent: AnswerExtent
    public var inferred: Bool
    public var confidence: Double?
    public var state: AnswerState
}
