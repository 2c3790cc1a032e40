/// Whether a text ends as a sentence or an entry does, or stops in the middle of one:
/// how an excerpt cut at a size, or a copy that lost its end, is told from a whole text.
public enum SentenceEnd {
    /// The marks a whole sentence, clause or entry ends with: a full stop, a semicolon or
    /// colon before the next entry, a closing bracket or quotation mark, and the bold
    /// marks (`**`) a text copied from Markdown keeps.
    static let marks: Set<Character> = [".", ";", ":", "!", "?", ")", "]", "”", "\"", "’", "'", "*"]

    /// True when `text`, spaces aside, ends in the middle of a sentence.
    public static func isCut(_ text: some StringProtocol) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return !marks.contains(last)
    }
}
