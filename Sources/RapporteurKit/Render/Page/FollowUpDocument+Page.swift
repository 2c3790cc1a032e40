/// The follow-up list on pages, block for block as `followup.md` lays it out: the
/// title and the counts, a heading a resolution and, under it, a heading a meeting
/// with its asks (each answer in part listed under its ask) and commitments, as
/// list lines with the Markdown's words.
extension FollowUpDocument {
    public var page: PageDocument {
        var blocks: [PageBlock] = [.title(title), .paragraph(summary)]
        for group in groups {
            blocks.append(.heading(level: 1, text: group.heading))
            for meeting in group.meetings {
                blocks.append(.heading(level: 2, text: meeting.heading))
                for ask in meeting.asks {
                    blocks.append(.listItem(marker: "-", text: ask.pageText, depth: 0))
                    blocks += ask.partialAnswers.map { .listItem(marker: "-", text: $0, depth: 1) }
                }
                blocks += meeting.commitments.map { .listItem(marker: "-", text: $0.pageText, depth: 0) }
            }
        }
        return PageDocument(runningHeader: title, blocks: blocks)
    }
}

extension FollowUpDocument.AskLine {
    /// "Q2 (partially answered, 40 days; item 2(a)) Kenya: requested …".
    var pageText: String { "\(id) (\(status), \(age); item \(item)) \(askedBy): \(text)" }
}

extension FollowUpDocument.CommitmentLine {
    /// "A1 due 30 November 2024 — overdue; the Secretariat (from R1): share …".
    var pageText: String {
        "\(id) due \(due)\(overdue ? " — overdue" : ""); \(owner)\(origin.isEmpty ? "" : " (from \(origin))"): \(text)"
    }
}
