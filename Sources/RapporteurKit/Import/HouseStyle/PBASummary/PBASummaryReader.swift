import Foundation

/// Reads the PBA's published summary: a heading naming the meeting ("Summary of the
/// fifty-sixth meeting of …"), its date, venue and Chair, then numbered paragraphs under
/// "Agenda item N" headings, with lead-ins that switch between the discussion and the
/// Secretariat's responses. The lines are gathered by `SummaryBodyReader` and
/// interpreted by `SummaryParagraphInterpreter`.
enum PBASummaryReader {
    static let opensMeeting = TextPattern(#"\bcalled to order\b|\bwas opened at\b"#, anyCase: true)
    static let closesMeeting = TextPattern(#"\badjourned\b|\bwas closed at\b"#, anyCase: true)
    static let agendaAdoption = TextPattern(
        #"\badopted\s+(?:the|its)\s+(?:provisional\s+|draft\s+)?agenda\b"#, anyCase: true)
    static let withoutAmendment = TextPattern(
        #"\bwithout\s+(?:any\s+)?(?:change|amendment|modification)s?\b"#, anyCase: true)
    static let amended = TextPattern(
        #"\b(?:as\s+(?:orally\s+)?amended|with\s+the\s+following\s+(?:amendment|change)s?|amended)\b"#, anyCase: true)

    /// `bodies` are the bodies the heading can name: the store's, when there is one.
    static func read(_ text: String, bodies: BodyDirectory) -> ParsedSummary {
        let lines = SummaryParser.numberedLines(text)
        let nonBlank = lines.filter { !$0.text.isEmpty && !SummaryLineCleaner.isPageFurniture($0.text) }
            .map { (number: $0.number, text: $0.text) }
        guard let title = SummaryHeaderReader.findTitle(nonBlank) else {
            return ParsedSummary(diagnostics: [
                .init(line: 1, severity: .error, message: "no meeting heading found in the first 40 lines")
            ])
        }
        // The heading material runs from the title to the first heading or numbered paragraph.
        let titleLines = Array(nonBlank[title.index..<(title.index + title.count)])
        let lastTitleLine = titleLines.last?.number ?? 0
        var bodyStart = lines.count
        var headerRest: [SummaryHeaderReader.Line] = []
        for (index, line) in lines.enumerated() where line.number > lastTitleLine {
            if line.text.isEmpty || SummaryLineCleaner.isPageFurniture(line.text) { continue }
            switch SummaryLineClassifier.classify(line.text) {
            case .itemHeading, .numbered, .leadIn, .resolutionHeading:
                bodyStart = index
            case .banner:
                continue
            default:
                headerRest.append((line.number, line.text))
                continue
            }
            break
        }
        let header = SummaryHeaderReader.read(titleLines: titleLines, rest: headerRest, bodies: bodies)

        var body = SummaryBodyReader(repeatedLines: header.repeatedLines)
        body.read(Array(lines[bodyStart...]))
        let cut = SummaryParser.dropParagraphCutShort(from: &body.paragraphs)

        var summary = ParsedSummary(
            body: header.body, number: header.number, date: header.date, startTime: header.startTime,
            endTime: header.endTime, timeZone: header.timeZone, venue: header.venue, chair: header.chair,
            chairFunction: header.chairFunction)
        var diagnostics = header.diagnostics + body.diagnostics + (cut.map { [$0] } ?? [])
        readOpening(body.paragraphs, into: &summary, diagnostics: &diagnostics)
        diagnostics += checkHeadings(body.headings, against: summary.agenda)

        let lastAdjourned = body.paragraphs.lastIndex { closesMeeting.matches($0.runningText) }
        var interpreter = SummaryParagraphInterpreter()
        for (index, raw) in body.paragraphs.enumerated() {
            summary.paragraphs += interpreter.interpret(
                raw, isLastAdjourned: index == lastAdjourned,
                openedAt: summary.openedAt, adjournedAt: summary.adjournedAt)
        }
        if body.paragraphs.isEmpty {
            diagnostics.append(.init(line: title.index + 1, severity: .error, message: "no numbered paragraphs found"))
        }
        summary.diagnostics = (diagnostics + interpreter.diagnostics).enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return summary
    }

    /// The opening paragraph: the time the meeting was called to order, the adoption of
    /// the agenda and the agenda list; the adjournment time from the last paragraph saying so.
    static func readOpening(
        _ paragraphs: [SummaryRawParagraph], into summary: inout ParsedSummary, diagnostics: inout [SummaryDiagnostic]
    ) {
        let time = SummaryClockReader.self
        if let opening = paragraphs.first(where: { opensMeeting.matches($0.runningText) }) {
            summary.openedAt = time.time(after: [#"called to order at"#, #"opened at"#], in: opening.runningText)
        }
        if let closing = paragraphs.last(where: { closesMeeting.matches($0.runningText) }) {
            summary.adjournedAt = time.time(after: [#"adjourned at"#, #"closed at"#], in: closing.runningText)
        }
        let adoption = paragraphs.first { agendaAdoption.matches($0.runningText) }
        if let adoption {
            summary.agendaAdopted = true
            let text = adoption.runningText
            summary.agendaAmended =
                !withoutAmendment.matches(text)
                && amended.matches(text)
            summary.agenda = SummaryAgendaReader.read(adoption.listEntries)
        } else {
            diagnostics.append(
                .init(
                    line: paragraphs.first?.line ?? 1, severity: .warning,
                    message: "no paragraph says the agenda was adopted"))
        }
        if summary.agenda.isEmpty {
            summary.agenda = SummaryAgendaReader.read(paragraphs.first?.listEntries ?? [])
        }
        if summary.agenda.isEmpty {
            diagnostics.append(
                .init(
                    line: adoption?.line ?? 1, severity: .warning,
                    message: "the adopted agenda is not listed; item headings are not checked"))
        }
    }

    /// Every "Agenda item N – Title" heading must name an item of the adopted agenda.
    static func checkHeadings(_ headings: [SummaryItemHeading], against agenda: [ParsedAgendaItem])
        -> [SummaryDiagnostic]
    {
        guard !agenda.isEmpty else { return [] }
        var found: [SummaryDiagnostic] = []
        for heading in headings {
            guard let item = agenda.first(where: { $0.label == heading.label }) else {
                found.append(
                    .init(
                        line: heading.line, severity: .error,
                        message: "agenda item heading \(heading.label) is not in the adopted agenda"))
                continue
            }
            if !heading.title.isEmpty, !SummaryAgendaReader.titlesAgree(heading.title, item.title) {
                found.append(
                    .init(
                        line: heading.line, severity: .warning,
                        message:
                            "heading of item \(heading.label) '\(heading.title)' differs from the agenda's '\(item.title)'"
                    ))
            }
        }
        return found
    }
}
