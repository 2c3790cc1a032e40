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

    /// A part of what the briefings say of a resolution (`report progress`), under the
    /// resolution's subheading.
    struct Part: Encodable {
        struct Line: Encodable {
            var depth: Int
            var text: String
        }

        var heading: String
        var lines: [Line]
        var subheading: String?
    }

    var heading: String
    var paragraphs: [Paragraph]
    /// Left out when the section has none (a summary never has).
    var parts: [Part]?
    /// A session's summary written day by day: the section's day, and its heading on
    /// the day's first section; left out otherwise.
    var day: Int?
    var dayHeading: String?

    init(_ section: SummarySection) {
        heading = section.heading
        day = section.day
        dayHeading = section.dayHeading
        var subheading: String?
        var paragraphs: [Paragraph] = []
        var parts: [Part] = []
        for block in section.blocks {
            if let part = block.part {
                parts.append(
                    Part(
                        heading: part.heading, lines: part.lines.map { Part.Line(depth: $0.depth, text: $0.text) },
                        subheading: subheading))
            }
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
        self.parts = parts.isEmpty ? nil : parts
    }
}
