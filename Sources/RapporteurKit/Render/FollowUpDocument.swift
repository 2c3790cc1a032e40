/// The follow-up list as a document for the next meeting: grouped by resolution, then
/// by the meeting each record comes from, with a heading that states the as-of date
/// and the counts. Internal by default (who asked is named); the anonymous style
/// writes "A Member State" instead, except for delegations flagged to be named.
public struct FollowUpDocument: Sendable {
    public struct AskLine: Sendable, Hashable {
        public let id: String
        public let askedBy: String
        public let text: String
        public let item: String
        /// "item 2(a), paragraph 12": where to find it in the published summary.
        public let source: String
        /// "open", "partially answered" or "answer proposed, to confirm".
        public let status: String
        /// "91 days".
        public let age: String
        /// "answered in part by R3 at PBA-56", one line a confirmed answer.
        public let partialAnswers: [String]
        /// "proposed: R5 at PBA-56, paragraph 20 (confidence 86 %)", one line a proposal.
        public let proposedAnswers: [String]
    }

    public struct CommitmentLine: Sendable, Hashable {
        public let id: String
        public let owner: String
        public let text: String
        /// "31 December 2024", "by EB-2024-2 (4 December 2024)", "upon request" or "no due date".
        public let due: String
        /// "due 31 December 2024", "due upon request" or "no due date", as a list line writes it.
        public let dueClause: String
        public let overdue: Bool
        /// "R3", or "" when the commitment came from the meeting itself.
        public let origin: String
    }

    public struct MeetingGroup: Sendable, Hashable {
        /// "PBA-56, 16 October 2024".
        public let heading: String
        /// Open and partly answered asks.
        public let asks: [AskLine]
        public let commitments: [CommitmentLine]
        /// Asks whose only answers are proposals, listed apart under
        /// `proposedHeading`: the officer, not the State, is to act on them.
        public let proposedAsks: [AskLine]
        // Stored, not computed: templates see only stored properties.
        public let hasProposedAsks: Bool
        public let proposedHeading = OrdinalWords.capitalized(FollowUpStatus.answerProposed.words)

        init(heading: String, asks: [AskLine], commitments: [CommitmentLine], proposedAsks: [AskLine]) {
            self.heading = heading
            self.asks = asks
            self.commitments = commitments
            self.proposedAsks = proposedAsks
            hasProposedAsks = !proposedAsks.isEmpty
        }
    }

    public struct ResolutionGroup: Sendable, Hashable {
        public let heading: String
        public let meetings: [MeetingGroup]
    }

    public let title: String
    /// "As of 15 January 2025: 10 open asks (seven partially answered) and …".
    public let summary: String
    public let groups: [ResolutionGroup]

