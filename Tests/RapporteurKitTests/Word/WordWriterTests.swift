import Foundation
import Testing

@testable import RapporteurKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The .docx as WordprocessingML, unzipped and parsed here: the parts Word needs, the
/// masthead, the styles of the blocks, the table's repeating header, the header and
/// footer of the pages and the masthead's footnote.
@Suite struct WordWriterTests {
    let parts: [String: String]
    let document: XMLDocument

    init() throws {
        parts = try WordFixture.parts(try WordWriter.docx(WordFixture.page))
        document = try WordFixture.xml(parts["word/document.xml"])
    }

    /// The texts of the body's paragraphs in order, cells included, each with its style.
    func paragraphs() throws -> [(style: String?, text: String)] {
        try WordFixture.nodes(document, "//*[local-name()='body']//*[local-name()='p']").map { node in
            let element = node as? XMLElement
            let style = try element?.nodes(
                forXPath: "./*[local-name()='pPr']/*[local-name()='pStyle']/@*[local-name()='val']"
            )
            .first?.stringValue
            let texts = try element?.nodes(forXPath: ".//*[local-name()='t' or local-name()='tab']") ?? []
            return (style, texts.map { $0.localName == "tab" ? "\t" : ($0.stringValue ?? "") }.joined())
        }
    }

