/// What `intervention edit` changes; a nil field is left as it is.
public struct InterventionChange: Sendable {
    /// The new text; an ask that was the old text itself follows it.
    public var text: String?
    public var kind: InterventionKind?
    /// The agenda item's label ("2", "2a"), on the same meeting's agenda.
    public var item: String?
    /// All the speakers, replacing those recorded.
    public var speakers: [String]?
    public var named: Bool?
    public var pledgeAmount: String?
    public var pledgeCurrency: String?
    /// References named anew, replacing those named before; nil keeps them.
    public var references: ExplicitReferences?

    public init(
        text: String? = nil, kind: InterventionKind? = nil, item: String? = nil, speakers: [String]? = nil,
        named: Bool? = nil, pledgeAmount: String? = nil, pledgeCurrency: String? = nil,
        references: ExplicitReferences? = nil
    ) {
        self.text = text
        self.kind = kind
        self.item = item
        self.speakers = speakers
        self.named = named
        self.pledgeAmount = pledgeAmount
        self.pledgeCurrency = pledgeCurrency
        self.references = references
    }

    public var isEmpty: Bool {
        text == nil && kind == nil && item == nil && speakers == nil && named == nil && pledgeAmount == nil
            && pledgeCurrency == nil && references == nil
    }
}
