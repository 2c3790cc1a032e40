/// The agenda on pages, block for block as `agenda.md` lays it out: the body and the
/// meeting in bold, when and where, the agenda's status as its title, the items with
/// their markers (what an item concerns and its annotation's paragraphs under it, at
/// its text), and when documents are due.
extension AgendaDocument {
    public var page: PageDocument { page(masthead: nil) }

    /// With a masthead, the agenda as it is filed: the masthead carries the body, the
    /// session, its place and dates and the title, so the page goes on from the items,
    /// and the symbol heads every page after the first.
    public func page(masthead: Masthead?) -> PageDocument {
        var blocks: [PageBlock] = []
        if masthead == nil {
            blocks = [
                .paragraph(bodyName, emphasis: .bold), .paragraph(meetingTitle, emphasis: .bold), .paragraph(when),
            ]
            if let venue { blocks.append(.paragraph(venue)) }
            blocks.append(.title(status))
        }
        if let opening {
            blocks.append(.paragraph(opening.title, emphasis: .bold))
            blocks += opening.paragraphs.map { .paragraph($0) }
        }
        for line in lines {
            blocks.append(.listItem(marker: line.marker, text: line.text, depth: line.depth))
            // Under the item, aligned with its text: a list line without a marker.
            blocks += line.links.map { .listItem(marker: "", text: $0, depth: line.depth) }
            blocks += line.paragraphs.map { .listItem(marker: "", text: $0, depth: line.depth) }
        }
        blocks.append(.paragraph(documentsDue))
        return PageDocument(masthead: masthead?.typeset(), runningHeader: masthead?.symbol ?? status, blocks: blocks)
    }
}
