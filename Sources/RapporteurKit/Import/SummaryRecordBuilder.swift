/// Turns the reading of a published summary into a meeting record: the heading into
/// the meeting, the adopted agenda into items, paragraphs into interventions, asks,
/// responses and commitments, each keeping its source paragraph number. What the
/// parser could not decide is left to the officer: links between answers and asks
/// are proposed separately (`AnswerInference`) and marked inferred.
public struct SummaryRecordBuilder {
    public let summary: ParsedSummary
    public let file: String
    /// The bodies whose numbering gives the meeting's handle and the handles of meetings
    /// that commitments are due at.
    public let bodies: BodyDirectory

    public init(_ summary: ParsedSummary, file: String, bodies: BodyDirectory = .reference) {
        self.summary = summary
        self.file = file
        self.bodies = bodies
    }

    /// The record, or the problems that stop one from being built.
    public func build(handle override: String? = nil) -> (record: RecordFile?, diagnostics: [Diagnostic]) {
        var diagnostics = summary.diagnostics.map {
            Diagnostic(file: file, line: $0.line, $0.severity == .error ? .error : .warning, $0.message)
        }
        guard summary.errors.isEmpty else { return (nil, diagnostics) }
        guard let date = summary.date else {
            diagnostics.append(Diagnostic(file: file, line: 1, .error, "the heading gives no date for the meeting"))
            return (nil, diagnostics)
        }
        guard let number = summary.number else {
            diagnostics.append(
                Diagnostic(
                    file: file, line: 1, .error,
                    "the heading gives no meeting number; name the meeting with \(field: .meeting), as PBA-56"))
            return (nil, diagnostics)
        }
        guard let identity = bodies.identity(of: summary.body) else {
            diagnostics.append(
                Diagnostic(
                    file: file, line: 1, .error,
                    "governing body not recognised in the heading: '\(summary.body)'"))
            return (nil, diagnostics)
        }
        // An ordinal and a year are all that any numbering needs, so the handle is never nil.
        let handle = override ?? identity.handle(ordinal: number, year: date.year)!
        var record = RecordFile(handle: handle, body: summary.body, startDate: date, endDate: date)
        record.number = number
        record.startTime = summary.startTime
        record.endTime = summary.endTime
        record.openedAt = summary.openedAt
        record.adjournedAt = summary.adjournedAt
        record.venue = summary.venue
        record.chair = summary.chair
        record.chairFunction = summary.chairFunction
        record.status = .summaryFinal
        record.agendaStatus =
            summary.agendaAdopted ? (summary.agendaAmended ? .adoptedAsAmended : .adopted) : .provisional
        record.agenda = summary.agenda.map { item in
            RecordFile.Item(
                label: item.label, title: item.title, resolutions: item.resolutions, decisions: item.decisions)
        }
        var declared: [String] = []
        for key in summary.agenda.flatMap(\.decisions) where !declared.contains(key) {
            declared.append(key)
            let byYear = (try? DecisionKey.parse(key))?.isNumberedByYear ?? true
            record.decisions.append(.init(body: byYear ? "EB" : "HA", key: key, title: nil))
        }

        // The paragraphs as printed, once each however many speakers they report. A
        // delegation is `named` when an anonymous text names it (a convenor); a text that
        // names every delegation names none as an exception, and an anonymous summary
        // written from its record names none of them.
        record.publishedStyle = PublishedStyleReading.style(of: summary.paragraphs)
        for paragraph in summary.paragraphs
        where record.publishedParagraphs.last?.number != paragraph.number && !paragraph.publishedText.isEmpty {
            record.publishedParagraphs.append(
                .init(
                    number: paragraph.number, item: paragraph.item, text: paragraph.publishedText, line: paragraph.line)
            )
        }

        var interventions = 0
        var asks = 0
        var responses = 0
        for paragraph in summary.paragraphs {
            let references = references(for: paragraph)
            switch paragraph.role {
            case .chairStatement, .secretariatStatement, .intervention:
                interventions += 1
                let kind = InterventionKind(rawValue: paragraph.kind) ?? .statement
                var intervention = RecordFile.Intervention(
                    key: "I\(interventions)", item: paragraph.item,
                    speakers: paragraph.speakers.isEmpty
                        ? [paragraph.role == .chairStatement ? "Chair" : "Secretariat"] : paragraph.speakers,
                    kind: kind, named: paragraph.named && record.publishedStyle == .anonymous,
                    pledgeAmount: paragraph.pledgeAmount,
                    pledgeCurrency: paragraph.pledgeCurrency, sourceParagraph: paragraph.number,
                    text: paragraph.predicate.isEmpty ? paragraph.text : paragraph.predicate,
                    references: references, line: paragraph.line)
                if kind.carriesAsks {
                    for text in paragraph.asks.isEmpty ? [intervention.text] : paragraph.asks {
                        asks += 1
                        intervention.asks.append(.init(key: "Q\(asks)", text: text, line: paragraph.line))
                    }
                }
                record.entries.append(.intervention(intervention))
            case .response:
                responses += 1
                let key = "R\(responses)"
                var response = RecordFile.Response(
                    key: key, item: paragraph.item, sourceParagraph: paragraph.number,
                    text: paragraph.predicate.isEmpty ? paragraph.text : paragraph.predicate,
                    references: references, line: paragraph.line)
                if paragraph.answersAsksBefore { response.answers = answers(inParagraphOf: paragraph, in: record) }
                record.entries.append(.response(response))
                for commitment in paragraph.commitments {
                    var entry = RecordFile.Commitment(
                        key: "A\(record.commitments.count + 1)", text: commitment.text, line: paragraph.line)
                    entry.origin = key
                    entry.sourceParagraph = paragraph.number
                    switch commitment.due {
                    case .none: entry.due = .none
                    case .uponRequest: entry.due = .uponRequest
                    case .asEarlyAsPossible: entry.due = .asEarlyAsPossible
                    case .date(let date): entry.due = .date(date)
                    case .meeting(let description):
                        if let handle = self.handle(describedAs: description) {
                            entry.due = .meeting(handle)
                        } else {
                            diagnostics.append(
                                Diagnostic(
                                    file: file, line: paragraph.line, .warning,
                                    "paragraph \(paragraph.number): the commitment is due at \"\(description)\", which names no meeting Rapporteur can find; it is kept without a due date"
                                ))
                        }
                    }
                    record.commitments.append(entry)
                }
            case .opening, .otherBusiness, .adjournment, .procedural:
                // Kept in the meeting's fields (called to order, adjourned) or written anew by the summary.
                break
            }
        }
        if let day = summary.day { record = Self.onDay(record, number: day.number, date: day.date ?? date) }
        return (record, diagnostics)
    }

