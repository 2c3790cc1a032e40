import Foundation

/// Writes the body of a .docx as plain text, as a person saving it "as text" gets it:
/// a line for each paragraph, the automatic number in front of a numbered one, a line
/// for each table row with its cells separated by a tab, a footnote's call as its
/// number in superscript digits ("¹", as a page's footnote calls are printed) and the
/// footnotes at the end as "¹ Text." lines. Deleted text is left out, inserted text
/// kept; hidden text and field codes are left out, a field's shown result kept.
struct DocxTextWriter {
    private var numbering: DocxNumbering
    private let styles: DocxStyles
    /// The footnotes' bodies by their id in word/footnotes.xml.
    private let footnoteBodies: [String: DocxElement]
    private var lines: [String] = []
    /// The footnotes called so far, in the order of their calls: Word numbers them so.
    private var footnotes: [(call: String?, text: String)] = []
    /// The footnotes numbered so far; one with a mark of its own takes no number.
    private var footnotesNumbered = 0

    init(numbering: DocxNumbering, styles: DocxStyles, footnotes: DocxElement?) {
        self.numbering = numbering
        self.styles = styles
        var bodies: [String: DocxElement] = [:]
        for footnote in footnotes?.children("footnote") ?? [] {
            // The separators Word keeps among the footnotes are no footnote of the text.
            guard let id = footnote.attribute("id"),
                footnote.attribute("type") == nil
                    || footnote.attribute("type") == "normal"
            else { continue }
            bodies[id] = footnote
        }
        footnoteBodies = bodies
    }

    /// The text of `body` (the "w:body" of word/document.xml), a line ending each line.
    mutating func write(body: DocxElement) -> String {
        writeBlocks(in: body)
        for footnote in footnotes {
            lines.append(footnote.call.map { "\($0) \(footnote.text)" } ?? footnote.text)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Elements never shown as text: deleted or moved-away content, the fallback copy of
    /// content Word also writes another way, and properties.
    private static let skipped: Set<String> = [
        "del", "moveFrom", "Fallback", "pPr", "sdtPr", "sdtEndPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr",
        "instrText", "delText", "delInstrText", "footnoteRef", "endnoteRef", "commentReference",
    ]

    private mutating func writeBlocks(in element: DocxElement) {
        for child in element.children where !Self.skipped.contains(child.name) {
            switch child.name {
            case "p": lines.append(paragraph(child))
            case "tbl": writeTable(child)
            default: writeBlocks(in: child)
            }
        }
    }

    private mutating func writeTable(_ table: DocxElement) {
        for row in table.children("tr") {
            var cells: [String] = []
            for cell in row.children where cell.name == "tc" || cell.name == "sdt" || cell.name == "customXml" {
                cells.append(cellText(cell))
            }
            lines.append(cells.joined(separator: "\t"))
        }
    }

    /// A cell's paragraphs on one line, a space between them; a table inside a cell
    /// joins the line the same way.
    private mutating func cellText(_ cell: DocxElement) -> String {
        var parts: [String] = []
        func collect(_ element: DocxElement, _ writer: inout DocxTextWriter) {
            for child in element.children where !Self.skipped.contains(child.name) {
                switch child.name {
                case "p": parts.append(writer.paragraph(child))
                case "tbl":
                    for row in child.children("tr") {
                        for inner in row.children("tc") { collect(inner, &writer) }
                    }
                default: collect(child, &writer)
                }
            }
        }
        collect(cell, &self)
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A paragraph's text with its automatic number in front.
    private mutating func paragraph(_ paragraph: DocxElement) -> String {
        let text = inlineText(paragraph)
        guard let label = label(of: paragraph) else { return text }
        return label + text
    }

    /// The number a paragraph shows: from its own "w:numPr", else from its style's.
    private mutating func label(of paragraph: DocxElement) -> String? {
        let properties = paragraph.child("pPr")
        let style = properties?.child("pStyle")?.attribute("val")
        let direct = properties?.child("numPr")
        let directID = direct?.child("numId")?.attribute("val")
        let directLevel = direct?.child("ilvl")?.attribute("val").flatMap { Int($0) }
        let styled = styles.numbering(ofStyle: style)
        guard let numberingID = directID ?? styled?.numberingID, numberingID != "0" else { return nil }
        let level =
            directLevel ?? (directID == nil ? styled?.level : nil)
            ?? style.flatMap { numbering.level(ofStyle: $0, in: numberingID) } ?? 0
        return numbering.label(numberingID: numberingID, level: level)
    }

    /// The text of a paragraph's runs, and of the hyperlinks, insertions, fields and
    /// content controls that hold runs.
    private mutating func inlineText(_ element: DocxElement) -> String {
        var text = ""
        for child in element.children where !Self.skipped.contains(child.name) {
            switch child.name {
            case "r":
                if child.descendant("rPr", "vanish")?.isOn == true { continue }
                for part in child.children {
                    switch part.name {
                    case "t": text += part.text
                    case "tab", "ptab", "br", "cr": text += " "
                    case "noBreakHyphen": text += "-"
                    case "footnoteReference":
                        let ownMark = ["1", "true", "on"].contains(part.attribute("customMarkFollows") ?? "")
                        text += noteFootnote(part.attribute("id"), numbered: !ownMark)
                    default: break
                    }
                }
            case "p", "tbl": break
            default: text += inlineText(child)
            }
        }
        return text
    }

    /// Keeps footnote `id` to be written at the end and returns its call as written in
    /// the text: its number, in superscript digits. A footnote with a mark of its own
    /// (the run after the reference writes it) takes no number and is written at the end
    /// as its text alone.
    private mutating func noteFootnote(_ id: String?, numbered: Bool) -> String {
        guard let id, let body = footnoteBodies[id] else { return "" }
        var writer = DocxTextWriter(numbering: numbering, styles: styles, footnotes: nil)
        var parts: [String] = []
        for child in body.children where child.name == "p" {
            parts.append(writer.inlineText(child).trimmingCharacters(in: .whitespaces))
        }
        let text = parts.filter { !$0.isEmpty }.joined(separator: " ")
        guard numbered else {
            footnotes.append((nil, text))
            return ""
        }
        footnotesNumbered += 1
        let call = FootnoteMarker.superscript(footnotesNumbered)
        footnotes.append((call, text))
        return call
    }
}
