import Foundation
import RapporteurTestSupport
import Testing

@testable import RapporteurKit

/// The .docx as python-docx, an independent reader, opens it: the styles it names, the
/// paragraphs in order, the table's repeating header, the sections' headers and footers,
/// the masthead's footnote, and the font a reference document gives.
@Suite(.enabled(if: DocxReader.available, "\(DocxReader.missing)"))
struct DocxReaderTests {
    @Test func theMastheadAndTheBlocksReadBackInOrderWithWordsStyleNames() throws {
        let report = try DocxReader.read(try WordWriter.docx(WordFixture.page))
        let all = report.allParagraphs
        let expected: [DocxReader.Paragraph] = [
            .init(style: "MastheadBody", text: "Executive Board of the United Nations Human Settlements Programme"),
            .init(style: "MastheadSymbol", text: "HSP/EB.2025/14"),
            .init(style: "MastheadLine", text: "Distr.: General"),
            .init(style: "MastheadLine", text: "10 February 2025"),
            .init(style: "MastheadLine", text: "Original: English"),
            .init(style: "MastheadLine", text: "First session of 2025"),
            .init(style: "MastheadLine", text: "Nairobi, 25–27 March 2025"),
            .init(style: "MastheadLine", text: "Item 9 of the provisional agenda*"),
            .init(style: "MastheadLine", text: "Progress in carrying out the strategic plan"),
            .init(style: "Title", text: "Progress report on the strategic plan"),
            .init(style: "Subtitle", text: "Report of the Executive Director"),
            .init(style: "Heading 1", text: "I.\tIntroduction"),
            .init(style: "NumberedParagraph", text: "1.\tThe Board asked for a report on the plan at this session."),
            .init(style: "Heading 2", text: "A.\tWhat was done"),
            .init(style: "NumberedParagraph", text: "12.\tThree offices opened in the year:"),
            .init(style: "ListItem", text: "(a)\tone in the east;"),
            .init(style: "ListItem", text: "(i)\twith two staff;"),
            .init(style: "Heading 3", text: "Figures"),
            .init(style: "Normal", text: "The figures are in thousands of United States dollars."),
        ]
        #expect(Array(all.prefix(expected.count)) == expected)
        #expect(report.paragraphs.last == .init(style: "Normal", text: "Closing note & thanks."))
        #expect(report.coreTitle == "Progress report on the strategic plan")
    }

    @Test func theTableHeaderRepeatsAndItsFiguresAreFlushRight() throws {
        let report = try DocxReader.read(try WordWriter.docx(WordFixture.page))
        let tables = report.tables
        #expect(tables.count == 2)
        #expect(tables[0].headerRowsRepeat == [false])
        let budget = tables[1]
        #expect(budget.style == "Table Grid")
        #expect(budget.rows == [["Line of the budget", "Approved", "Spent"]] + WordFixture.budget.rows)
        #expect(budget.headerRowsRepeat == [true, false, false, false])
        let alignments = budget.cellParagraphs?[1].map { $0.first?.alignment }
        #expect(alignments == [nil, "RIGHT (2)", "RIGHT (2)"])
    }

    @Test func theFirstPageHasItsOwnHeaderAndEveryPageItsNumber() throws {
        let report = try DocxReader.read(try WordWriter.docx(WordFixture.page))
        #expect(report.sections.count == 1)
        let section = try #require(report.sections.first)
        #expect(section.differentFirstPageHeaderFooter)
        #expect(!section.oddAndEvenPagesHeaderFooter)
        #expect(section.header == "HSP/EB.2025/14")
        #expect(section.firstPageHeader == "")
        #expect(section.footerHasPageField && section.firstPageFooterHasPageField)
        #expect(section.pageWidthTwips == 11906 && section.pageHeightTwips == 16838)
        let note = report.footnotes.first { $0.type == nil }
        #expect(note?.id == 1 && note?.text == "*\tHSP/EB.2025/1.")
        #expect(report.footnotes.compactMap(\.type) == ["separator", "continuationSeparator"])
        #expect(report.footnoteReferences.count == 1)
        #expect(report.footnoteReferences.first?.customMarkFollows == true)
        #expect(report.footnoteReferences.first?.paragraphText == "Item 9 of the provisional agenda*")
    }

    @Test func theReferenceDocumentDecidesTheFontOfTheText() throws {
        let builtIn = try DocxReader.read(try WordWriter.docx(WordFixture.page))
        #expect(builtIn.styles["Normal"]?.font == "Times New Roman")
        #expect(builtIn.styles["Normal"]?.sizePt == 10)

        let folder = try WordFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try ReferenceDocumentTests.reference(
            changingStyles: { $0.replacingOccurrences(of: "Times New Roman", with: "Arial") }, in: folder)
        let reference = try ReferenceDocument.chosen(flag: file.path, templatesFolder: nil, environment: [:])
        let restyled = try DocxReader.read(try WordWriter.docx(WordFixture.page, reference: reference))
        #expect(restyled.styles["Normal"]?.font == "Arial")
        #expect(restyled.defaultFont == "Arial")
        #expect(restyled.styles["Heading 1"] != nil)
    }

    /// python-docx's own template was made in Word: its styles.xml has no NumberedParagraph
    /// nor masthead styles, its page is US Letter, and python-docx sets its Normal in Arial.
    @Test func aReferenceMadeInWordKeepsItsFontAndPageAndGainsTheStylesItLacks() throws {
        let folder = try WordFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "from-word.docx")
        let script = """
            import docx, sys
            document = docx.Document()
            document.styles["Normal"].font.name = "Arial"
            document.save(sys.argv[1])
            print(document.sections[0].page_width.twips)
            """
        let made = DocxReader.run(["python3", "-c", script, file.path])
        #expect(made.status == 0, "\(made.stderr)")
        let width = Int(made.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(width != nil && width != PageGeometry.a4.width)

        let reference = try ReferenceDocument(contentsOf: file.path)
        let report = try DocxReader.read(try WordWriter.docx(WordFixture.page, reference: reference))
        #expect(report.styles["Normal"]?.font == "Arial")
        #expect(report.sections.first?.pageWidthTwips == width)
        let styles = Set(report.allParagraphs.compactMap(\.style))
        #expect(
            styles.isSuperset(of: ["Heading 1", "Heading 2", "Heading 3", "NumberedParagraph", "ListItem", "Title"]))
        #expect(report.tables.last?.style == "Table Grid")
        #expect(report.sections.first?.footerHasPageField == true)
    }

    @Test func theBuiltInReferenceDocumentOpensWithEveryStyle() throws {
        let report = try DocxReader.read(try ReferenceDocument.builtIn.docx())
        let used = Set(report.allParagraphs.compactMap(\.style))
        let expected: Set<String> = [
            "MastheadBody", "MastheadSymbol", "MastheadLine", "Title", "Subtitle", "Heading 1", "Heading 2",
            "Heading 3", "NumberedParagraph", "ListItem", "Normal", "TableText",
        ]
        #expect(used == expected)
        #expect(
            report.styles["footnote text"] != nil && report.styles["Header"] != nil && report.styles["Footer"] != nil)
    }
}
