/// What a meeting's published summary printed, kept beside the record drawn from it:
/// how it named speakers and its numbered paragraphs in order.
public struct PublishedSummary: Sendable, Hashable {
    /// How the published text named speakers; nil when it gave no way to tell. Its
    /// wording is shown only in a summary written in this style, so that no other
    /// style shows a name it hides or hides a name it shows.
    public var style: AttributionStyle?
    public var paragraphs: [PublishedParagraph]

    public init(style: AttributionStyle?, paragraphs: [PublishedParagraph]) {
        self.style = style
        self.paragraphs = paragraphs
    }
}
