/// Walks the lines below the heading material and gathers numbered paragraphs with the
/// agenda item, resolution sub-heading and discussion/response mode they fall under.
struct SummaryBodyReader {
    /// A line of the source: 1-based number, as written, and cleaned.
    typealias Line = (number: Int, raw: String, text: String)

    static let briefingInvitation = TextPattern(
        #"^the chair (?:then |further |also )?invited the secretariat to (?:provide|give|make|present)"#, anyCase: true)

    var paragraphs: [SummaryRawParagraph] = []
    var headings: [SummaryItemHeading] = []
    /// List entries met before any numbered paragraph (an agenda printed as a bare list).
    var looseEntries: [SummaryRawParagraph.Part] = []
    var diagnostics: [SummaryDiagnostic] = []

    private var current: SummaryRawParagraph?
    private var item = ""
    private var resolutions: [String] = []
    private var mode = SummaryMode.briefing
    private var blankBefore = false
    private let repeatedLines: Set<String>

    init(repeatedLines: Set<String>) {
        self.repeatedLines = repeatedLines
    }

    mutating func read(_ lines: [Line]) {
        for line in lines { take(line) }
        flush()
    }

    private mutating func take(_ line: Line) {
        if line.text.isEmpty {
            blankBefore = true
            return
        }
        // Page furniture is skipped without breaking the paragraph it interrupts.
        if SummaryLineCleaner.isPageFurniture(line.text)
            || repeatedLines.contains(SummaryLineCleaner.comparable(line.text))
        {
            return
        }
        defer { blankBefore = false }
        switch SummaryLineClassifier.classify(line.text) {
        case .blank, .banner:
            flush()
        case .itemHeading(let label, let title):
            flush()
            headings.append(SummaryItemHeading(label: label, title: title, line: line.number))
            item = label
            resolutions = []
            mode = .briefing
        case .resolutionHeading(let keys, _):
            flush()
            resolutions = keys
        case .leadIn(let newMode):
            flush()
            mode = newMode
            resolutions = []
        case .numbered(let number, let text):
            let expected = (current?.number ?? paragraphs.last?.number ?? 0) + 1
            let indented = line.raw.first?.isWhitespace == true
            if indented, current != nil, number != expected {
                // A numbered list inside a paragraph ("adopted the agenda as follows: 1. …").
                addEntry(marker: String(number), text: text, line: line.number)
                return
            }
            flush()
            let previous = paragraphs.last?.number ?? 0
            if number != previous + 1 {
                diagnostics.append(
                    .init(
                        line: line.number, severity: .error,
                        message: "paragraph \(number) out of sequence (expected \(previous + 1))"))
            }
            if item.isEmpty {
                diagnostics.append(
                    .init(
                        line: line.number, severity: .warning,
                        message: "paragraph \(number) comes before any 'Agenda item' heading"))
            }
            current = SummaryRawParagraph(
                number: number, line: line.number, parts: [], item: item,
                resolutions: resolutions, mode: mode)
            if !text.isEmpty {
                current?.parts.append(.init(text: text, marker: nil, isListEntry: false, line: line.number))
            }
        case .bullet(let marker, let text):
            addEntry(marker: marker, text: text, line: line.number)
        case .text(let text):
            continueParagraph(with: text, line: line.number)
        }
    }

    private mutating func addEntry(marker: String?, text: String, line: Int) {
        let part = SummaryRawParagraph.Part(text: text, marker: marker, isListEntry: true, line: line)
        if current != nil {
            current?.parts.append(part)
        } else if paragraphs.isEmpty {
            looseEntries.append(part)
        } else {
            diagnostics.append(
                .init(line: line, severity: .warning, message: "list entry outside any numbered paragraph: '\(text)'"))
        }
    }

    /// A line that does not start with a number or a heading carries on the paragraph,
    /// even across a blank line; but after a blank line, a short unpunctuated line
    /// following a finished sentence reads as a heading this parser does not know.
    private mutating func continueParagraph(with text: String, line: Int) {
        guard var paragraph = current, var last = paragraph.parts.last else {
            if current != nil {
                current?.parts.append(.init(text: text, marker: nil, isListEntry: false, line: line))
            } else {
                diagnostics.append(
                    .init(line: line, severity: .warning, message: "text outside any numbered paragraph: '\(text)'"))
            }
            return
        }
        let finished = last.text.last.map { ".:!?".contains($0) } ?? true
        let headingLike =
            text.count < 120 && text.first?.isUppercase == true && !(text.last.map { ".:;,!?".contains($0) } ?? false)
        if blankBefore && finished && headingLike {
            flush()
            diagnostics.append(
                .init(line: line, severity: .warning, message: "unrecognised heading ignored: '\(text)'"))
            return
        }
        // A broken list entry carries on the entry, unless a blank line ended a finished entry.
        if last.isListEntry && !(blankBefore && finished) {
            last.text += " " + text
            paragraph.parts[paragraph.parts.count - 1] = last
        } else {
            paragraph.parts.append(.init(text: text, marker: nil, isListEntry: false, line: line))
        }
        current = paragraph
    }

    private mutating func flush() {
        if var paragraph = current {
            // "The Chair then invited the Secretariat to provide a briefing …" opens a new
            // briefing: what follows is not a response until a lead-in says so, and the
            // resolution sub-heading above no longer applies.
            if Self.briefingInvitation.matches(paragraph.runningText) {
                mode = .briefing
                resolutions = []
                paragraph.resolutions = []
            }
            paragraphs.append(paragraph)
            if paragraph.parts.isEmpty {
                diagnostics.append(
                    .init(
                        line: paragraph.line, severity: .warning, message: "paragraph \(paragraph.number) has no text"))
            }
        }
        current = nil
    }
}
