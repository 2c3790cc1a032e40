/// A page table as a Word table: ruled as "Table Grid", the header row repeated at the
/// top of every page and never split, figures flush right and a total in bold.
///
/// Body rows may split across pages: LibreOffice drops every row after the first page of
/// a table whose header repeats and whose body rows may not split, when the table starts
/// at the foot of a page.
enum WordTable {
    static func xml(_ table: PageTable, textWidth: Int) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        let widths = columnWidths(table, columns: columns, textWidth: textWidth)
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>"
        out += #"<w:tblW w:w="\#(widths.reduce(0, +))" w:type="dxa"/><w:tblLayout w:type="fixed"/>"#
        // The space above and below a cell's text is the cell's margin, not the paragraph's
        // spacing, so that a row breaking across pages leaves no empty sliver behind.
        out += #"<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>"#
        out += #"<w:bottom w:w="40" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>"#
        out += #"<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" "#
        out += #"w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>"#
        out += widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined()
        out += "</w:tblGrid>"
        if !table.header.isEmpty {
            out += row(table.header, widths: widths, figures: table.figureColumns, bold: true, header: true)
        }
        for (index, cells) in table.rows.enumerated() {
            let isTotal = table.lastRowIsTotal && index == table.rows.count - 1
            out += row(cells, widths: widths, figures: table.figureColumns, bold: isTotal, header: false)
        }
        out += "</w:tbl>"
        // A paragraph after the table keeps it from running into the next one.
        return out + WordXML.paragraph(style: nil, properties: #"<w:spacing w:after="0"/>"#, "")
    }

    private static func row(_ cells: [String], widths: [Int], figures: Set<Int>, bold: Bool, header: Bool) -> String {
        var out = header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr>"
        for (column, width) in widths.enumerated() {
            let text = column < cells.count ? cells[column] : ""
            let alignment = figures.contains(column) ? #"<w:jc w:val="right"/>"# : ""
            out += #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/></w:tcPr>"#
            out += WordXML.paragraph(
                style: "TableText", properties: alignment, WordXML.runs(text, bold ? .bold : .plain))
            out += "</w:tc>"
        }
        return out + "</w:tr>"
    }

    /// About the width of a character of 10-point Times, bold figures included, in twips.
    static let characterWidth = 110
    /// The cell's left and right margins, in twips, with a little to spare.
    static let cellMargins = 230

    /// The text width shared by the columns: each at least as wide as its longest word
    /// (so that "Mobilized" or "$24,638K" is never broken inside), and what is left
    /// shared in proportion to how much more each column's longest text would take (a
    /// long text counted as forty characters, since it wraps).
    static func columnWidths(_ table: PageTable, columns: Int, textWidth: Int) -> [Int] {
        var longestWords = Array(repeating: 1, count: columns)
        var lengths = Array(repeating: 1, count: columns)
        for cells in [table.header] + table.rows {
            for (column, text) in cells.enumerated() where column < columns {
                let longestWord = text.split(separator: " ").map(\.count).max() ?? 0
                longestWords[column] = max(longestWords[column], longestWord)
                lengths[column] = max(lengths[column], min(text.count, max(40, longestWord)))
            }
        }
        let width = { (characters: Int) in characters * characterWidth + cellMargins }
        let minimums = longestWords.map(width)
        let spare = textWidth - minimums.reduce(0, +)
        guard spare > 0 else {
            // Too many columns for the page: every one narrower in the same proportion.
            let sum = Double(minimums.reduce(0, +))
            return minimums.map { Int((Double($0) * Double(textWidth) / sum).rounded(.down)) }
        }
        let wanted = zip(lengths, minimums).map { max(width($0) - $1, 0) }
        let totalWanted = wanted.reduce(0, +)
        return zip(minimums, wanted).map { minimum, more in
            minimum + (totalWanted == 0 ? spare / columns : spare * more / totalWanted)
        }
    }
}
