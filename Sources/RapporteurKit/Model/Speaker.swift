/// A speaker as documents need it: what kind of party, its name, and an identity that
/// tells two speakers apart even when the record does not name them.
public struct Speaker: Codable, Hashable, Sendable {
    public var kind: PartyKind
    /// "France", "African Group", "UNICEF", a Secretariat unit, or "" for the Chair.
    public var name: String
    /// "state:FRA", "unidentifiedState:B", "group:AG", …: equal for the same speaker.
    public var identity: String
}
