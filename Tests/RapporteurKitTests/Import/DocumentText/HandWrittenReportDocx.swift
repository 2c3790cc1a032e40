import Foundation

/// A progress report written in Word as the secretariat writes one: its section
/// headings numbered "I.", "II." by the heading style, its paragraphs numbered by one
/// list that runs on across sections, and its footnotes Word's own.
enum HandWrittenReportDocx {
    static let namespace = HandWrittenDocx.namespace

    static func paragraph(_ text: String, footnote: Int? = nil) -> String {
        let call = footnote.map { "<w:r><w:footnoteReference w:id=\"\($0)\"/></w:r>" } ?? ""
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + "<w:r><w:t>\(text)</w:t></w:r>\(call)</w:p>"
    }

    static func heading(_ text: String) -> String {
        HandWrittenDocx.paragraph(text, "<w:pStyle w:val=\"Heading1\"/>")
    }

    static let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(namespace)"><w:body>
        \(HandWrittenDocx.paragraph("Report of the Executive Director"))
        \(heading("Resolution 2/7 on housing"))
        \(paragraph("A handbook on secure tenure was issued.", footnote: 4))
        \(paragraph("The working group met twice."))
        \(heading("Decision 1/3 on the working group"))
        \(paragraph("The Board asked its working group to meet again in person.", footnote: 9))
        <w:sectPr/></w:body></w:document>
        """

    static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="\(namespace)">
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
        <w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
        <w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:pStyle w:val="Heading1"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        </w:numbering>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="\(namespace)">
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>\
        <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
        </w:styles>
        """

    /// Footnote ids are Word's own and say nothing of the numbers the reader sees.
    static let footnotes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:footnotes xmlns:w="\(namespace)">
        <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
        <w:footnote w:id="9"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Decision 2099/4 of the Board.</w:t></w:r></w:p></w:footnote>
        <w:footnote w:id="4"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Available from the secretariat.</w:t></w:r></w:p></w:footnote>
        </w:footnotes>
        """

    static func docx() throws -> Data {
        try HandWrittenDocx.zip([
            ("[Content_Types].xml", HandWrittenDocx.contentTypes), ("word/document.xml", document),
            ("word/numbering.xml", numbering), ("word/styles.xml", styles), ("word/footnotes.xml", footnotes),
        ])
    }
}
