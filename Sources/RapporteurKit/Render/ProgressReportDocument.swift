/// The draft of the Executive Director's progress report to a Board session (seed 001's
/// shape): an introduction, then one section a resolution, grouped by Assembly session,
/// with the implementation updates recorded since the previous Board session and the
/// follow-up still open about it, as paragraphs numbered straight through, then what the
/// briefings in force give of its roadmap (overdue and due next as of the day asked),
/// fundraising strategy and budget figures, as unnumbered lists; then one section for the
/// decisions that have updates. The footnotes that updates' paragraphs call are numbered
/// straight through too.
public struct ProgressReportDocument: Sendable {
    /// One resolution's updates and open follow-up, as the store gives them.
    public struct ResolutionInput: Sendable {
        public var key: ResolutionKey
        public var title: String
        public var updates: [ImplementationUpdate]
        public var openAsks: [FollowUpAsk]
        public var openCommitments: [CommitmentView]
        /// What the briefings in force say of it: roadmap, fundraising strategy, budget figures.
        public var briefing: BriefingDossier?

        public init(
            key: ResolutionKey, title: String, updates: [ImplementationUpdate], openAsks: [FollowUpAsk],
            openCommitments: [CommitmentView], briefing: BriefingDossier? = nil
        ) {
            self.key = key
            self.title = title
            self.updates = updates
            self.openAsks = openAsks
            self.openCommitments = openCommitments
            self.briefing = briefing
        }
    }

    public let heading: [String]
    public let title: String
    /// The report's title, its sub-title after the colon.
    public static let standardTitle =
        "Implementation of the resolutions adopted by the United Nations Habitat Assembly: report of the Executive Director"
    public let sections: [SummarySection]
    /// Every footnote of the report, in the order the paragraphs call them.
    public let footnotes: [ReportFootnote]
    /// Stored, since templates find values through Mirror, which sees no computed one.
    public let hasFootnotes: Bool

