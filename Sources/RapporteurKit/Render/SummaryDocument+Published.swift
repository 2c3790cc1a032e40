/// A summary written in the style of the published summary its record was read from:
/// one numbered paragraph a published paragraph, under its published number and in its
/// published wording, subject and procedural paragraphs included. A paragraph one of
/// whose records an officer has edited is written from its records instead, still
/// under its number. Lead-ins and resolution sub-headings are the writer's, as in a
/// summary written from the record.
extension SummaryDocument.Writer {
    /// What a published paragraph holds, for its lead-in and sub-heading.
    private enum Content: Equatable {
        /// No record was drawn from it: the opening, a procedural line, the adjournment.
        case procedural
        /// Statements: the Chair's framing, the Secretariat's briefing.
        case statement
        /// Member States' interventions.
        case discussion
        /// The Secretariat's responses.
        case response
    }

    /// A session's daily journals number each day from 1: written day by day or item by
    /// item, their paragraphs are numbered again straight through the document.
    mutating func sections(as published: PublishedSummary) -> [SummarySection] {
        guard arrangement == .byDay, !source.days.isEmpty else {
            return publishedSections(published.paragraphs, day: nil)
        }
        return daySections { writer, day, _ in
            writer.publishedSections(published.paragraphs.filter { $0.day == day.number }, day: day.number)
        }
    }

    /// One section an agenda item, of the paragraphs given; of one day, an item with
    /// none that day is left out.
    private mutating func publishedSections(_ paragraphs: [PublishedParagraph], day: Int?) -> [SummarySection] {
        // A paragraph is its day and its number: a daily journal numbers each day afresh.
        let interventions = Dictionary(grouping: source.interventions, by: { [$0.day ?? 0, $0.sourceParagraph ?? 0] })
        let responses = Dictionary(grouping: source.responses, by: { [$0.day ?? 0, $0.sourceParagraph ?? 0] })
        let renumbered = !source.days.isEmpty
        func under(_ item: AgendaNode, _ label: String) -> Bool {
            label == item.label || label.hasPrefix(item.label + "(")
        }
        // What comes before the first item's heading (a journal's opening sentence) goes
        // with the first item anything is said under: of a day that starts at item 6,
        // that is item 6, not the item 1 the journal does not name.
        let first = source.agenda.firstIndex { item in paragraphs.contains { under(item, $0.item) } } ?? 0
        return source.agenda.enumerated().compactMap { index, item in
            func belongs(_ label: String) -> Bool { under(item, label) || (label.isEmpty && index == first) }
            var blocks: [SummaryBlock] = []
            var previous = Content.procedural
            var heading: String?
            var briefings = 0
            for paragraph in paragraphs where belongs(paragraph.item) {
                let key = [paragraph.day ?? 0, paragraph.number]
                let spoken = (interventions[key] ?? []).sorted { $0.sequence < $1.sequence }
                let answered = (responses[key] ?? []).sorted { $0.sequence < $1.sequence }
                // A paragraph whose records were all removed is no longer part of the summary.
                if paragraph.edited, spoken.isEmpty, answered.isEmpty { continue }
                let content: Content =
                    spoken.isEmpty
                    ? (answered.isEmpty ? .procedural : .response)
                    : (spoken.allSatisfy { $0.kind == .statement } ? .statement : .discussion)
                if content != previous {
                    heading = nil
                    attribution.startGroup()
                    if let leadIn = leadIn(to: content, briefings: briefings) {
                        blocks.append(SummaryBlock(leadIn: typesetting.apply(leadIn)))
                    }
                }
                if content == .discussion || content == .response {
                    let key = resolution(of: spoken.map(\.resolutions) + answered.map(\.resolutions))
                    if let key, key != heading {
                        blocks.append(SummaryBlock(subheading: subheading(key)))
                        attribution.startGroup()
                    }
                    heading = key ?? heading
                }
                switch content {
                case .statement:
                    briefings += spoken.filter { $0.speakerDetails.contains { $0.kind == .secretariat } }.count
                case .response: briefings = 0
                case .procedural, .discussion: break
                }
                if renumbered { number += 1 }
                blocks.append(
                    block(paragraph, number: renumbered ? number : paragraph.number, spoken: spoken, answered: answered)
                )
                previous = content
            }
            if blocks.isEmpty, day != nil || UnnamedAgendaItem.isStandIn(item.title) { return nil }
            return SummarySection(
                heading: typesetting.apply("Agenda item \(item.label) – \(AgendaLines.bareTitle(item.title))."),
                blocks: blocks, day: day)
        }
    }

    /// The line that opens a run of discussion or responses, as the record's summary writes it.
    private func leadIn(to content: Content, briefings: Int) -> String? {
        let secretariat = "the \(source.body.secretariatWord)"
        switch content {
        case .discussion:
            switch briefings {
            case 0: return "The discussions highlighted the following:"
            case 1: return "Following the presentation by \(secretariat), the discussions highlighted the following:"
            default: return "Following the presentations by \(secretariat), the discussions highlighted the following:"
            }
        case .response:
            return "In light of the views expressed by Member States, \(secretariat) responded as follows:"
        case .procedural, .statement:
            return nil
        }
    }

    /// The resolution a paragraph's records come first to, in agenda order.
    private func resolution(of keys: [[String]]) -> String? {
        func rank(_ key: String) -> Int { agendaOrder.firstIndex(of: key) ?? Int.max }
        return keys.compactMap { $0.min { rank($0) < rank($1) } }.first
    }

    /// The paragraph as published, or written from its records once one was edited.
    private mutating func block(
        _ paragraph: PublishedParagraph, number: Int, spoken: [InterventionView], answered: [ResponseView]
    ) -> SummaryBlock {
        let speakers = spoken.flatMap(references) + (answered.isEmpty ? [] : [SpeakerReference.secretariat])
        var distinct: [SpeakerReference] = []
        for speaker in speakers.map({ $0.typeset(typesetting) }) where !distinct.contains(speaker) {
            distinct.append(speaker)
        }
        var resolutions: [String] = []
        for key in spoken.flatMap(\.resolutions) + answered.flatMap(\.resolutions) where !resolutions.contains(key) {
            resolutions.append(key)
        }
        let text: String
        let list: [ListLine]
        if paragraph.edited {
            let sentences =
                spoken.map { view in
                    sentence(
                        attribution.subject(for: view.speakerDetails, named: view.named), view.text,
                        fromPublishedDocument: view.fromPublishedSummary)
                }
                + answered.map { view in
                    sentence(attribution.secretariat, view.text, fromPublishedDocument: view.fromPublishedSummary)
                }
            text = sentences.joined(separator: " ")
            list = []
        } else {
            // The document's own words, kept as printed: never typeset.
            text = paragraph.runningText
            list = paragraph.listEntries.map(Self.listLine)
        }
        return SummaryBlock(
            paragraph: .init(
                number: number, text: text, list: list,
                record: spoken.first?.id ?? answered.first?.id, speakers: distinct,
                isQuestion: spoken.contains { $0.kind == .question }, resolutions: resolutions))
    }

    /// "a. the progress …" as a lettered line under the paragraph; a plain entry as a bullet.
    private static func listLine(_ entry: String) -> ListLine {
        if let match = entry.firstMatch(of: /^([a-z0-9]{1,3})\.\s+(.*)$/) {
            return ListLine(depth: 1, indent: "    ", marker: "\(match.1).", text: String(match.2), links: [])
        }
        return ListLine(depth: 0, indent: "", marker: "-", text: entry, links: [])
    }
}
