/// One entry of the adopted agenda as the summary lists it.
public struct ParsedAgendaItem: Sendable, Equatable {
    /// "1", "2", "2(a)".
    public var label: String
    /// The title as written, without its list marker and final punctuation.
    public var title: String
    /// Resolution keys cited in the title ("2/7").
    public var resolutions: [String]
    /// Decision keys cited in the title ("2024/3").
    public var decisions: [String]

    /// What an annotated agenda says under the item, paragraphs apart by blank lines.
    public var annotation: String?

    public init(
        label: String, title: String, resolutions: [String] = [], decisions: [String] = [], annotation: String? = nil
    ) {
        self.label = label
        self.title = title
        self.resolutions = resolutions
        self.decisions = decisions
        self.annotation = annotation
    }
}