    @Test func everyPartOfAWordPackageIsThereAndParses() throws {
        let expected = [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
            "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/header1.xml",
            "word/header2.xml", "word/footer1.xml", "word/footer2.xml", "word/footnotes.xml",
        ]
        #expect(Set(parts.keys) == Set(expected))
        for path in expected {
            #expect(throws: Never.self, "\(path) parses") { _ = try WordFixture.xml(parts[path]) }
        }
        let types = try WordFixture.xml(parts["[Content_Types].xml"])
        let overridden = try WordFixture.nodes(types, "//*[local-name()='Override']/@PartName").compactMap(
            \.stringValue)
        for path in expected where path.hasSuffix(".xml") && path != "[Content_Types].xml" {
            #expect(overridden.contains("/\(path)"), "\(path) has a content type")
        }
        let relationships = try WordFixture.xml(parts["word/_rels/document.xml.rels"])
        let targets = try WordFixture.nodes(relationships, "//*[local-name()='Relationship']/@Target").compactMap(
            \.stringValue)
        #expect(
            Set(targets).isSuperset(of: [
                "styles.xml", "settings.xml", "footnotes.xml", "header1.xml", "header2.xml", "footer1.xml",
            ]))
        let title = try WordFixture.nodes(try WordFixture.xml(parts["docProps/core.xml"]), "//*[local-name()='title']")
        #expect(title.first?.stringValue == "Progress report on the strategic plan")
    }

    @Test func theMastheadOpensTheDocumentPieceByPieceInTheUNOrder() throws {
        let texts = try paragraphs().map(\.text)
        let pieces = [
            "Executive Board of the United Nations Human Settlements Programme", "HSP/EB.2025/14",
            "Distr.: General", "10 February 2025", "Original: English", "First session of 2025",
            "Nairobi, 25–27 March 2025", "Item 9 of the provisional agenda*",
            "Progress in carrying out the strategic plan", "Progress report on the strategic plan",
            "Report of the Executive Director", "I.\tIntroduction",
        ]
        #expect(Array(texts.prefix(pieces.count)) == pieces)
        let styles = try paragraphs().prefix(pieces.count).map(\.style)
        #expect(styles[0] == "MastheadBody" && styles[1] == "MastheadSymbol")
        #expect(styles[9] == "Title" && styles[10] == "Subtitle" && styles[11] == "Heading1")
        // The body and the symbol share the first row of a table without lines, a rule below it.
        let firstRow = try WordFixture.nodes(document, "//*[local-name()='tbl'][1]//*[local-name()='tr']")
        #expect(firstRow.count == 1)
        let rule = try WordFixture.nodes(
            document,
            "//*[local-name()='tbl'][1]/*[local-name()='tblPr']/*[local-name()='tblBorders']/*[local-name()='bottom']/@*[local-name()='val']"
        )
        #expect(rule.first?.stringValue == "single")
    }

    @Test func blocksTakeTheirStylesAndNumbersHangBeforeATab() throws {
        let found = try paragraphs()
        #expect(
            found.contains { $0.style == "NumberedParagraph" && $0.text == "12.\tThree offices opened in the year:" })
        #expect(found.contains { $0.style == "ListItem" && $0.text == "(a)\tone in the east;" })
        #expect(found.contains { $0.style == "Heading2" && $0.text == "A.\tWhat was done" })
        #expect(found.contains { $0.style == "Heading3" && $0.text == "Figures" })
        // A paragraph takes the default style (Normal) and its emphasis as the run's.
        let italic = try WordFixture.nodes(
            document,
            "//*[local-name()='p'][not(*[local-name()='pPr']/*[local-name()='pStyle'])][.//*[local-name()='i']]")
        #expect(italic.first?.stringValue == "The figures are in thousands of United States dollars.")
        // A list item one level down indents one step (567 twips) further than the style's 1134.
        let deeper = try WordFixture.nodes(
            document,
            "//*[local-name()='p'][contains(., 'with two staff')]/*[local-name()='pPr']/*[local-name()='ind']/@*[local-name()='left']"
        )
        #expect(deeper.first?.stringValue == "1701")
        // Markup characters in the text are escaped, not taken as markup.
        #expect(found.contains { $0.text == "Travel <field>" })
        #expect(found.contains { $0.text == "Closing note & thanks." })
    }

    @Test func theTableRepeatsItsHeaderRowSetsFiguresRightAndTheTotalInBold() throws {
        let tables = try WordFixture.nodes(
            document,
            "//*[local-name()='tbl'][*[local-name()='tblPr']/*[local-name()='tblStyle'][@*[local-name()='val']='TableGrid']]"
        )
        #expect(tables.count == 1)
        let rows = try tables[0].nodes(forXPath: "./*[local-name()='tr']")
        #expect(rows.count == 4)
        let repeating = try rows.map {
            try !$0.nodes(forXPath: "./*[local-name()='trPr']/*[local-name()='tblHeader']").isEmpty
        }
        #expect(repeating == [true, false, false, false])
        let unsplit = try rows.map {
            try !$0.nodes(forXPath: "./*[local-name()='trPr']/*[local-name()='cantSplit']").isEmpty
        }
        #expect(unsplit == [true, false, false, false])
        let rightAligned = try rows[1].nodes(forXPath: "./*[local-name()='tc']").map {
            try $0.nodes(forXPath: ".//*[local-name()='jc']/@*[local-name()='val']").first?.stringValue
        }
        #expect(rightAligned == [nil, "right", "right"])
        let bold = try rows.map {
            try !$0.nodes(forXPath: ".//*[local-name()='r']/*[local-name()='rPr']/*[local-name()='b']").isEmpty
        }
        #expect(bold == [true, false, false, true])
    }

    @Test func theFirstPageDiffersAndTheOthersCarryTheSymbolAndEveryPageItsNumber() throws {
        let section = try WordFixture.nodes(document, "//*[local-name()='body']/*[local-name()='sectPr']")
        #expect(section.count == 1)
        #expect(try !section[0].nodes(forXPath: "./*[local-name()='titlePg']").isEmpty)
        let size = try section[0].nodes(forXPath: "./*[local-name()='pgSz']/@*").map {
            "\($0.localName ?? "")=\($0.stringValue ?? "")"
        }
        #expect(Set(size) == ["w=11906", "h=16838"])
        let references = try section[0].nodes(
            forXPath: "./*[local-name()='headerReference' or local-name()='footerReference']"
        )
        .compactMap { ($0 as? XMLElement)?.attributes?.first { $0.localName == "type" }?.stringValue }
        #expect(references.sorted() == ["default", "default", "first", "first"])
        #expect(parts["word/settings.xml"]?.contains("evenAndOddHeaders") == false)
        let firstHeader = try WordFixture.xml(parts["word/header1.xml"])
        #expect(firstHeader.rootElement()?.stringValue == "")
        // Nor does the first page carry the rule the Header style draws under the symbol.
        let rule = try WordFixture.nodes(
            firstHeader, "//*[local-name()='pBdr']/*[local-name()='bottom']/@*[local-name()='val']")
        #expect(rule.first?.stringValue == "nil")
        let header = try WordFixture.xml(parts["word/header2.xml"])
        #expect(header.rootElement()?.stringValue == "HSP/EB.2025/14")
        for footer in ["word/footer1.xml", "word/footer2.xml"] {
            let field = try WordFixture.nodes(
                try WordFixture.xml(parts[footer]), "//*[local-name()='fldSimple']/@*[local-name()='instr']")
            #expect(field.first?.stringValue == " PAGE ", "\(footer) numbers the page")
        }
    }

    @Test func theItemLineCarriesAStarFootnoteNamingTheProvisionalAgenda() throws {
        let reference = try WordFixture.nodes(document, "//*[local-name()='footnoteReference']")
        #expect(reference.count == 1)
        let attributes = (reference.first as? XMLElement)?.attributes?.reduce(into: [String: String]()) {
            $0[$1.localName ?? ""] = $1.stringValue
        }
        #expect(attributes == ["customMarkFollows": "1", "id": "1"])
        #expect(reference.first?.parent?.stringValue == "*")
        let footnotes = try WordFixture.xml(parts["word/footnotes.xml"])
        let ids = try WordFixture.nodes(footnotes, "//*[local-name()='footnote']/@*[local-name()='id']").compactMap(
            \.stringValue)
        #expect(ids == ["-1", "0", "1"])
        let note = try WordFixture.nodes(footnotes, "//*[local-name()='footnote'][@*[local-name()='id']='1']")
        #expect(note.first?.stringValue == "*HSP/EB.2025/1.")
    }

    @Test func headingStylesHaveOutlineLevelsForTheNavigationPane() throws {
        let styles = try WordFixture.xml(parts["word/styles.xml"])
        for level in 1...3 {
            let outline = try WordFixture.nodes(
                styles,
                "//*[local-name()='style'][@*[local-name()='styleId']='Heading\(level)']//*[local-name()='outlineLvl']/@*[local-name()='val']"
            )
            #expect(outline.first?.stringValue == "\(level - 1)")
            let name = try WordFixture.nodes(
                styles,
                "//*[local-name()='style'][@*[local-name()='styleId']='Heading\(level)']/*[local-name()='name']/@*[local-name()='val']"
            )
            #expect(name.first?.stringValue == "heading \(level)")
        }
    }

    @Test func aDocumentWithoutMastheadOpensWithItsTitleAndHasNoFootnoteOfItsOwn() throws {
        let page = PageDocument(
            runningHeader: "Summary of the meeting",
            blocks: [.title("Summary of the meeting"), .paragraph("Held in Nairobi.")])
        let parts = try WordFixture.parts(try WordWriter.docx(page))
        let document = try WordFixture.xml(parts["word/document.xml"])
        let first = try WordFixture.nodes(document, "//*[local-name()='body']/*[1]")
        #expect(first.first?.stringValue == "Summary of the meeting")
        #expect(try WordFixture.nodes(document, "//*[local-name()='tbl']").isEmpty)
        let ids = try WordFixture.nodes(
            try WordFixture.xml(parts["word/footnotes.xml"]), "//*[local-name()='footnote']/@*[local-name()='id']")
        #expect(ids.compactMap(\.stringValue) == ["-1", "0"])
        #expect(parts["word/header2.xml"]?.contains("Summary of the meeting") == true)
    }

    @Test func controlCharactersAreLeftOutSoThePartStaysWellFormed() throws {
        let page = PageDocument(
            runningHeader: "A \"quoted\" header", blocks: [.paragraph("bell\u{07} and form\u{0C}feed")])
        let parts = try WordFixture.parts(try WordWriter.docx(page))
        let document = try WordFixture.xml(parts["word/document.xml"])
        #expect(try WordFixture.nodes(document, "//*[local-name()='t']").first?.stringValue == "bell and formfeed")
        #expect(try WordFixture.xml(parts["word/header2.xml"]).rootElement()?.stringValue == "A \"quoted\" header")
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        #expect(try WordWriter.docx(WordFixture.page) == WordWriter.docx(WordFixture.page))
    }
}
