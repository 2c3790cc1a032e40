/// Reads the Executive Board's daily journal of a session day from its layout blocks:
/// the session, the day and its date, the venue and the Chair, the agenda items its
/// headings name, and its paragraphs, which it does not number: they are numbered in
/// order within the day, and a note says so. `BoardJournalInterpreter` reads who spoke
/// and what they asked.
enum BoardJournalReader {
    /// "the Chair of the Executive Board, Mr. … of …,": the Chair named in running text;
    /// "chaired by the Vice-Chair of the Executive Board, Ms. …": who presides in the
    /// Chair's absence.
    static let chairInText = TextPattern(
        #"\b(?:Chair of the (?:Executive )?Board|(?:presided over|chaired) by the ((?:Vice-Chair|Vice-President|Rapporteur)[^,]*))"#
    )

    static func read(_ blocks: [LayoutBlock]) -> ParsedSummary {
        var summary = ParsedSummary(body: "EB")
        var opening = BoardJournalOpening()
        var diagnostics: [SummaryDiagnostic] = []
        var raws: [SummaryRawParagraph] = []
        var item = ""
        var openingNumber: Int?
        var printsNumbers = false
        for block in blocks {
            switch block.kind {
            case .heading:
                // An agenda item's heading, one of the journal's own heading lines, or a
                // sub-heading ("Interventions by Member States"), which groups paragraphs
                // and is none.
                if let heading = AgendaHeadingLine.read(block.text) {
                    item = heading.label
                    if !summary.agenda.contains(where: { $0.label == heading.label }) {
                        summary.agenda.append(ParsedAgendaItem(label: heading.label, title: heading.title))
                    }
                } else {
                    opening.readHeading(block.text, line: block.line, diagnostics: &diagnostics)
                }
            case .paragraph(let printed):
                let number = printed ?? (raws.last?.number ?? 0) + 1
                printsNumbers = printsNumbers || printed != nil
                if openingNumber == nil, raws.isEmpty,
                    opening.readOpening(block.text, line: block.line, diagnostics: &diagnostics)
                {
                    openingNumber = number
                }
                raws.append(
                    SummaryRawParagraph(
                        number: number, line: block.line,
                        parts: [.init(text: block.text, marker: nil, isListEntry: false, line: block.line)],
                        item: item, resolutions: [], mode: .discussion))
            case .listEntry(let marker):
                let part = SummaryRawParagraph.Part(
                    text: block.text, marker: marker, isListEntry: true, line: block.line)
                if raws.isEmpty {
                    diagnostics.append(
                        .init(
                            line: block.line, severity: .warning,
                            message: "list entry before any paragraph left out: '\(block.firstWords())'"))
                } else {
                    raws[raws.count - 1].parts.append(part)
                }
            }
        }
        if !raws.isEmpty, !printsNumbers {
            diagnostics.append(
                .init(
                    line: raws[0].line, severity: .warning,
                    message:
                        "the journal does not number its paragraphs; they are numbered 1 to \(raws.count) in the order they come"
                ))
        }
        summary.agenda = completed(summary.agenda, diagnostics: &diagnostics)
        let whole = raws
        let cut = SummaryParser.dropParagraphCutShort(from: &raws)

        summary.number = opening.session
        summary.date = opening.date
        summary.day = opening.day.map { SessionDay(number: $0, date: opening.date) }
        summary.venue = opening.venue
        if let year = opening.year, let date = opening.date, year != date.year {
            diagnostics.append(
                .init(
                    line: 1, severity: .warning,
                    message: "the session is of the year \(year), but the day is in \(date.year)"))
        }
        readChair(raws, into: &summary)

        var interpreter = BoardJournalInterpreter()
        for raw in raws {
            if raw.number == openingNumber {
                var paragraph = ParsedParagraph(
                    number: raw.number, line: raw.line, text: raw.text, role: .opening, item: raw.item,
                    predicate: raw.text, explanation: "opening: the session, the day and the venue")
                paragraph.publishedText = raw.publishedText
                summary.paragraphs.append(paragraph)
                continue
            }
            summary.paragraphs += interpreter.interpret(raw)
        }
        if var cut {
            // What the left-out paragraph began to say, so that the user knows what is missing.
            var reader = interpreter
            if let last = whole.last, let reading = reader.interpret(last).first, !reading.speakers.isEmpty {
                let kind = reading.kind.isEmpty ? reading.role.rawValue : reading.kind
                cut.message += "; it reports \(reading.speakers.joined(separator: ", ")), \(kind)"
            }
            diagnostics.append(cut)
        }
        if raws.isEmpty {
            diagnostics.append(.init(line: blocks.first?.line ?? 1, severity: .error, message: "no paragraphs found"))
        }
        summary.diagnostics = (diagnostics + interpreter.diagnostics).enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return summary
    }

    /// "the Chair of the Executive Board, Mr. Jafaar Barmaki of the Islamic Republic of
    /// Iran, who …": the Chair, and whom they represent as the Chair's function; for one
    /// presiding in the Chair's absence, the function starts with their office
    /// ("Vice-Chair of the Executive Board, Jordan").
    static func readChair(_ raws: [SummaryRawParagraph], into summary: inout ParsedSummary) {
        for raw in raws {
            let text = raw.runningText
            guard let match = chairInText.firstMatch(in: text),
                let person = BoardJournalSubjectReader.person(after: text[match.range.upperBound...])
            else { continue }
            summary.chair = person.name
            let function = [match.group(1), person.of].compactMap { $0 }.joined(separator: ", ")
            summary.chairFunction = function.isEmpty ? nil : function
            return
        }
    }

    /// A journal names only the items of its day; a record's agenda runs from item 1,
    /// each parent before its sub-items. The items it does not name are put in with a
    /// title that says so, and a warning.
    static func completed(_ named: [ParsedAgendaItem], diagnostics: inout [SummaryDiagnostic]) -> [ParsedAgendaItem] {
        var agenda: [ParsedAgendaItem] = []
        var added: [String] = []
        func add(_ label: String) {
            guard !agenda.contains(where: { $0.label == label }) else { return }
            agenda.append(ParsedAgendaItem(label: label, title: UnnamedAgendaItem.title(label)))
            added.append(label)
        }
        for item in named {
            guard let label = try? AgendaLabel.parse(item.label), let top = label.path.first else {
                agenda.append(item)
                continue
            }
            let lastTop = agenda.compactMap { try? AgendaLabel.parse($0.label) }.map { $0.path[0] }.max() ?? 0
            if lastTop < top { for number in (lastTop + 1)..<top { add(String(number)) } }
            if label.path.count > 1 {
                add(String(top))
                let siblings = agenda.filter {
                    (try? AgendaLabel.parse($0.label))?.parent?.display == label.parent?.display
                }
                for position in (siblings.count + 1)..<max(label.path.last ?? 1, siblings.count + 1) {
                    if let parent = label.parent { add(parent.child(position).display) }
                }
            }
            if let index = agenda.firstIndex(where: { $0.label == item.label }) {
                agenda[index] = item
                added.removeAll { $0 == item.label }
            } else {
                agenda.append(item)
            }
        }
        if !added.isEmpty {
            diagnostics.append(
                .init(
                    line: 1, severity: .warning,
                    message:
                        "the journal does not name item\(added.count == 1 ? "" : "s") \(added.joined(separator: ", ")); the record lists \(added.count == 1 ? "it" : "them") with a title saying so"
                ))
        }
        return agenda
    }
}
