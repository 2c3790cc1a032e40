/// The text of an agenda item's annotation: paragraphs separated by a blank line. A
/// paragraph's own line breaks and runs of spaces become one space, so the text is kept
/// the same way however it was typed or pasted.
public enum AgendaAnnotation {
    /// `text` as stored: its paragraphs, each on one line, separated by a blank line;
    /// nil when it holds no paragraph (which removes an annotation).
    public static func normalized(_ text: String) -> String? {
        let kept = paragraphs(of: text)
        return kept.isEmpty ? nil : kept.joined(separator: "\n\n")
    }

    /// The paragraphs of `text`, in order: what stands between blank lines, each on one line.
    public static func paragraphs(of text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        func close() {
            let paragraph = RecordText.collapsingWhiteSpace(current.joined(separator: " "))
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            current = []
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.allSatisfy(\.isWhitespace) {
                close()
            } else {
                current.append(line)
            }
        }
        close()
        return paragraphs
    }
}
