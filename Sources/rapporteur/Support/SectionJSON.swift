import RapporteurKit

/// A document's section for machines (`summary --json`, `report progress --json`): its
/// heading and numbered paragraphs, each with the subheading it stands under.
struct SectionJSON: Encodable {
    struct Paragraph: Encodable {
        var number: Int
        var text: String
        var subheading: String?
        /// The footnotes it calls (a progress report's updates); left out when none.
        var footnotes: [Footnote]?
    }

    struct Footnote: Encodable {
        var number: Int
        var text: String
    }

    var heading: String
    var paragraphs: [Paragraph]

    init(_ section: SummarySection) {
        heading = section.heading
        var subheading: String?
        var paragraphs: [Paragraph] = []
        for block in section.blocks {
            if let heading = block.subheading { subheading = heading }
            if block.leadIn != nil { subheading = nil }
            if let paragraph = block.paragraph {
                paragraphs.append(
                    Paragraph(
                        number: paragraph.number, text: paragraph.text, subheading: subheading,
                        footnotes: paragraph.footnotes.isEmpty
                            ? nil : paragraph.footnotes.map { Footnote(number: $0.number, text: $0.text) }))
            }
        }
        self.paragraphs = paragraphs
    }
}
