/// Reads a report on the implementation of resolutions (seeds 001 and 002): numbered
/// paragraphs under "A. Resolution 1/1", "I. Resolution 1/2 on …" or "V. Decision 1/3 on
/// …" headings, with page breaks, page headers, footnotes and bold markers in between. A
/// page header that is a bare symbol is the report's own; the "*" footnote names the
/// provisional agenda. What it reads but cannot place (an introduction, a section on
/// neither a resolution nor a decision, the masthead) it names in a warning.
public enum ReportParser {
    public struct Paragraph: Sendable, Equatable {
        public var number: Int
        public var line: Int
        /// The resolution heading it sits under ("2/7"), or nil.
        public var resolution: String?
        /// The decision heading it sits under ("1/3"), or nil.
        public var decision: String?
        public var text: String
        /// The footnotes it calls, each with the mark that calls it ("¹", "Available at <https://…>.").
        public var footnotes: [ImplementationFootnote] = []
    }

    public struct Result: Sendable {
        /// The report's own symbol, from a page header ("HSP/OECPR.2021/4").
        public var symbol: String?
        /// The provisional agenda it was issued under, from the "*" footnote.
        public var agendaSymbol: String?
        /// The first day of the session the header names ("Nairobi, 4–6 December 2024").
        public var sessionStart: SessionStart?
        public var paragraphs: [Paragraph] = []
        /// The title each decision heading gives ("arrangements for the transition towards
        /// the new governance structure of …"), its lines joined, by the decision's key.
        public var decisionTitles: [String: String] = [:]
        public var diagnostics: [Diagnostic] = []
    }

    /// The numbers a paragraph can have; a line starting with any other is text.
    public static let paragraphNumbers = 1...9999

    /// "A. Resolution 1/1", "I. Resolution 1/2 on …".
    static let resolutionHeading = TextPattern(#"(?:[A-Z]|[IVX]+)\.\s+Resolution\s+([0-9]+)\s*\/\s*([0-9]+)"#)
    /// "V. Decision 1/3 on …", "A. Decision 2/1".
    static let decisionHeading = TextPattern(#"(?:[A-Z]|[IVX]+)\.\s+Decision\s+([0-9]+)\s*\/\s*([0-9]+)"#)
    /// Another section: "I. Introduction", "II. Implementation …".
    static let sectionHeading = TextPattern(#"[IVX]+\.\s+\S"#)
    /// "* HSP/OECPR.2021/1.": the footnote naming the provisional agenda.
    static let footnote = TextPattern(#"(\*)\s*(HSP\/\S+?)\.?"#)
    /// A bare symbol: the page header.
    static let pageHeader = TextPattern(#"[A-Z]+\/[A-Za-z0-9.\/]+"#)
    static let numbered = TextPattern(#"([0-9]+)\.\s+(.+)"#)

    public static func parse(_ text: String, file: String) -> Result {
        var result = Result()
        var resolution: String?
        var decision: String?
        var open = false
        var footnotes: [PendingFootnote] = []
        // The line a footnote has reached so far.
        var footnoteEnd = -1
        var sections = SkippedSections()
        for (index, raw) in text.editorLines.enumerated() {
            let line = DocumentLineCleaner.report.clean(raw)
            let number = index + 1
            guard !line.isEmpty else { continue }
            if result.paragraphs.isEmpty, result.sessionStart == nil,
                let start = sessionStart(in: line, at: number)
            {
                result.sessionStart = start
                continue
            }
            if let match = resolutionHeading.prefixMatch(in: line) {
                resolution = "\(match.group(1) ?? "")/\(match.group(2) ?? "")"
                decision = nil
                open = false
                sections.open(line, at: number, placed: true)
            } else if let match = decisionHeading.prefixMatch(in: line) {
                let key = "\(match.group(1) ?? "")/\(match.group(2) ?? "")"
                decision = key
                let rest = line[match.range.upperBound...].trimmingCharacters(in: .whitespaces)
                if rest.hasPrefix("on ") { result.decisionTitles[key] = String(rest.dropFirst(3)) }
                resolution = nil
                open = false
                sections.open(line, at: number, placed: true)
            } else if sectionHeading.prefixMatch(in: line) != nil {
                // Another section ("I. Introduction", "II. Implementation …"): no resolution.
                resolution = nil
                decision = nil
                open = false
                sections.open(line, at: number, placed: false)
            } else if let match = markedFootnote.wholeMatch(in: line) {
                // A footnote at the foot of the page: no part of the paragraph the page breaks.
                footnotes.append(
                    PendingFootnote(marker: match.group(1) ?? "", text: match.group(2) ?? "", line: number))
                footnoteEnd = number
            } else if let match = footnote.wholeMatch(in: line) {
                if result.agendaSymbol == nil {
                    result.agendaSymbol = match.group(2)
                } else if result.agendaSymbol != match.group(2) {
                    result.diagnostics.append(
                        Diagnostic(
                            file: file, line: number, .warning,
                            "a second '*' footnote (\(line)) is left out: the first, \(result.agendaSymbol ?? ""), "
                                + "names the provisional agenda"))
                }
            } else if pageHeader.wholeMatch(in: line) != nil {
                // A page header: the report's own symbol, and no part of a paragraph.
                if result.symbol == nil { result.symbol = line }
            } else if DocumentLineCleaner.isPageNumber(line) {
                continue  // a page number
            } else if let match = numbered.wholeMatch(in: line),
                let paragraphNumber = ASCIIText.integer(match.group(1) ?? "", in: paragraphNumbers)
            {
                if let last = result.paragraphs.last?.number, paragraphNumber != last + 1 {
                    result.diagnostics.append(
                        Diagnostic(
                            file: file, line: number, .warning,
                            "paragraph \(paragraphNumber) follows paragraph \(last)"))
                }
                result.paragraphs.append(
                    Paragraph(
                        number: paragraphNumber, line: number, resolution: resolution, decision: decision,
                        text: match.group(2) ?? ""))
                if resolution == nil, decision == nil { sections.skip(paragraphNumber, at: number) }
                open = true
            } else {
                if let match = numbered.wholeMatch(in: line) {
                    result.diagnostics.append(
                        Diagnostic(
                            file: file, line: number, .warning,
                            "'\(match.group(1) ?? "").' is not a paragraph number (a report numbers its paragraphs "
                                + "\(paragraphNumbers.lowerBound) to \(paragraphNumbers.upperBound)), so the line is read as running text"
                        ))
                }
                if footnoteEnd == number - 1, !footnotes.isEmpty {
                    // The line right under a footnote, with no blank line between, is the rest
                    // of that footnote; the paragraph the page broke goes on after the page break.
                    footnotes[footnotes.count - 1].text += " " + line
                    footnoteEnd = number
                } else if open {
                    // A paragraph broken by a page: the line continues it.
                    result.paragraphs[result.paragraphs.count - 1].text += " " + line
                } else if !sections.anyOpened {
                    // Before the first heading: the masthead and the title.
                    sections.frontMatter(at: number)
                } else if let decision, result.paragraphs.last?.decision != decision,
                    let title = result.decisionTitles[decision]
                {
                    // The rest of a decision heading's title, before its first paragraph.
                    result.decisionTitles[decision] = title + " " + line
                }
                // Else a heading's title, under its number and subject.
            }
        }
        attach(footnotes, to: &result, file: file)
        result.diagnostics += sections.diagnostics(file: file)
        // In the order of the lines they name, those of one line as found.
        result.diagnostics = result.diagnostics.enumerated().sorted {
            ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
        }
        .map(\.element)
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
