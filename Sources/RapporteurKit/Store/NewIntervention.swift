/// What `intervention add` records.
public struct NewIntervention: Sendable {
    public var meeting: String
    /// The agenda item's label ("2", "2a").
    public var item: String
    /// Speakers as typed (see `Party.findOrInsert`): one, several named States, or "Member States".
    public var speakers: [String]
    public var kind: InterventionKind
    /// Reported speech without its subject: "inquired whether …".
    public var text: String
    /// What a question or request asks, one entry an ask; empty means one ask, the text itself.
    public var asks: [String]
    public var references: ExplicitReferences
    public var named: Bool
    public var pledgeAmount: String?
    public var pledgeCurrency: String?
    public var sourceParagraph: Int?

    public init(
        meeting: String, item: String, speakers: [String], kind: InterventionKind, text: String,
        asks: [String] = [], references: ExplicitReferences = ExplicitReferences(), named: Bool = false,
        pledgeAmount: String? = nil, pledgeCurrency: String? = nil, sourceParagraph: Int? = nil
    ) {
        self.meeting = meeting
        self.item = item
        self.speakers = speakers
        self.kind = kind
        self.text = text
        self.asks = asks
        self.references = references
        self.named = named
        self.pledgeAmount = pledgeAmount
        self.pledgeCurrency = pledgeCurrency
        self.sourceParagraph = sourceParagraph
    }
}
