import Foundation
import RapporteurTestSupport
import Testing

@testable import RapporteurKit

/// Every page document holds exactly the Markdown output's paragraphs, in order, with the
/// same text, numbers and headings: the Word and PDF files cannot drift from the other
/// formats. Each document is built from the fixtures its own render tests use, and the
/// demo's meeting.
@Suite struct PageDocumentTests {
    /// The text a block shows, as the Markdown's paragraph reads without its markup: the
    /// number or marker, a space, the text; a bullet ("-") or no marker is not text. A
    /// table is compared row by row instead.
    static func text(of block: PageBlock) -> String? {
        switch block {
        case .title(let text), .heading(_, let text), .paragraph(let text, _): return text
        case .numbered(let number, let text, _): return "\(number) \(text)"
        case .listItem(let marker, let text, _): return ["", "-"].contains(marker) ? text : "\(marker) \(text)"
        case .table: return nil
        }
    }

    /// The page's paragraphs and table rows, as `MarkdownParagraphs` reads the Markdown.
    static func reading(_ page: PageDocument) -> MarkdownParagraphs {
        var reading = MarkdownParagraphs("")
        for block in page.blocks {
            if case .table(let table) = block {
                reading.tableRows += [table.header] + table.rows
            } else if let text = text(of: block) {
                reading.paragraphs.append(text)
            }
        }
        return reading
    }

    private func expectSame(
        _ page: PageDocument, as view: Any, template: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let markdown = MarkdownParagraphs(try TemplateLibrary().render(view, with: "\(template).md"))
        let page = Self.reading(page)
        #expect(!markdown.paragraphs.isEmpty, sourceLocation: sourceLocation)
        #expect(page.paragraphs == markdown.paragraphs, sourceLocation: sourceLocation)
        #expect(page.tableRows == markdown.tableRows, sourceLocation: sourceLocation)
        for (index, pair) in zip(page.paragraphs, markdown.paragraphs).enumerated() where pair.0 != pair.1 {
            Issue.record(
                "paragraph \(index + 1) differs:\n  page:     \(pair.0)\n  markdown: \(pair.1)",
                sourceLocation: sourceLocation)
            break
        }
    }

    @Test(arguments: AttributionStyle.allCases)
    func theSummaryHasTheMarkdownsParagraphs(style: AttributionStyle) throws {
        let view = SummaryDocument(try summaryStore().recordSource(of: "PBA-57"), style: style)
        try expectSame(view.page, as: view, template: "summary")
    }

    @Test func theDemoSummaryHasTheMarkdownsParagraphs() throws {
        let view = SummaryDocument(try PageFixtures.demo().recordSource(of: "PBA-56"))
        try expectSame(view.page, as: view, template: "summary")
        #expect(view.page.blocks.first == .title(view.title))
        #expect(view.page.runningHeader == view.title)
    }

    @Test(arguments: [false, true])
    func theAgendaHasTheMarkdownsParagraphs(annotated: Bool) throws {
        let view = try PageFixtures.agenda(annotated: annotated)
        try expectSame(view.page, as: view, template: "agenda")
    }

    @Test func annotationsAndLinksSitUnderTheirItemAtItsText() throws {
        let blocks = try PageFixtures.agenda(annotated: true).page.blocks
        let item = try #require(blocks.firstIndex { if case .listItem("(a)", _, 1) = $0 { true } else { false } })
        #expect(
            Array(blocks[item + 1...item + 3]) == [
                .listItem(
                    marker: "", text: "Resolution 2/7 (HSP/HA.2/RES.7); document HSP/EB.2024/INF/16", depth: 1),
                .listItem(
                    marker: "",
                    text:
                        "The Secretariat reports on its work under resolution 2/7, with the information note HSP/EB.2024/INF/16.",
                    depth: 1),
                .listItem(marker: "", text: "The working group may wish to give guidance & take note.", depth: 1),
            ])
    }

    @Test(arguments: [AttributionStyle.named, .anonymous])
    func theFollowUpListHasTheMarkdownsParagraphs(style: AttributionStyle) throws {
        let store = try summaryStore()
        let list = try store.followUp(FollowUpFilter(asOf: try CalendarDate.parse("2024-12-02")))
        let view = FollowUpDocument(list, resolutionTitles: try store.resolutionTitles(), style: style)
        try expectSame(view.page, as: view, template: "followup")
    }

    @Test func theTrackerIsATableWithItsTotalThenTheSurplusesAndNotes() throws {
        let view = TrackerDocument(try PageFixtures.demo().tracker())
        try expectSame(view.page, as: view, template: "tracker")
        guard case .table(let table) = view.page.blocks[1] else {
            Issue.record("the tracker's second block is not its table")
            return
        }
        #expect(table.header == ["Resolution", "Status", "Required", "Mobilized", "Gap", "Gap %"])
        #expect(table.figureColumns == [2, 3, 4, 5])
        #expect(table.lastRowIsTotal)
        #expect(table.rows.last == ["Total", "", "$50,217K", "$23,966K", "$26,251K", "52%"])
        #expect(view.hasSurpluses && view.page.blocks.count > 3)
    }

    /// Fifteen resolutions: the introduction is 1, 1/1 to 1/5 take 2 to 7 (1/2 two, with
    /// its open question), 2/1 to 2/6 take 8 to 13, and 2/7's two updates 14 and 15.
    @Test func theProgressReportHasTheMarkdownsParagraphs() throws {
        let view = try PageFixtures.progressReport()
        try expectSame(view.page, as: view, template: "report")
        #expect(view.page.blocks.contains(.numbered(number: "15.", text: "Voluntary funding stays limited.")))
    }

    /// The comparison is not blind: a page a block short, or with a number changed,
    /// reads differently from the Markdown.
    @Test func aChangedOrMissingBlockIsSeen() throws {
        let view = SummaryDocument(try summaryStore().recordSource(of: "PBA-57"))
        let markdown = MarkdownParagraphs(try TemplateLibrary().render(view, with: "summary.md"))
        var page = view.page
        #expect(Self.reading(page) == markdown)
        page.blocks.remove(at: 5)
        #expect(Self.reading(page) != markdown)
        page = view.page
        let numbered = try #require(page.blocks.firstIndex { if case .numbered = $0 { true } else { false } })
        guard case .numbered(_, let text, _) = page.blocks[numbered] else { return }
        page.blocks[numbered] = .numbered(number: "1)", text: text)
        #expect(Self.reading(page) != markdown)
    }
}
