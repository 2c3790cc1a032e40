/// A paragraph of a resolution cited in free text: "OP3", "paragraph 2 (a)",
/// "paragraph 8 of resolution 2/2".
public struct OperativeParagraph: Hashable, Sendable, Codable {
    /// The resolution the text names for the paragraph; nil when it does not say
    /// ("OP3", "paragraph 8 of the resolution"). Nothing is guessed from the context.
    public var resolution: ResolutionKey?
    /// The paragraph number and any sub-paragraph letter: "3", "2 (a)".
    public var paragraph: String

    public init(resolution: ResolutionKey?, paragraph: String) {
        self.resolution = resolution
        self.paragraph = paragraph
    }
}
