/// What `init` found in the database after loading the reference world.
public struct ReferenceSummary: Codable, Equatable, Sendable {
    public var bodies: Int
    public var states: Int
    public var memberStates: Int
    public var observerStates: Int
    public var groups: Int
    public var resolutions: Int
    /// How many rows this run added (0 when the world was already loaded).
    public var added: Int
}
