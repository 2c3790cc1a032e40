import Foundation

/// Writes a page document as a Word file (WordprocessingML in a zip package), styled
/// by a reference document.
public enum WordWriter {
    /// The bytes of the .docx file for `page`, with the styles, fonts, margins, header
    /// and footer styles of `reference`.
    public static func docx(_ page: PageDocument, reference: ReferenceDocument = .builtIn) throws -> Data {
        try DocxPackage.zip(parts(page, reference: reference))
    }

    /// The package's parts in the order they are zipped.
    static func parts(_ page: PageDocument, reference: ReferenceDocument) -> [(path: String, text: String)] {
        let extras = reference.extraParts
        let title = page.masthead?.title ?? page.blocks.lazy.compactMap(\.titleText).first ?? page.runningHeader
        return [
            ("[Content_Types].xml", WordParts.contentTypes(extras: extras.map(\.part))),
            ("_rels/.rels", WordParts.packageRelationships),
            ("docProps/core.xml", WordParts.coreProperties(title: title)),
            ("word/document.xml", document(page, page: reference.page)),
            ("word/_rels/document.xml.rels", WordParts.documentRelationships(extras: extras.map(\.part))),
            ("word/styles.xml", reference.stylesXML),
            ("word/settings.xml", WordParts.settings),
            ("word/header1.xml", WordParts.firstHeader),
            ("word/header2.xml", WordParts.header(page.runningHeader)),
            ("word/footer1.xml", WordParts.footer),
            ("word/footer2.xml", WordParts.footer),
            (
                "word/footnotes.xml",
                WordParts.footnotes(page.masthead?.agendaItem, paragraphs: page.blocks.flatMap(\.footnotes))
            ),
        ] + extras.map { ($0.part.path, $0.text) }
    }

    /// word/document.xml: the masthead, the blocks, and the section's page, header and footer.
    static func document(_ document: PageDocument, page: PageGeometry) -> String {
        var body = document.masthead.map { WordMasthead.xml($0, textWidth: page.textWidth) } ?? ""
        for block in document.blocks {
            body += WordBlocks.xml(block, textWidth: page.textWidth)
        }
        // Word wants a paragraph in a body, even an empty one.
        if body.isEmpty { body = WordXML.paragraph(style: nil, "") }
        return WordXML.part("w:document", "<w:body>\(body)\(WordParts.sectionProperties(page))</w:body>")
    }
}

extension PageBlock {
    /// The text of a title block; nil for any other block.
    fileprivate var titleText: String? {
        if case .title(let text) = self { text } else { nil }
    }
}
