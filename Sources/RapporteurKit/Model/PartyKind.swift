/// What kind of speaker a party is.
public enum PartyKind: String, Codable, Sendable, CaseIterable {
    case state
    /// One State the record does not name ("A Member State" in a published summary).
    case unidentifiedState
    /// Several States, their number and names unknown ("Member States").
    case memberStates
    case group
    case unEntity
    case stakeholder
    case chair
    case secretariat
}
