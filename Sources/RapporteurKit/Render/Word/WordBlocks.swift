/// The blocks of a page document as WordprocessingML paragraphs and tables, each in the
/// style of the reference document that sets it.
enum WordBlocks {
    /// The step by which a list item indents further at each depth, in twips (1 cm).
    static let indentStep = 567

    static func xml(_ block: PageBlock, textWidth: Int) -> String {
        switch block {
        case .title(let text):
            return WordXML.paragraph(style: "Title", WordXML.runs(text))
        case .heading(let level, let text):
            let level = min(max(level, 1), 3)
            return WordXML.paragraph(style: "Heading\(level)", WordXML.runs(text))
        case .paragraph(let text, let emphasis):
            let style: WordXML.RunStyle =
                switch emphasis {
                case .none: .plain
                case .bold: .bold
                case .italic: .italic
                }
            // The default paragraph style is Normal, whatever the reference document names it.
            return WordXML.paragraph(style: nil, WordXML.runs(text, style))
        case .numbered(let number, let text, let footnotes):
            return WordXML.paragraph(style: "NumberedParagraph", runs("\(number)\t\(text)", calling: footnotes))
        case .listItem(let marker, let text, let depth):
            // The plain formats' list dash is a bullet on the page.
            let marker = marker == "-" ? "•" : marker
            return WordXML.paragraph(
                style: "ListItem", properties: listIndent(depth: depth), WordXML.runs("\(marker)\t\(text)"))
        case .table(let table):
            return WordTable.xml(table, textWidth: textWidth)
        }
    }

    /// The runs of `text`, each footnote's call (its number in superscript digits) made a
    /// reference to the footnote, which Word sets with the paragraph's page; a call the
    /// text does not carry comes at its end.
    static func runs(_ text: String, calling footnotes: [PageFootnote]) -> String {
        var out = ""
        var rest = Substring(text)
        for footnote in footnotes {
            let range = FootnoteMarker.firstCall(footnote.call, in: rest) ?? (rest.endIndex..<rest.endIndex)
            out += WordXML.runs(String(rest[..<range.lowerBound])) + reference(footnote)
            rest = rest[range.upperBound...]
        }
        return out + WordXML.runs(String(rest))
    }

    /// The identifier of a paragraph's footnote in footnotes.xml: after the masthead's.
    static func footnoteID(_ footnote: PageFootnote) -> Int {
        WordMasthead.footnoteID + footnote.number
    }

    /// The call: the report's own number, in the footnote reference style, so that Word
    /// numbers it as every other format does.
    static func reference(_ footnote: PageFootnote) -> String {
        #"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>"#
            + #"<w:footnoteReference w:customMarkFollows="1" w:id="\#(footnoteID(footnote))"/>"#
            + #"<w:t>\#(footnote.number)</w:t></w:r>"#
    }

    /// The footnote itself, in footnotes.xml: its number, a tab and its text.
    static func footnote(_ footnote: PageFootnote) -> String {
        let mark = #"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>\#(footnote.number)</w:t></w:r>"#
        return #"<w:footnote w:id="\#(footnoteID(footnote))">"#
            + WordXML.paragraph(style: "FootnoteText", mark + WordXML.runs("\t" + footnote.text))
            + "</w:footnote>"
    }

    /// The style sets depth 0: the marker at one step, the text at two. Each further
    /// depth moves both one step right, its tab stop with them.
    static func listIndent(depth: Int) -> String {
        let depth = max(depth, 0)
        guard depth > 0 else { return "" }
        let left = indentStep * (depth + 2)
        return #"<w:tabs><w:tab w:val="clear" w:pos="\#(indentStep * 2)"/><w:tab w:val="left" w:pos="\#(left)"/>"#
            + #"</w:tabs><w:ind w:left="\#(left)" w:hanging="\#(indentStep)"/>"#
    }
}
