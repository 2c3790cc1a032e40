/// The styles of the built-in reference document, as a UN document sets them: Times New
/// Roman 10 point on 12, numbered paragraphs hanging, headings in bold with outline
/// levels (so Word's navigation pane and a table of contents find them), the symbol in
/// the header of every page and the page number in the footer.
///
/// Sizes are in half points (`w:sz="20"` is 10 point), spacing and indents in twips.
enum BuiltInStyles {
    /// Each style the Word writer uses, by identifier, as a `w:style` element.
    static let styles: [(id: String, xml: String)] = [
        (
            "Normal",
            #"""
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\#
            <w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>\#
            <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" \#
            w:cs="Times New Roman"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
            """#
        ),
        (
            "DefaultParagraphFont",
            #"""
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\#
            <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
            """#
        ),
        (
            "TableNormal",
            #"""
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\#
            <w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\#
            <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>\#
            </w:tblCellMar></w:tblPr></w:style>
            """#
        ),
        (
            "NoList",
            #"""
            <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>\#
            <w:semiHidden/></w:style>
            """#
        ),
        (
            "Title",
            #"""
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\#
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\#
            <w:spacing w:before="240" w:after="240" w:line="300" w:lineRule="exact"/><w:jc w:val="left"/></w:pPr>\#
            <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
            """#
        ),
        (
            "Subtitle",
            #"""
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>\#
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="360" \#
            w:line="270" w:lineRule="exact"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="24"/>\#
            <w:szCs w:val="24"/></w:rPr></w:style>
            """#
        ),
        ("Heading1", heading(level: 1, size: 24, italic: false)),
        ("Heading2", heading(level: 2, size: 20, italic: false)),
        ("Heading3", heading(level: 3, size: 20, italic: true)),
        (
            "NumberedParagraph",
            #"""
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="NumberedParagraph">\#
            <w:name w:val="NumberedParagraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>\#
            <w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:ind w:left="567" w:hanging="567"/></w:pPr></w:style>
            """#
        ),
        (
            "ListItem",
            #"""
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="ListItem"><w:name w:val="ListItem"/>\#
            <w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs>\#
            <w:ind w:left="1134" w:hanging="567"/><w:jc w:val="left"/></w:pPr></w:style>
            """#
        ),
        (
            "TableText",
            #"""
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="TableText"/>\#
            <w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="220" \#
            w:lineRule="exact"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>\#
            </w:style>
            """#
        ),
        (
            "MastheadBody",
            #"""
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="MastheadBody"><w:name w:val="MastheadBody"/>\#
            <w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="280" w:lineRule="exact"/>\#
            <w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
            """#
        ),
        (
            "MastheadSymbol",
            #"""
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="MastheadSymbol">\#
            <w:name w:val="MastheadSymbol"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120" \#
            w:line="320" w:lineRule="exact"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/>\#
            <w:szCs w:val="28"/></w:rPr></w:style>
            """#
        ),
        (
            "MastheadLine",
            #"""
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="MastheadLine"><w:name w:val="MastheadLine"/>\#
            <w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr></w:style>
            """#
        ),
        (
            "Header",
            #"""
            <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>\#
            <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr><w:tabs>\#
            <w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs>\#
            <w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="17"/>\#
            <w:szCs w:val="17"/></w:rPr></w:style>
            """#
        ),
        (
            "Footer",
            #"""
            <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\#
            <w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs>\#
            <w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="17"/>\#
            <w:szCs w:val="17"/></w:rPr></w:style>
            """#
        ),
        (
            "FootnoteText",
            #"""
            <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>\#
            <w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="284"/></w:tabs>\#
            <w:spacing w:after="0" w:line="220" w:lineRule="exact"/><w:ind w:left="284" w:hanging="284"/>\#
            <w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
            """#
        ),
        (
            "FootnoteReference",
            #"""
            <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>\#
            <w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
            """#
        ),
        (
            "TableGrid",
            #"""
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>\#
            <w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>\#
            <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>\#
            <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\#
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>\#
            <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\#
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>\#
            <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
            """#
        ),
    ]

    /// What every paragraph and run starts from before its style: the font, the size and
    /// British English, the language of UN documents in English.
    static let documentDefaults = #"""
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" \#
        w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="20"/><w:szCs w:val="20"/>\#
        <w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\#
        <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
        """#

    /// The whole styles.xml of the built-in reference document.
    static var stylesXML: String {
        WordXML.declaration + "\n" + #"<w:styles xmlns:w="\#(WordXML.main)">"# + documentDefaults
            + styles.map(\.xml).joined() + "</w:styles>"
    }

    private static func heading(level: Int, size: Int, italic: Bool) -> String {
        let before = level == 1 ? 360 : 240
        let slant = italic ? "<w:i/><w:iCs/>" : ""
        return #"""
            <w:style w:type="paragraph" w:styleId="Heading\#(level)"><w:name w:val="heading \#(level)"/>\#
            <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr>\#
            <w:keepNext/><w:keepLines/><w:spacing w:before="\#(before)" w:after="120" w:line="\#(size * 10 + 40)" \#
            w:lineRule="exact"/><w:jc w:val="left"/><w:outlineLvl w:val="\#(level - 1)"/></w:pPr><w:rPr><w:b/>\#
            <w:bCs/>\#(slant)<w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/></w:rPr></w:style>
            """#
    }
}
