/// Reads a report on the implementation of resolutions (seeds 001 and 002): numbered
/// paragraphs under "A. Resolution 1/1" or "I. Resolution 1/2 on …" headings, with page
/// breaks, page headers, footnotes and bold markers in between. A page header that is
/// a bare symbol is the report's own; the "*" footnote names the provisional agenda.
public enum ReportParser {
    public struct Paragraph: Sendable, Equatable {
        public var number: Int
        public var line: Int
        /// The resolution heading it sits under ("2/7"), or nil (the introduction).
        public var resolution: String?
        public var text: String
        /// The footnotes it calls, each without its marker ("Available at <https://…>.").
        public var footnotes: [String] = []
    }

    public struct Result: Sendable {
        /// The report's own symbol, from a page header ("HSP/OECPR.2021/4").
        public var symbol: String?
        /// The provisional agenda it was issued under, from the "*" footnote.
        public var agendaSymbol: String?
        /// The first day of the session the header names ("Nairobi, 4–6 December 2024").
        public var sessionStart: SessionStart?
        public var paragraphs: [Paragraph] = []
        public var diagnostics: [Diagnostic] = []
    }

    /// The numbers a paragraph can have; a line starting with any other is text.
    public static let paragraphNumbers = 1...9999

    /// "A. Resolution 1/1", "I. Resolution 1/2 on …".
    static let resolutionHeading = TextPattern(#"(?:[A-Z]|[IVX]+)\.\s+Resolution\s+([0-9]+)\s*\/\s*([0-9]+)"#)
    /// Another section: "V. Decision 1/3 …", "II. Implementation …".
    static let sectionHeading = TextPattern(#"[IVX]+\.\s+\S"#)
    /// "* HSP/OECPR.2021/1.": the footnote naming the provisional agenda.
    static let footnote = TextPattern(#"(\*)\s*(HSP\/\S+?)\.?"#)
    /// A bare symbol: the page header.
    static let pageHeader = TextPattern(#"[A-Z]+\/[A-Za-z0-9.\/]+"#)
    static let numbered = TextPattern(#"([0-9]+)\.\s+(.+)"#)

    public static func parse(_ text: String, file: String) -> Result {
        var result = Result()
        var resolution: String?
        var open = false
        var footnotes: [PendingFootnote] = []
        for (index, raw) in text.editorLines.enumerated() {
            let line = DocumentLineCleaner.report.clean(raw)
            guard !line.isEmpty else { continue }
            if result.paragraphs.isEmpty, result.sessionStart == nil,
                let start = sessionStart(in: line, at: index + 1)
            {
                result.sessionStart = start
                continue
            }
            if let match = resolutionHeading.prefixMatch(in: line) {
                resolution = "\(match.group(1) ?? "")/\(match.group(2) ?? "")"
                open = false
            } else if sectionHeading.prefixMatch(in: line) != nil {
                // Another section ("V. Decision 1/3 …", "II. Implementation …"): no resolution.
                resolution = nil
                open = false
            } else if let match = markedFootnote.wholeMatch(in: line) {
                // A footnote at the foot of the page: no part of the paragraph the page breaks.
                footnotes.append(
                    PendingFootnote(marker: match.group(1) ?? "", text: match.group(2) ?? "", line: index + 1))
            } else if let match = footnote.wholeMatch(in: line) {
                if match.group(1) == "*", result.agendaSymbol == nil { result.agendaSymbol = match.group(2) }
            } else if pageHeader.wholeMatch(in: line) != nil {
                // A page header: the report's own symbol, and no part of a paragraph.
                if result.symbol == nil { result.symbol = line }
            } else if DocumentLineCleaner.isPageNumber(line) {
                continue  // a page number
            } else if let match = numbered.wholeMatch(in: line),
                let number = ASCIIText.integer(match.group(1) ?? "", in: paragraphNumbers)
            {
                if let last = result.paragraphs.last?.number, number != last + 1 {
                    result.diagnostics.append(
                        Diagnostic(
                            file: file, line: index + 1, .warning,
                            "paragraph \(number) follows paragraph \(last)"))
                }
                result.paragraphs.append(
                    Paragraph(number: number, line: index + 1, resolution: resolution, text: match.group(2) ?? ""))
                open = true
            } else {
                if let match = numbered.wholeMatch(in: line) {
                    result.diagnostics.append(
                        Diagnostic(
                            file: file, line: index + 1, .warning,
                            "'\(match.group(1) ?? "").' is not a paragraph number (a report numbers its paragraphs "
                                + "\(paragraphNumbers.lowerBound) to \(paragraphNumbers.upperBound)), so the line is read as running text"
                        ))
                }
                if open {
                    // A paragraph broken by a page: the line continues it.
                    result.paragraphs[result.paragraphs.count - 1].text += " " + line
                }
            }
        }
        attach(footnotes, to: &result, file: file)
        if result.paragraphs.isEmpty {
            result.diagnostics.append(
                Diagnostic(
                    file: file, line: 1, .error,
                    "no numbered paragraph found: a report has paragraphs numbered 1., 2., … under resolution headings")
            )
        }
        return result
    }
}
