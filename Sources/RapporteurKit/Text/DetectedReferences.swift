/// Everything `ReferenceScanner` found in one piece of text. The lists keep the order
/// in which references first appear and hold each reference once.
public struct DetectedReferences: Equatable, Sendable {
    public var resolutions: [ResolutionKey]
    public var decisions: [DecisionKey]
    /// Canonical symbols; resolution symbols (HSP/HA.2/RES.7) go to `resolutions` instead.
    public var documents: [DocumentSymbol]
    public var paragraphs: [OperativeParagraph]
    /// Every matched phrase exactly as written, in text order, repeats included
    /// ("resolutions [2/1](#), [2/5](#) and [2/7](#)", "OP5, 6 and 7").
    public var phrases: [String]

    public init(
        resolutions: [ResolutionKey] = [], decisions: [DecisionKey] = [], documents: [DocumentSymbol] = [],
        paragraphs: [OperativeParagraph] = [], phrases: [String] = []
    ) {
        self.resolutions = resolutions
        self.decisions = decisions
        self.documents = documents
        self.paragraphs = paragraphs
        self.phrases = phrases
    }

    /// True when the text cites nothing.
    public var isEmpty: Bool {
        resolutions.isEmpty && decisions.isEmpty && documents.isEmpty && paragraphs.isEmpty && phrases.isEmpty
    }

    mutating func add(_ resolution: ResolutionKey) {
        if !resolutions.contains(resolution) { resolutions.append(resolution) }
    }

    mutating func add(_ decision: DecisionKey) {
        if !decisions.contains(decision) { decisions.append(decision) }
    }

    mutating func add(_ document: DocumentSymbol) {
        if !documents.contains(document) { documents.append(document) }
    }

    mutating func add(_ paragraph: OperativeParagraph) {
        if !paragraphs.contains(paragraph) { paragraphs.append(paragraph) }
    }
}
