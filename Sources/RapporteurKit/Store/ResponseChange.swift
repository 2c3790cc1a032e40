/// What `response edit` changes; a nil field is left as it is.
public struct ResponseChange: Sendable {
    public var text: String?
    /// The agenda item's label ("2", "2a"), on the same meeting's agenda.
    public var item: String?
    /// The unit or officer who answered; "" removes it.
    public var unit: String?
    /// References named anew, replacing those named before; nil keeps them.
    public var references: ExplicitReferences?

    public init(text: String? = nil, item: String? = nil, unit: String? = nil, references: ExplicitReferences? = nil) {
        self.text = text
        self.item = item
        self.unit = unit
        self.references = references
    }

    public var isEmpty: Bool { text == nil && item == nil && unit == nil && references == nil }
}
