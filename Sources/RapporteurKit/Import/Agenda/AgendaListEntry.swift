/// The lines of a printed agenda list: "2. Title", "(a) Title", "a) Title".
enum AgendaListEntry {
    static func top(_ line: String) -> (number: Int, title: String)? {
        guard let match = topPattern.wholeMatch(in: line), let number = match.group(1).flatMap({ Int($0) }),
            let title = match.group(2)
        else { return nil }
        return (number, title)
    }

    /// The marker's letters as written ("a", "ii") and the title.
    static func sub(_ line: String) -> (marker: String, title: String)? {
        guard let match = subPattern.wholeMatch(in: line), let marker = match.group(1), let title = match.group(2)
        else { return nil }
        return (marker, title)
    }

    private static let topPattern = TextPattern(#"(\d{1,2})[.)]\s+(\S.*)"#)
    private static let subPattern = TextPattern(#"\(?([a-z]{1,4})\)\s+(\S.*)"#)

    /// An agenda entry ends with its full stop, or the semicolon or colon before the next.
    static func endsAnEntry(_ title: String) -> Bool {
        guard let last = title.last else { return true }
        return ".;:".contains(last)
    }

    /// Whether two titles are the same heading, printed again: case, spacing and final
    /// punctuation aside, or the second one marked "(continued)".
    static func sameTitle(_ first: String?, _ second: String?) -> Bool {
        guard let first, let second else { return false }
        func bare(_ title: String) -> String {
            var text = SummaryLineClassifier.trimmingFinalPunctuation(RecordText.collapsingWhiteSpace(title))
                .lowercased()
            for mark in [" (continued)", " (cont.)", " (cont'd)"] where text.hasSuffix(mark) {
                text.removeLast(mark.count)
            }
            return SummaryLineClassifier.trimmingFinalPunctuation(text)
        }
        return bare(first) == bare(second)
    }
}
