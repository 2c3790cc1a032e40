extension ReportParser {
    /// A footnote printed at the foot of a page: "¹ Available at <https://…>.", "³ HSP/EB.2023/23.".
    static let markedFootnote = TextPattern(#"([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+(\S.*)"#)

    /// Whether a paragraph's text calls the footnote `marker` (as `FootnoteMarker` finds a call).
    static func calls(_ text: String, _ marker: String) -> Bool {
        FootnoteMarker.firstCall(marker, in: Substring(text)) != nil
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