    /// `since`: the previous Board session's first day; updates before it are left out.
    /// Typeset for documents people read (`Typography`); an update read from a document
    /// (a report, a briefing, the tracker) and what was read from a published summary keep
    /// their own characters.
    public init(
        meeting: Meeting, body: Body, since: CalendarDate?, resolutions: [ResolutionInput],
        decisions: [DecisionInput] = [], typesetting: Typesetting = .typeset
    ) {
        heading = typesetting.apply([
            body.displayName, OrdinalWords.capitalized(meeting.title(in: body)),
            [meeting.venue, meeting.dates].compactMap { $0 }.joined(separator: ", "),
        ])
        title = Self.standardTitle
        var number = 0
        var footnotes: [ReportFootnote] = []
        /// `text` comes typeset.
        func paragraph(_ text: String) -> SummaryBlock {
            number += 1
            return SummaryBlock(paragraph: .init(number: number, text: text, list: []))
        }
        /// An update as a paragraph, its footnotes' marks given the report's numbers.
        func paragraph(_ update: ImplementationUpdate) -> SummaryBlock {
            // Typed in by hand unless read by an importer or given the symbol of its document.
            let fromDocument = update.source != "manual" || update.symbol != nil
            let stored = typesetting.apply(update.text, fromPublishedDocument: fromDocument)
            // Each mark is found in the text as stored and the text rebuilt once, so that a
            // new number is never taken for the mark of the next footnote ("¹" made "²").
            var text = ""
            var rest = Substring(stored)
            var called: [ReportFootnote] = []
            for footnote in update.footnotes {
                let numbered = ReportFootnote(
                    number: footnotes.count + 1,
                    text: typesetting.apply(footnote.text, fromPublishedDocument: fromDocument))
                if let range = FootnoteMarker.firstCall(footnote.mark, in: rest) {
                    text += rest[..<range.lowerBound] + numbered.call
                    rest = rest[range.upperBound...]
                } else {
                    text += rest + numbered.call
                    rest = ""
                }
                footnotes.append(numbered)
                called.append(numbered)
            }
            text += rest
            if !update.paragraphs.isEmpty, !text.contains("OP"), !text.lowercased().contains("paragraph") {
                text += " (OP\(update.paragraphs.joined(separator: ", ")))"
            }
            var block = paragraph(text)
            block.paragraph?.footnotes = called
            return block
        }
        let period = since.map { "since \(UNDate.long($0))" } ?? "since their adoption"
        /// A resolution's or a decision's updates of the period, or a paragraph saying there are none.
        func updateBlocks(_ updates: [ImplementationUpdate], of subject: String) -> [SummaryBlock] {
            let recent = updates.filter { update in since.map { update.asOf >= $0 } ?? true }
            guard !recent.isEmpty else {
                return [
                    paragraph(
                        typesetting.apply("No update on the implementation of \(subject) has been recorded \(period)."))
                ]
            }
            return recent.map(paragraph)
        }
        var sections = [
            SummarySection(
                heading: "I. Introduction",
                blocks: [
                    paragraph(
                        typesetting.apply(
                            "The present report gives an update on the implementation of the \(CardinalWords.prose(resolutions.count)) "
                                + "resolutions adopted by the United Nations Habitat Assembly, covering progress made \(period), "
                                + "and lists the questions of Member States and the commitments of the secretariat that remain open."
                        ))
                ])
        ]
        let sessions = Array(Set(resolutions.map(\.key.session))).sorted()
        for (index, session) in sessions.enumerated() {
            var blocks: [SummaryBlock] = []
            for (letter, resolution) in resolutions.filter({ $0.key.session == session }).enumerated() {
                blocks.append(
                    SummaryBlock(
                        subheading: typesetting.apply(
                            "\(AgendaLabel.segment(depth: 1, position: letter + 1).uppercased()). "
                                + "Resolution \(resolution.key.key) – \(resolution.title)")))
                blocks += updateBlocks(resolution.updates, of: "resolution \(resolution.key.key)")
                if !resolution.openAsks.isEmpty {
                    let asks = resolution.openAsks.map { ask in
                        typesetting.apply(ask.text, fromPublishedDocument: ask.fromPublishedSummary)
                            + " (\(ask.meeting), \(ask.status.words))"
                    }
                    blocks.append(
                        paragraph(
                            typesetting.apply("Questions raised by Member States that remain open: ")
                                + asks.joined(separator: "; ") + "."))
                }
                if !resolution.openCommitments.isEmpty {
                    let commitments = resolution.openCommitments.map { commitment in
                        typesetting.apply(commitment.text, fromPublishedDocument: commitment.fromPublishedSummary)
                            + " (\(commitment.meeting)" + (commitment.dueWords.map { ", due \($0)" } ?? "") + ")"
                    }
                    blocks.append(
                        paragraph(
                            typesetting.apply("Undertakings of the secretariat that remain open: ")
                                + commitments.joined(separator: "; ") + "."))
                }
                // The briefings' roadmap, fundraising strategy and budget figures, only those
                // a briefing gives: a resolution with none keeps its section as it was.
                for part in resolution.briefing?.parts(date: UNDate.long) ?? [] {
                    blocks.append(SummaryBlock(part: part.typeset(typesetting)))
                }
            }
            sections.append(
                SummarySection(
                    heading: typesetting.apply(
                        "\(RomanNumeral.lowercase(index + 2).uppercased()). Implementation of resolutions adopted at the "
                            + "\(OrdinalWords.words(session)) session of the Assembly"),
                    blocks: blocks))
        }
        if !decisions.isEmpty {
            var blocks: [SummaryBlock] = []
            for (letter, decision) in decisions.enumerated() {
                let subheading: String =
                    "\(AgendaLabel.segment(depth: 1, position: letter + 1).uppercased()). "
                    + "Decision \(decision.key.key) of \(decision.bodyName)" + (decision.title.map { " – \($0)" } ?? "")
                blocks.append(SummaryBlock(subheading: typesetting.apply(subheading)))
                blocks += updateBlocks(decision.updates, of: "decision \(decision.key.key)")
            }
            sections.append(
                SummarySection(
                    heading: typesetting.apply(
                        "\(RomanNumeral.lowercase(sessions.count + 2).uppercased()). Implementation of decisions"),
                    blocks: blocks))
        }
        self.sections = sections
        self.footnotes = footnotes
        hasFootnotes = !footnotes.isEmpty
    }
}
