import Foundation
import ZIPFoundation

/// A .docx written by hand as WordprocessingML: two-level automatic numbering ("1.",
/// "(a)"), a list restarted at ten, a style that numbers its paragraphs in capital
/// Roman numerals from III, a table, a footnote and a tracked change.
enum HandWrittenDocx {
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Paragraph `text` in a run, with `properties` ("w:pPr" content) before it.
    static func paragraph(_ text: String, _ properties: String = "") -> String {
        "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static func numbered(_ text: String, list: Int, level: Int) -> String {
        paragraph(text, "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(list)\"/></w:numPr>")
    }

    static let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(namespace)"><w:body>
        \(paragraph("Report of the Board on its second session", "<w:pStyle w:val=\"Title\"/>"))
        \(paragraph("Organizational matters", "<w:pStyle w:val=\"Heading1\"/>"))
        \(numbered("The session was opened by the Chair.", list: 1, level: 0))
        \(numbered("Adoption of the agenda;", list: 1, level: 1))
        \(numbered("Election of officers.", list: 1, level: 1))
        <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>\
        <w:r><w:t>The Board took note of the report</w:t></w:r>\
        <w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>\
        <w:r><w:t xml:space="preserve"> of the Executive Director.</w:t></w:r></w:p>
        \(numbered("Documents were made available in advance.", list: 1, level: 1))
        <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>\
        <w:r><w:t xml:space="preserve">The Board </w:t></w:r>\
        <w:del w:id="7" w:author="Editor"><w:r><w:delText>rejected</w:delText></w:r></w:del>\
        <w:ins w:id="8" w:author="Editor"><w:r><w:t>adopted</w:t></w:r></w:ins>\
        <w:r><w:t xml:space="preserve"> the draft decision.</w:t></w:r></w:p>
        \(paragraph("Decides to convene its next session in 2026;", "<w:pStyle w:val=\"DecisionItem\"/>"))
        \(paragraph("Requests the secretariat to report back.", "<w:pStyle w:val=\"DecisionItem\"/>"))
        <w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>\
        <w:tr><w:tc>\(paragraph("Item"))</w:tc><w:tc>\(paragraph("Document"))</w:tc><w:tc>\(paragraph("Action"))</w:tc></w:tr>\
        <w:tr><w:tc>\(paragraph("2"))</w:tc><w:tc>\(paragraph("HSP/EB.2025/4"))</w:tc><w:tc>\(paragraph("Noted"))</w:tc></w:tr>\
        </w:tbl>
        \(numbered("A list restarted at ten.", list: 3, level: 0))
        <w:p><w:r><w:t>Venue:</w:t><w:tab/><w:t>Nairobi</w:t><w:br/><w:t>Kenya</w:t></w:r>\
        <w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden note</w:t></w:r></w:p>
        <w:sectPr/></w:body></w:document>
        """

    static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="\(namespace)">
        <w:abstractNum w:abstractNumId="0">\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>\
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">\
        <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>\
        <w:pStyle w:val="DecisionItem"/></w:lvl>\
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="0"/>\
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
        </w:numbering>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="\(namespace)">
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="DecisionItem"><w:name w:val="Decision Item"/>\
        <w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
        </w:styles>
        """

    static let footnotes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:footnotes xmlns:w="\(namespace)">
        <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
        <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
        <w:footnote w:id="2"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>\
        <w:r><w:t xml:space="preserve"> HSP/EB.2025/4.</w:t></w:r></w:p></w:footnote>
        </w:footnotes>
        """

    /// The text a reader of the document sees, line by line, written out by hand.
    static let expected = """
        Report of the Board on its second session
        Organizational matters
        1. The session was opened by the Chair.
        (a) Adoption of the agenda;
        (b) Election of officers.
        2. The Board took note of the report¹ of the Executive Director.
        (a) Documents were made available in advance.
        3. The Board adopted the draft decision.
        III. Decides to convene its next session in 2026;
        IV. Requests the secretariat to report back.
        Item\tDocument\tAction
        2\tHSP/EB.2025/4\tNoted
        10. A list restarted at ten.
        Venue: Nairobi Kenya
        ¹ HSP/EB.2025/4.

        """

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/></Types>
        """

    /// The zip of `parts`, by path inside the package.
    static func zip(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
            ) { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) }
        }
        return archive.data ?? Data()
    }

    static func docx() throws -> Data {
        try zip([
            ("[Content_Types].xml", contentTypes), ("word/document.xml", document),
            ("word/numbering.xml", numbering), ("word/styles.xml", styles), ("word/footnotes.xml", footnotes),
        ])
    }
}
