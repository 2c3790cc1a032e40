/// The follow-up list on pages, block for block as `followup.md` lays it out: the
/// title and the counts, a heading a resolution and, under it, a heading a meeting
/// with its asks (each answer in part, and each proposal, listed under its ask), its
/// commitments, and then the asks with only proposed answers under their own heading,
/// as list lines with the Markdown's words.
extension FollowUpDocument {
    public var page: PageDocument {
        var blocks: [PageBlock] = [.title(title), .paragraph(summary)]
        for group in groups {
            blocks.append(.heading(level: 1, text: group.heading))
            for meeting in group.meetings {
                blocks.append(.heading(level: 2, text: meeting.heading))
                for ask in meeting.asks {
                    blocks.append(.listItem(marker: "-", text: ask.pageText, depth: 0))
                    blocks += (ask.partialAnswers + ask.proposedAnswers).map {
                        .listItem(marker: "-", text: $0, depth: 1)
                    }
                }
                blocks += meeting.commitments.map { .listItem(marker: "-", text: $0.pageText, depth: 0) }
                if meeting.hasProposedAsks { blocks.append(.heading(level: 3, text: meeting.proposedHeading)) }
                for ask in meeting.proposedAsks {
                    blocks.append(.listItem(marker: "-", text: ask.proposedPageText, depth: 0))
                    blocks += ask.proposedAnswers.map { .listItem(marker: "-", text: $0, depth: 1) }
                }
            }
        }
        return PageDocument(runningHeader: title, blocks: blocks)
    }
}

extension FollowUpDocument.AskLine {
    /// "Q2 (partially answered, 40 days; item 2(a), paragraph 12) Kenya: requested …".
    var pageText: String { "\(id) (\(status), \(age); \(source)) \(askedBy): \(text)" }

    /// Under the heading of proposed answers, which says the status: "Q2 (40 days; item 2(a)) Kenya: …".
    var proposedPageText: String { "\(id) (\(age); \(source)) \(askedBy): \(text)" }
}

extension FollowUpDocument.CommitmentLine {
    /// "A1 due 30 November 2024 — overdue; the Secretariat (from R1): share …".
    var pageText: String {
        "\(id) \(dueClause)\(overdue ? " — overdue" : ""); \(owner)\(origin.isEmpty ? "" : " (from \(origin))"): \(text)"
    }
}
