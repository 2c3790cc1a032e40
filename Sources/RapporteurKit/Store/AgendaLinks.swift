/// What an agenda item concerns, as the user typed it ("2/7", "decision 2024/3",
/// "HSP/EB.2024/14"); the store resolves each to its record.
public struct AgendaLinks: Sendable, Equatable {
    public var resolutions: [String]
    public var decisions: [String]
    public var documents: [String]

    public init(resolutions: [String] = [], decisions: [String] = [], documents: [String] = []) {
        self.resolutions = resolutions
        self.decisions = decisions
        self.documents = documents
    }

    public var isEmpty: Bool { resolutions.isEmpty && decisions.isEmpty && documents.isEmpty }
}
