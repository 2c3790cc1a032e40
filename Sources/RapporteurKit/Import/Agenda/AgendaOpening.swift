/// What an annotated agenda says before its first item under a heading of its own
/// ("Opening of the session"): an annotation that belongs to no numbered item.
public struct AgendaOpening: Sendable, Equatable {
    public var title: String
    public var annotation: String
    /// The line of its heading.
    public var line: Int
}
