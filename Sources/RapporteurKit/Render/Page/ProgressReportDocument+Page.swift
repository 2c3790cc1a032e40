/// The progress report on pages, block for block as `report.md` lays it out: the body,
/// session and place in bold, the title, then each section's heading with its
/// resolutions' sub-headings and the paragraphs numbered straight through, each with the
/// footnotes it calls, and the briefings' parts (roadmap, fundraising, budget) as a bold
/// line and its list.
extension ProgressReportDocument {
    public var page: PageDocument { page(masthead: nil) }

    /// With a masthead, the report as it is filed: the masthead carries the body, the
    /// session, its place and dates and the title, so the page goes on from the first
    /// section, and the symbol heads every page after the first.
    public func page(masthead: Masthead?) -> PageDocument {
        var blocks: [PageBlock] = []
        if masthead == nil {
            blocks = heading.map { .paragraph($0, emphasis: .bold) }
            blocks.append(.title(title))
        }
        for section in sections {
            blocks.append(.heading(level: 1, text: section.heading))
            for block in section.blocks {
                if let subheading = block.subheading { blocks.append(.heading(level: 2, text: subheading)) }
                if let paragraph = block.paragraph {
                    blocks.append(
                        .numbered(
                            number: "\(paragraph.number).", text: paragraph.text,
                            footnotes: paragraph.footnotes.map {
                                PageFootnote(number: $0.number, call: $0.call, text: $0.text)
                            }))
                }
                if let part = block.part {
                    blocks.append(.paragraph(part.heading, emphasis: .bold))
                    for line in part.lines {
                        blocks.append(.listItem(marker: line.marker, text: line.text, depth: line.depth))
                    }
                }
            }
        }
        return PageDocument(masthead: masthead?.typeset(), runningHeader: masthead?.symbol ?? title, blocks: blocks)
    }
}
