extension ReportParser {
    /// A footnote printed at the foot of a page: "¹ Available at <https://…>.", "³ HSP/EB.2023/23.".
    static let markedFootnote = TextPattern(#"([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+(\S.*)"#)

    static let superscriptDigits: Set<Character> = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]

    /// Whether a paragraph's text calls the footnote `marker`: the marker as a whole run of
    /// superscript digits, so that "¹" is not found in a call "¹²", and not an exponent
    /// after a unit ("km²", "m³").
    static func calls(_ text: String, _ marker: String) -> Bool {
        var searchStart = text.startIndex
        while let found = text.range(of: marker, range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : nil
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : nil
            if let before, superscriptDigits.contains(before) { continue }
            if let after, superscriptDigits.contains(after) { continue }
            if before == "m" { continue }
            return true
        }
        return false
    }

    /// A footnote as read, before it is given to the paragraph that calls it.
    struct PendingFootnote {
        var marker: String
        var text: String
        var line: Int
    }

    /// Gives each footnote to the nearest paragraph above it whose text carries its
    /// marker, the paragraph that calls it, and notes so at the footnote's line: the
    /// paragraph it follows on the page is not the one it belongs to, so a reader
    /// checking the import is told where it went.
    static func attach(_ footnotes: [PendingFootnote], to result: inout Result, file: String) {
        for footnote in footnotes {
            let before = result.paragraphs.indices.filter { result.paragraphs[$0].line < footnote.line }
            guard let caller = before.last(where: { calls(result.paragraphs[$0].text, footnote.marker) }) else {
                result.diagnostics.append(
                    Diagnostic(
                        file: file, line: footnote.line, .warning,
                        "footnote \(footnote.marker) is called from no paragraph above it; it is left out of the text"))
                continue
            }
            result.paragraphs[caller].footnotes.append(
                ImplementationFootnote(mark: footnote.marker, text: footnote.text))
            result.diagnostics.append(
                Diagnostic(
                    file: file, line: footnote.line, .note,
                    "footnote \(footnote.marker) goes with paragraph \(result.paragraphs[caller].number), which calls it"
                ))
        }
    }
}