    /// The asks of the intervention just before a response in its own paragraph, answered
    /// as the text records it: the document pairs them, so the link is recorded, not inferred.
    private func answers(inParagraphOf paragraph: ParsedParagraph, in record: RecordFile) -> [RecordFile.Answer] {
        for entry in record.entries.reversed() {
            guard case .intervention(let intervention) = entry else { continue }
            guard intervention.sourceParagraph == paragraph.number else { return [] }
            return intervention.asks.map { RecordFile.Answer(ask: $0.key, extent: .full) }
        }
        return []
    }

    /// A daily journal's record: one day of its session, every paragraph and record on it.
    static func onDay(_ record: RecordFile, number: Int, date: CalendarDate) -> RecordFile {
        var record = record.allOnDay(number)
        record.days = [RecordFile.Day(number: number, date: date, line: 1)]
        return record
    }

    /// The sub-heading's resolutions as named, then what the text itself cites.
    private func references(for paragraph: ParsedParagraph) -> [RecordFile.Reference] {
        var references = paragraph.resolutions.map { RecordFile.Reference(kind: .resolution, key: $0) }
        let detected = ReferenceScanner.scan(paragraph.text)
        for key in detected.resolutions.map(\.key)
        where !references.contains(where: { $0.kind == .resolution && $0.key == key }) {
            references.append(.init(kind: .resolution, key: key, source: .detected))
        }
        for key in detected.decisions.map(\.key) {
            references.append(.init(kind: .decision, key: key, source: .detected))
        }
        for symbol in detected.documents.map(\.canonical) {
            references.append(.init(kind: .document, key: symbol, source: .detected))
        }
        let resolutions = references.filter { $0.kind == .resolution }.map(\.key)
        for found in detected.paragraphs {
            guard let key = found.resolution?.key ?? (resolutions.count == 1 ? resolutions[0] : nil) else { continue }
            references.append(.init(kind: .resolution, key: key, paragraph: found.paragraph, source: .detected))
        }
        return references
    }

    /// "2024 second session of the Executive Board" -> "EB-2024-2"; nil when the
    /// description does not say which meeting.
    func handle(describedAs description: String) -> String? {
        let words = description.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(
            String.init)
        let session = words.compactMap { OrdinalWords.parse($0) }.first
        let year = words.compactMap { Int($0) }.first { (1990...2100).contains($0) }
        let text = words.joined(separator: " ")
        // Commitments fall due at a session of the Board or of the Assembly; each body's
        // own numbering gives the handle.
        if text.contains("executive board"), let board = bodies.identity(of: "EB"),
            let handle = board.handle(ordinal: session, year: year)
        {
            return handle
        }
        if text.contains("assembly"), let assembly = bodies.identity(of: "HA"),
            let handle = assembly.handle(ordinal: session, year: year)
        {
            return handle
        }
        return nil
    }
}
