/// The summary on pages, block for block as `summary.md` lays it out: the title, the
/// date, venue and Chair lines, "Meeting summary", then (under its day's heading, in a
/// session written day by day) each agenda item's heading
/// with its numbered paragraphs (an agenda quoted in one listed under it), lead-ins
/// and resolution sub-headings.
extension SummaryDocument {
    public var page: PageDocument {
        var blocks: [PageBlock] = [.title(title), .paragraph(when)]
        for line in [venue, chair, chairFunction].compactMap({ $0 }) { blocks.append(.paragraph(line)) }
        blocks.append(.heading(level: 1, text: "Meeting summary"))
        for section in sections {
            if let day = section.dayHeading { blocks.append(.heading(level: 1, text: day)) }
            blocks.append(.heading(level: 2, text: section.heading))
            blocks += section.blocks.flatMap(\.pageBlocks)
        }
        return PageDocument(runningHeader: title, blocks: blocks)
    }
}

extension SummaryBlock {
    /// The block's page blocks: a numbered paragraph and the agenda lines it quotes, one
    /// list level below it; a lead-in; a sub-heading one level below the item's heading.
    var pageBlocks: [PageBlock] {
        var blocks: [PageBlock] = []
        if let paragraph {
            blocks.append(.numbered(number: "\(paragraph.number).", text: paragraph.text))
            blocks += paragraph.list.map { .listItem(marker: $0.marker, text: $0.text, depth: $0.depth + 1) }
        }
        if let leadIn { blocks.append(.paragraph(leadIn)) }
        if let subheading { blocks.append(.heading(level: 3, text: subheading)) }
        return blocks
    }
}