    /// Typeset for documents people read (`Typography`); what was read from a published
    /// summary keeps its own characters.
    public init(
        _ list: FollowUpList, resolutionTitles: [String: String], style: AttributionStyle = .named,
        typesetting: Typesetting = .typeset
    ) {
        title = "Follow-up of Member State questions and commitments"
        let asks = list.asks.count
        let commitments = list.commitments.count
        let summary =
            "As of \(UNDate.long(list.asOf)): "
            + "\(CardinalWords.prose(asks)) open ask\(asks == 1 ? "" : "s")"
            + Self.breakdown(partly: list.partiallyAnsweredCount, proposed: list.answerProposedCount)
            + " and \(CardinalWords.prose(commitments)) open commitment\(commitments == 1 ? "" : "s")"
            + (list.overdueCount > 0 ? " (\(CardinalWords.prose(list.overdueCount)) overdue)" : "") + "."
        self.summary = typesetting.apply(summary)

        // Resolutions in key order, records naming none last; meetings as they come (oldest first).
        var keys: [ResolutionKey?] = []
        for key in list.asks.map({ $0.resolutions.first }) + list.commitments.map({ $0.resolutions.first }) {
            let parsed = key.flatMap { try? ResolutionKey.parse($0) }
            if !keys.contains(parsed) { keys.append(parsed) }
        }
        keys.sort { left, right in
            switch (left, right) {
            case let (l?, r?): return l < r
            case (_?, nil): return true
            default: return false
            }
        }
        groups = keys.map { key in
            let keyText = key?.key
            let groupAsks = list.asks.filter { $0.resolutions.first == keyText }
            let groupCommitments = list.commitments.filter { $0.resolutions.first == keyText }
            var meetings: [String] = []
            for meeting in groupAsks.map(\.meeting) + groupCommitments.map(\.meeting) where !meetings.contains(meeting)
            {
                meetings.append(meeting)
            }
            let heading =
                keyText.map { "Resolution \($0)" + (resolutionTitles[$0].map { " – \($0)" } ?? "") }
                ?? "Other matters (no resolution named)"
            return ResolutionGroup(
                heading: typesetting.apply(heading),
                meetings: meetings.map { meeting in
                    let asks = groupAsks.filter { $0.meeting == meeting }
                    let commitments = groupCommitments.filter { $0.meeting == meeting }
                    let date = asks.first?.date ?? commitments.first!.date
                    return MeetingGroup(
                        heading: "\(meeting), \(UNDate.long(date))",
                        asks: asks.filter { $0.status != .answerProposed }.map {
                            Self.line($0, style: style, typesetting: typesetting)
                        },
                        commitments: commitments.map { Self.line($0, typesetting: typesetting) },
                        proposedAsks: asks.filter { $0.status == .answerProposed }.map {
                            Self.line($0, style: style, typesetting: typesetting)
                        })
                })
        }
    }

    private static func line(_ ask: FollowUpAsk, style: AttributionStyle, typesetting: Typesetting) -> AskLine {
        var attribution = Attribution(style: style)
        let askedBy =
            style == .anonymous
            ? attribution.subject(for: ask.speakerDetails, named: ask.named)
            : StateNaming.list(
                ask.speakers.enumerated().map { $0.offset == 0 ? OrdinalWords.capitalized($0.element) : $0.element })
        return AskLine(
            id: ask.id, askedBy: typesetting.apply(askedBy),
            text: typesetting.apply(ask.text, fromPublishedDocument: ask.fromPublishedSummary), item: ask.item,
            source: "item \(ask.item)" + (ask.sourceParagraph.map { ", paragraph \($0)" } ?? ""),
            status: ask.status.words,
            age: "\(CardinalWords.prose(ask.ageDays)) day\(ask.ageDays == 1 ? "" : "s")",
            partialAnswers: ask.answers.filter { !$0.isProposed }.map {
                "answered in part by \($0.response) at \($0.meeting)"
            },
            proposedAnswers: ask.answers.filter(\.isProposed).map { answer in
                "proposed: \(answer.response) at \(answer.meeting)"
                    + (answer.responseParagraph.map { ", paragraph \($0)" } ?? "")
                    + (answer.extent == .partial ? ", in part" : "")
                    + (answer.confidence.map { " (confidence \(AnswerLinkText.percent($0)))" } ?? "")
            })
    }

    /// " (seven partially answered; two with an answer proposed, to confirm)".
    private static func breakdown(partly: Int, proposed: Int) -> String {
        var parts: [String] = []
        if partly > 0 { parts.append("\(CardinalWords.prose(partly)) partially answered") }
        if proposed > 0 { parts.append("\(CardinalWords.prose(proposed)) with an answer proposed, to confirm") }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: "; ")))"
    }

    private static func line(_ commitment: CommitmentView, typesetting: Typesetting) -> CommitmentLine {
        CommitmentLine(
            id: commitment.id, owner: typesetting.apply(commitment.owner),
            text: typesetting.apply(commitment.text, fromPublishedDocument: commitment.fromPublishedSummary),
            due: typesetting.apply(commitment.dueWords ?? "no due date"),
            dueClause: typesetting.apply(commitment.dueClause),
            overdue: commitment.overdue == true, origin: commitment.origin ?? "")
    }
}
