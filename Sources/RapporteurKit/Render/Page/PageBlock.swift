/// One block of a page document, in reading order. Text is final: numbers, markers and
/// punctuation are as every other format writes them.
public enum PageBlock: Sendable, Hashable {
    /// The document's title, where no masthead carries it.
    case title(String)
    /// A heading, level 1 to 3 (Word's Heading 1 to 3, for the navigation pane and a
    /// table of contents).
    case heading(level: Int, text: String)
    /// An unnumbered paragraph: a date line, a lead-in, a note.
    case paragraph(String, emphasis: PageEmphasis = .none)
    /// A numbered paragraph: the number ("12.") at the margin, a tab, then the text,
    /// hanging. The number is text, not a Word list, so it stays as other documents cite it.
    /// The footnotes it calls are set at the foot of the page, each where the text carries its call.
    case numbered(number: String, text: String, footnotes: [PageFootnote] = [])
    /// A list line with its marker ("1.", "(a)", "(i)", "-"), indented `depth` levels
    /// below the text it belongs to: an agenda item, a quoted agenda, a sub-paragraph. An
    /// empty marker continues the line above, aligned with its text (what an agenda item
    /// concerns, its annotation).
    case listItem(marker: String, text: String, depth: Int)
    /// A table whose header row repeats at the top of each page.
    case table(PageTable)

    /// The footnotes the block calls.
    public var footnotes: [PageFootnote] {
        if case .numbered(_, _, let footnotes) = self { footnotes } else { [] }
    }
}

/// How an unnumbered paragraph is set.
public enum PageEmphasis: Sendable, Hashable {
    case none, bold, italic
}
