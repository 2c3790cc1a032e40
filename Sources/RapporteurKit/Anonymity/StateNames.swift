/// Every name a text may give a State by: its UN short name, formal name, aliases
/// ("Turkey", "UK"), ISO3 code and adjective ("Turkish"). What `StateMentionScanner`
/// looks for.
public struct StateNames: Sendable, Hashable {
    public var iso3: String
    /// The UN short name ("Türkiye"), as findings name the State.
    public var name: String
    /// The formal name and the aliases.
    public var otherNames: [String]
    /// The adjectives of the name ("French"), read only before a word for the State's
    /// own voice ("the French delegation").
    public var demonyms: [String]

    public init(iso3: String, name: String, otherNames: [String] = [], demonyms: [String] = []) {
        self.iso3 = iso3
        self.name = name
        self.otherNames = otherNames
        self.demonyms = demonyms
    }
}
