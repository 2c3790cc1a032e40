/// What `action edit` changes; a nil field is left as it is.
public struct CommitmentChange: Sendable {
    public var text: String?
    /// "Secretariat", "Secretariat: <unit>" or a Member State.
    public var owner: String?
    /// When it is due; `.none` takes the due date away.
    public var due: NewCommitment.Due?
    /// References named anew, replacing those named before; nil keeps them.
    public var references: ExplicitReferences?

    public init(
        text: String? = nil, owner: String? = nil, due: NewCommitment.Due? = nil,
        references: ExplicitReferences? = nil
    ) {
        self.text = text
        self.owner = owner
        self.due = due
        self.references = references
    }

    public var isEmpty: Bool { text == nil && owner == nil && due == nil && references == nil }
}
