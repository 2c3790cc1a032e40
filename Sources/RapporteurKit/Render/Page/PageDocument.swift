/// A document as it is laid out on pages, for the page formats (Word, and PDF made from
/// it): an optional masthead, the text repeated in the header of every page after the
/// first, and the blocks in reading order. Built from the same view a document's
/// templates render, so its paragraphs are the Markdown's paragraphs, numbers included.
public struct PageDocument: Sendable, Hashable {
    /// The masthead of a pre-session document; nil for the documents that open with
    /// their title (a meeting summary, a follow-up list, the tracker).
    public var masthead: Masthead?
    /// Repeated in the header of every page after the first: the document's symbol,
    /// else its title.
    public var runningHeader: String
    public var blocks: [PageBlock]

    public init(masthead: Masthead? = nil, runningHeader: String, blocks: [PageBlock]) {
        self.masthead = masthead
        self.runningHeader = runningHeader
        self.blocks = blocks
    }
}
