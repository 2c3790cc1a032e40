/// One block of a summary section. Exactly one field is set; templates render each
/// kind in its own `{{#…}}` section.
public struct SummaryBlock: Sendable, Hashable {
    public struct Paragraph: Sendable, Hashable {
        /// Numbered straight through the document, never the headings.
        public let number: Int
        public let text: String
        /// An agenda quoted in the paragraph (the adopted agenda under item 1).
        public let list: [ListLine]
    }

    public var paragraph: Paragraph?
    /// "The discussions highlighted the following:" — an unnumbered line.
    public var leadIn: String?
    /// "Resolution 1/2 – United Nations System-Wide Guidelines on …".
    public var subheading: String?
}
