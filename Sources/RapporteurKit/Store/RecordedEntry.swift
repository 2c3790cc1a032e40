/// What a write to the record produced: the identifiers to print, and warnings about
/// references found in the text that could not be linked.
public struct RecordedEntry: Sendable, Equatable {
    /// "I7", then its asks "Q5", "Q6"; or "R3"; or "A4".
    public var identifiers: [String]
    public var warnings: [Phrase]
}
