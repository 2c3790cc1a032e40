/// The parts of a .docx package around the document body: the content types, the
/// relationships, the settings, the headers and footers, the footnotes and the
/// document's properties.
enum WordParts {
    /// A part the reference document brings as it is (a theme, a font table, numbering).
    struct Extra {
        var path: String
        var contentType: String
        var relationshipType: String
    }

    static let theme = Extra(
        path: "word/theme/theme1.xml", contentType: "application/vnd.openxmlformats-officedocument.theme+xml",
        relationshipType: "theme")
    static let fontTable = Extra(
        path: "word/fontTable.xml",
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
        relationshipType: "fontTable")
    static let numbering = Extra(
        path: "word/numbering.xml",
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
        relationshipType: "numbering")

    private static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    private static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(extras: [Extra]) -> String {
        let overrides: [(String, String)] =
            [
                ("/word/document.xml", "\(wordprocessing).document.main+xml"),
                ("/word/styles.xml", "\(wordprocessing).styles+xml"),
                ("/word/settings.xml", "\(wordprocessing).settings+xml"),
                ("/word/header1.xml", "\(wordprocessing).header+xml"),
                ("/word/header2.xml", "\(wordprocessing).header+xml"),
                ("/word/footer1.xml", "\(wordprocessing).footer+xml"),
                ("/word/footer2.xml", "\(wordprocessing).footer+xml"),
                ("/word/footnotes.xml", "\(wordprocessing).footnotes+xml"),
                ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ] + extras.map { ("/\($0.path)", $0.contentType) }
        var out = WordXML.declaration + "\n"
        out += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        out += overrides.map { #"<Override PartName="\#($0.0)" ContentType="\#($0.1)"/>"# }.joined()
        return out + "</Types>"
    }

    static let packageRelationships =
        WordXML.declaration + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipBase)/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" "#
        + #"Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" "#
        + #"Target="docProps/core.xml"/></Relationships>"#

    /// The identifiers document.xml refers to its header and footer parts by.
    enum Relationship {
        static let firstHeader = "rIdHeaderFirst"
        static let header = "rIdHeader"
        static let firstFooter = "rIdFooterFirst"
        static let footer = "rIdFooter"
    }

    static func documentRelationships(extras: [Extra]) -> String {
        let relationships: [(String, String, String)] =
            [
                ("rIdStyles", "styles", "styles.xml"),
                ("rIdSettings", "settings", "settings.xml"),
                ("rIdFootnotes", "footnotes", "footnotes.xml"),
                (Relationship.firstHeader, "header", "header1.xml"),
                (Relationship.header, "header", "header2.xml"),
                (Relationship.footer, "footer", "footer1.xml"),
                (Relationship.firstFooter, "footer", "footer2.xml"),
            ]
            + extras.enumerated().map { index, extra in
                ("rIdExtra\(index + 1)", extra.relationshipType, String(extra.path.dropFirst("word/".count)))
            }
        var out = WordXML.declaration + "\n"
        out += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        out += relationships.map {
            #"<Relationship Id="\#($0.0)" Type="\#(relationshipBase)/\#($0.1)" Target="\#($0.2)"/>"#
        }.joined()
        return out + "</Relationships>"
    }

    /// Odd and even pages alike (no `w:evenAndOddHeaders`); tab stops every centimetre;
    /// the separator footnotes named; British English.
    static let settings =
        WordXML.declaration + "\n"
        + #"<w:settings xmlns:w="\#(WordXML.main)"><w:defaultTabStop w:val="567"/>"#
        + #"<w:characterSpacingControl w:val="doNotCompress"/>"#
        + #"<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat>"#
        + #"<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" "#
        + #"w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>"#

    /// The header of the first page: empty, since the masthead or the title opens it, and
    /// without the rule the Header style draws under the symbol.
    static let firstHeader = WordXML.part(
        "w:hdr", WordXML.paragraph(style: "Header", properties: #"<w:pBdr><w:bottom w:val="nil"/></w:pBdr>"#, ""))

    /// The header of every page after the first: the symbol, else the title.
    static func header(_ runningHeader: String) -> String {
        WordXML.part("w:hdr", WordXML.paragraph(style: "Header", WordXML.runs(runningHeader)))
    }

    /// The footer of every page, the first included: its page number.
    static let footer = WordXML.part(
        "w:ftr",
        WordXML.paragraph(
            style: "Footer",
            #"<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>"#))

    /// The separator lines Word draws above the footnotes, the masthead's footnote when
    /// there is one, and the footnotes the paragraphs call.
    static func footnotes(_ item: MastheadItem?, paragraphs: [PageFootnote] = []) -> String {
        let separators =
            #"<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>"#
            + #"<w:r><w:separator/></w:r></w:p></w:footnote>"#
            + #"<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/>"#
            + #"</w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"#
        return WordXML.part(
            "w:footnotes",
            separators + (item.map(WordMasthead.footnote) ?? "") + paragraphs.map(WordBlocks.footnote).joined())
    }

    static func coreProperties(title: String) -> String {
        WordXML.declaration + "\n"
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(WordXML.escape(title))</dc:title><dc:creator>Rapporteur</dc:creator>"
            + "<dc:language>en-GB</dc:language></cp:coreProperties>"
    }

    /// The section properties closing the body: the header and footer of the first page
    /// and of the others (`w:titlePg`: the first page differs), then the page.
    static func sectionProperties(_ geometry: PageGeometry) -> String {
        "<w:sectPr>"
            + #"<w:headerReference w:type="default" r:id="\#(Relationship.header)"/>"#
            + #"<w:headerReference w:type="first" r:id="\#(Relationship.firstHeader)"/>"#
            + #"<w:footerReference w:type="default" r:id="\#(Relationship.footer)"/>"#
            + #"<w:footerReference w:type="first" r:id="\#(Relationship.firstFooter)"/>"#
            + geometry.xml + #"<w:cols w:space="720"/><w:titlePg/></w:sectPr>"#
    }
}
