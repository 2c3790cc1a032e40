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
        case .numbered(let number, let text):
            return WordXML.paragraph(style: "NumberedParagraph", WordXML.runs("\(number)\t\(text)"))
        case .listItem(let marker, let text, let depth):
            // The plain formats' list dash is a bullet on the page.
            let marker = marker == "-" ? "•" : marker
            return WordXML.paragraph(
                style: "ListItem", properties: listIndent(depth: depth), WordXML.runs("\(marker)\t\(text)"))
        case .table(let table):
            return WordTable.xml(table, textWidth: textWidth)
        }
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
