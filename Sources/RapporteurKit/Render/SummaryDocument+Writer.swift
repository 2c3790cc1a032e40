extension SummaryDocument {
    /// Walks the record item by item, numbering paragraphs as it goes.
    struct Writer {
        let source: MeetingRecordSource
        var attribution: Attribution
        let typesetting: Typesetting
        let arrangement: SummaryArrangement
        var number = 0
        /// Resolutions in the order the agenda names them, for ordering sub-headings.
        let agendaOrder: [String]

        init(
            source: MeetingRecordSource, attribution: Attribution, typesetting: Typesetting,
            arrangement: SummaryArrangement = .byItem
        ) {
            self.source = source
            self.attribution = attribution
            self.typesetting = typesetting
            self.arrangement = arrangement
            func walk(_ nodes: [AgendaNode]) -> [String] { nodes.flatMap { $0.resolutions + walk($0.children) } }
            var seen: [String] = []
            for key in walk(source.agenda) where !seen.contains(key) { seen.append(key) }
            agendaOrder = seen
        }

        mutating func sections() -> [SummarySection] {
            guard arrangement == .byDay, !source.days.isEmpty else {
                return itemSections(on: nil, opens: true, closes: true)
            }
            return daySections { writer, day, index in
                writer.itemSections(on: day.number, opens: index == 0, closes: index == writer.source.days.count - 1)
            }
        }

        /// One section an agenda item, of one day's records or of all of them (`day` nil).
        /// The opening goes on the first day, the adjournment on the last; an item with
        /// nothing that day is left out of the day.
        private mutating func itemSections(on day: Int?, opens: Bool, closes: Bool) -> [SummarySection] {
            var sections: [SummarySection] = []
            for (index, item) in source.agenda.enumerated() {
                var blocks: [SummaryBlock] = []
                // The opening goes under item 1, with the adoption when item 1 is it (the PBA);
                // otherwise the adoption goes under the item that holds it (2(a) at the Board).
                let holdsAdoption = ([item] + descendants(item)).contains(where: isAdoption)
                if opens, index == 0 {
                    blocks.append(paragraph(opening(adoptionHere: holdsAdoption), list: adoptedList(if: holdsAdoption)))
                } else if opens, holdsAdoption {
                    blocks.append(paragraph(adoptionSentence(), list: adoptedList(if: true)))
                }
                for round in rounds(records(under: item, on: day)) { blocks += write(round) }
                let isLast = index == source.agenda.count - 1
                if closes, records(under: item, on: nil).isEmpty, isOtherBusiness(item) {
                    blocks.append(paragraph("No other business was raised."))
                }
                if closes, isLast { blocks.append(paragraph(adjournment())) }
                if blocks.isEmpty, day != nil || UnnamedAgendaItem.isStandIn(item.title) { continue }
                sections.append(
                    SummarySection(
                        heading: typesetting.apply("Agenda item \(item.label) – \(AgendaLines.bareTitle(item.title))."),
                        blocks: blocks, day: day))
            }
            return sections
        }

        /// The sections of each day in turn, the day's heading on its first.
        mutating func daySections(
            _ sectionsOfDay: (inout Writer, MeetingDay, _ index: Int) -> [SummarySection]
        ) -> [SummarySection] {
            var all: [SummarySection] = []
            for (index, day) in source.days.enumerated() {
                var sections = sectionsOfDay(&self, day, index)
                if !sections.isEmpty {
                    sections[0].dayHeading = typesetting.apply("Day \(day.number) – \(UNDate.withWeekday(day.date))")
                }
                all += sections
            }
            return all
        }

        /// The day a record is on: its own, or for one entered by hand with none, the last.
        func day(of recordDay: Int?) -> Int? {
            recordDay ?? source.days.last?.number
        }

        // MARK: Item 1 and the end

        private func opening(adoptionHere: Bool) -> String {
            let meeting = source.meeting
            var sentence = "The \(meeting.fullTitle(in: source.body)) was called to order"
            if meeting.startDate != meeting.endDate { sentence += " on \(UNDate.long(meeting.startDate))" }
            if let opened = meeting.openedAt { sentence += " at \(time(opened))" }
            sentence += "."
            return adoptionHere ? sentence + " " + adoptionSentence() : sentence
        }

        private func adoptionSentence() -> String {
            let body = source.body
            let group = OrdinalWords.capitalized(body.shortName)
            switch source.meeting.agendaStatus {
            case .adopted:
                return
                    "\(group) adopted the provisional agenda for its \(body.meetingNoun) without any change as follows:"
            case .adoptedAsAmended:
                return "\(group) adopted the provisional agenda for its \(body.meetingNoun), as amended, as follows:"
            case .provisional:
                return "The provisional agenda for the \(body.meetingNoun) was as follows:"
            }
        }

        private func adoptedList(if adoption: Bool) -> [ListLine] {
            adoption ? AgendaLines.lines(source.agenda, withLinks: false).map { $0.typeset(typesetting) } : []
        }

        private func adjournment() -> String {
            let meeting = source.meeting
            var sentence = "The \(meeting.fullTitle(in: source.body)) was adjourned"
            if let adjourned = meeting.adjournedAt { sentence += " at \(time(adjourned))" }
            return sentence + "."
        }

        /// "10:05 EAT" or "10.05 a.m.", as the body writes times in text.
        private func time(_ time: ClockTime) -> String {
            source.body.timeStyle == .twentyFourHour ? "\(time.hhmm) \(source.meeting.timeZoneLabel)" : time.twelveHour
        }

        private func isAdoption(_ item: AgendaNode) -> Bool {
            item.isAdoptionOfTheAgenda
        }

        func isOtherBusiness(_ item: AgendaNode) -> Bool {
            let key = NameMatching.key(AgendaLines.bareTitle(item.title))
            return key == "any other business" || key == "other matters"
        }

        private func descendants(_ item: AgendaNode) -> [AgendaNode] {
            item.children.flatMap { [$0] + descendants($0) }
        }

        // MARK: Rounds of statements, discussion and responses

        private enum Record {
            case intervention(InterventionView)
            case response(ResponseView)

            var sequence: Int {
                switch self {
                case .intervention(let view): return view.sequence
                case .response(let view): return view.sequence
                }
            }

            var day: Int? {
                switch self {
                case .intervention(let view): return view.day
                case .response(let view): return view.day
                }
            }

            var isStatement: Bool {
                if case .intervention(let view) = self { return view.kind == .statement }
                return false
            }

            var isResponse: Bool {
                if case .response = self { return true }
                return false
            }

            var resolutions: [String] {
                switch self {
                case .intervention(let view): return view.resolutions
                case .response(let view): return view.resolutions
                }
            }
        }

        /// The records of an item and its sub-items, in the order they were made: of one
        /// day, or of every day (`day` nil).
        private func records(under item: AgendaNode, on day: Int?) -> [Record] {
            func belongs(_ label: String) -> Bool { label == item.label || label.hasPrefix(item.label + "(") }
            let interventions = source.interventions.filter { belongs($0.item) }.map(Record.intervention)
            let responses = source.responses.filter { belongs($0.item) }.map(Record.response)
            return (interventions + responses).filter { day == nil || self.day(of: $0.day) == day }
                .sorted { $0.sequence < $1.sequence }
        }

        /// Splits the records where a new round starts: framing or discussion after responses,
        /// or framing after discussion (seed 004 has two rounds under item 2).
        private func rounds(_ records: [Record]) -> [[Record]] {
            var rounds: [[Record]] = []
            var current: [Record] = []
            for record in records {
                if let last = current.last {
                    let startsRound =
                        (last.isResponse && !record.isResponse) || (record.isStatement && !last.isStatement)
                    if startsRound { rounds.append(current); current = [] }
                }
                current.append(record)
            }
            if !current.isEmpty { rounds.append(current) }
            return rounds
        }

        private mutating func write(_ round: [Record]) -> [SummaryBlock] {
            var blocks: [SummaryBlock] = []
            var statements: [InterventionView] = []
            var interventions: [InterventionView] = []
            var responses: [ResponseView] = []
            for record in round {
                switch record {
                case .intervention(let view) where view.kind == .statement: statements.append(view)
                case .intervention(let view): interventions.append(view)
                case .response(let view): responses.append(view)
                }
            }
            for statement in statements {
                attribution.startGroup()
                blocks.append(
                    paragraph(
                        sentence(
                            attribution.subject(for: statement.speakerDetails, named: statement.named), statement.text,
                            fromPublishedDocument: statement.fromPublishedSummary),
                        record: statement.id, speakers: references(statement),
                        isQuestion: statement.kind == .question, resolutions: statement.resolutions))
            }
            if !interventions.isEmpty {
                let briefings = statements.filter { $0.speakerDetails.contains { $0.kind == .secretariat } }.count
                let secretariat = "the \(source.body.secretariatWord)"
                let leadIn: String
                switch briefings {
                case 0: leadIn = "The discussions highlighted the following:"
                case 1:
                    leadIn = "Following the presentation by \(secretariat), the discussions highlighted the following:"
                default:
                    leadIn = "Following the presentations by \(secretariat), the discussions highlighted the following:"
                }
                blocks.append(SummaryBlock(leadIn: typesetting.apply(leadIn)))
                for (heading, group) in grouped(interventions, resolutions: \.resolutions) {
                    if let heading { blocks.append(SummaryBlock(subheading: heading)) }
                    attribution.startGroup()
                    for view in group {
                        blocks.append(
                            paragraph(
                                sentence(
                                    attribution.subject(for: view.speakerDetails, named: view.named), view.text,
                                    fromPublishedDocument: view.fromPublishedSummary),
                                record: view.id, speakers: references(view), isQuestion: view.kind == .question,
                                resolutions: view.resolutions))
                    }
                }
            }
            if !responses.isEmpty {
                blocks.append(
                    SummaryBlock(
                        leadIn: typesetting.apply(
                            "In light of the views expressed by Member States, the \(source.body.secretariatWord) responded as follows:"
                        )))
                for (heading, group) in grouped(responses, resolutions: \.resolutions) {
                    if let heading { blocks.append(SummaryBlock(subheading: heading)) }
                    for view in group {
                        blocks.append(
                            paragraph(
                                sentence(
                                    attribution.secretariat, view.text,
                                    fromPublishedDocument: view.fromPublishedSummary), record: view.id,
                                speakers: [.secretariat], resolutions: view.resolutions))
                    }
                }
            }
            return blocks
        }

        /// Records without a resolution first, then one group a resolution: those the
        /// agenda names in agenda order, then the others as they first come up.
        private func grouped<T>(_ records: [T], resolutions: KeyPath<T, [String]>) -> [(String?, [T])] {
            func rank(_ key: String) -> Int { agendaOrder.firstIndex(of: key) ?? Int.max }
            var keys: [String?] = []
            var groups: [String?: [T]] = [:]
            for record in records {
                let key = record[keyPath: resolutions].min { rank($0) < rank($1) }
                if groups[key] == nil { keys.append(key) }
                groups[key, default: []].append(record)
            }
            let ordered = keys.enumerated().sorted { left, right in
                switch (left.element, right.element) {
                case (nil, nil): return left.offset < right.offset
                case (nil, _): return true
                case (_, nil): return false
                case let (l?, r?): return (rank(l), left.offset) < (rank(r), right.offset)
                }
            }.map(\.element)
            return ordered.map { key in (key.map(subheading), groups[key]!) }
        }

        func subheading(_ key: String) -> String {
            typesetting.apply("Resolution \(key)" + (source.resolutionTitles[key].map { " – \($0)" } ?? ""))
        }

        /// The subject typeset, and the record's text typeset unless read from a published document.
        func sentence(_ subject: String, _ text: String, fromPublishedDocument: Bool) -> String {
            Attribution.sentence(
                typesetting.apply(subject), typesetting.apply(text, fromPublishedDocument: fromPublishedDocument))
        }

        /// A paragraph; the document's own (no `record`) is typeset here, a record's comes
        /// typeset from `sentence`.
        private mutating func paragraph(
            _ text: String, list: [ListLine] = [], record: String? = nil, speakers: [SpeakerReference] = [],
            isQuestion: Bool = false, resolutions: [String] = []
        ) -> SummaryBlock {
            number += 1
            return SummaryBlock(
                paragraph: .init(
                    number: number, text: record == nil ? typesetting.apply(text) : text, list: list, record: record,
                    speakers: speakers.map { $0.typeset(typesetting) },
                    isQuestion: isQuestion, resolutions: resolutions))
        }

        func references(_ view: InterventionView) -> [SpeakerReference] {
            SpeakerReference.references(
                for: view.speakerDetails, named: view.named, style: attribution.style, chair: source.meeting.chair)
        }
    }
}
