/// One place where a text names a State: "France" in "informed that France would host".
public struct StateMention: Sendable, Hashable {
    public var iso3: String
    /// The words as the text writes them ("Côte d’Ivoire", "FRA").
    public var words: String
    /// Where they stand in the text, in Characters from its start.
    public var offset: Int
}
