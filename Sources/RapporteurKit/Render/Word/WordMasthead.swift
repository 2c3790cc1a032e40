/// The masthead as a UN document opens: a table without lines holding the body at the
/// top left and the symbol, distribution, date of issue and original language at the
/// top right, a thick rule below it; then the session, the place and dates, the agenda
/// item with its footnote mark, the title and the sub-title, each a paragraph of its own.
enum WordMasthead {
    /// The identifier of the masthead's footnote in footnotes.xml.
    static let footnoteID = 1
    /// The footnote's mark, which Word is told not to number.
    static let footnoteMark = "*"

    static func xml(_ masthead: Masthead, textWidth: Int) -> String {
        let left = textWidth * 11 / 20
        let right = textWidth - left
        var out = "<w:tbl><w:tblPr>"
        out += #"<w:tblW w:w="\#(textWidth)" w:type="dxa"/><w:tblBorders>"#
        out += #"<w:top w:val="nil"/><w:left w:val="nil"/>"#
        out += #"<w:bottom w:val="single" w:sz="18" w:space="0" w:color="auto"/>"#
        out += #"<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>"#
        out += #"<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/>"#
        out += #"<w:bottom w:w="120" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>"#
        out += #"<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" "#
        out += #"w:noHBand="1" w:noVBand="1"/></w:tblPr>"#
        out += #"<w:tblGrid><w:gridCol w:w="\#(left)"/><w:gridCol w:w="\#(right)"/></w:tblGrid>"#
        out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        out += cell(width: left, WordXML.paragraph(style: "MastheadBody", WordXML.runs(masthead.bodyName)))
        let topRight = [
            WordXML.paragraph(style: "MastheadSymbol", WordXML.runs(masthead.symbolText)),
            WordXML.paragraph(style: "MastheadLine", WordXML.runs(masthead.distributionText)),
            WordXML.paragraph(style: "MastheadLine", WordXML.runs(masthead.issuedText)),
            WordXML.paragraph(style: "MastheadLine", WordXML.runs(masthead.originalText)),
        ]
        out += cell(width: right, topRight.joined())
        out += "</w:tr></w:tbl>"

        let spaced = #"<w:spacing w:before="240"/>"#
        out += WordXML.paragraph(style: "MastheadLine", properties: spaced, WordXML.runs(masthead.session, .bold))
        out += WordXML.paragraph(style: "MastheadLine", WordXML.runs(masthead.placeAndDates))
        if let item = masthead.agendaItem {
            let reference =
                #"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>"#
                + #"<w:footnoteReference w:customMarkFollows="1" w:id="\#(footnoteID)"/>"#
                + #"<w:t>\#(footnoteMark)</w:t></w:r>"#
            out += WordXML.paragraph(
                style: "MastheadLine", properties: spaced, WordXML.runs(item.line) + reference)
            if let title = item.title {
                out += WordXML.paragraph(style: "MastheadLine", WordXML.runs(title, .bold))
            }
        }
        out += WordXML.paragraph(
            style: "Title", properties: #"<w:spacing w:before="480"/>"#, WordXML.runs(masthead.title))
        if let subtitle = masthead.subtitle {
            out += WordXML.paragraph(style: "Subtitle", WordXML.runs(subtitle))
        }
        return out
    }

    /// The footnote the item line's mark refers to: "* HSP/EB.2025/1.", naming the
    /// provisional agenda.
    static func footnote(_ item: MastheadItem) -> String {
        let mark = #"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>\#(footnoteMark)</w:t></w:r>"#
        return #"<w:footnote w:id="\#(footnoteID)">"#
            + WordXML.paragraph(style: "FootnoteText", mark + WordXML.runs("\t" + item.footnote))
            + "</w:footnote>"
    }

    private static func cell(width: Int, _ content: String) -> String {
        #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>\#(content)</w:tc>"#
    }
}
