/// References the officer names with flags (or an importer takes from a sub-heading),
/// as typed: "2/7", "decision 2024/3", "HSP/EB.2024/14", paragraphs "3" or "2/7 OP3".
public struct ExplicitReferences: Sendable, Equatable {
    public var resolutions: [String]
    public var decisions: [String]
    public var documents: [String]
    /// Operative paragraphs: "3" (of the one resolution named) or "2/7:3".
    public var paragraphs: [String]

    public init(
        resolutions: [String] = [], decisions: [String] = [], documents: [String] = [], paragraphs: [String] = []
    ) {
        self.resolutions = resolutions
        self.decisions = decisions
        self.documents = documents
        self.paragraphs = paragraphs
    }
}
