/// Every name a text may give a State by: its UN short name, formal name, aliases
/// ("Turkey", "UK") and ISO3 code. What `StateMentionScanner` looks for.
public struct StateNames: Sendable, Hashable {
    public var iso3: String
    /// The UN short name ("Türkiye"), as findings name the State.
    public var name: String
    /// The formal name and the aliases.
    public var otherNames: [String]

    public init(iso3: String, name: String, otherNames: [String] = []) {
        self.iso3 = iso3
        self.name = name
        self.otherNames = otherNames
    }
}
