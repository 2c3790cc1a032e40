import Foundation
import RapporteurTestSupport
import Testing

@testable import RapporteurKit

/// The progress report's section on decisions, and the footnotes of its updates,
/// numbered straight through the report whatever marks their report gave them.
@Suite struct ProgressReportFootnoteTests {
    /// Our own report: resolution 2/7 calls footnote ³, decision 1/3 calls ¹.
    static let fixture = """
        A. Resolution 2/7
        1. A guide was published.³
        B. Decision 1/3 on the transition
        2. The Board asked its working group to resume.¹

        ³ Available from the secretariat.
        ¹ Decision 2099/4 of the Executive Board.
        """

    /// A store with the Board session EB-2025-1 the report goes to.
    static func storeWithSession() throws -> AppStore {
        let store = try recordStore()
        try store.planMeeting(
            MeetingPlan(
                body: "EB", session: 1, startDate: try CalendarDate.parse("2025-03-05"),
                endDate: try CalendarDate.parse("2025-03-07"), venue: "Nairobi"))
        return store
    }

    static func report() throws -> ProgressReportDocument {
        let store = try storeWithSession()
        try store.addDecision(body: "HA", key: "1/3", title: "Transition arrangements", adoptedOn: nil)
        try store.importReport(
            Self.fixture, file: "r.txt", asOf: try CalendarDate.parse("2025-02-01"), symbol: "HSP/EB.2099/2")
        return try store.progressReport(for: "EB-2025-1")
    }

    @Test func decisionsHaveASectionAfterTheResolutions() throws {
        let report = try Self.report()
        #expect(report.sections.last?.heading == "IV. Implementation of decisions")
        let blocks = try #require(report.sections.last?.blocks)
        #expect(blocks.compactMap(\.subheading) == ["A. Decision 1/3 of the Assembly – Transition arrangements"])
        #expect(blocks.compactMap { $0.paragraph?.text } == ["The Board asked its working group to resume.²"])
        let numbers = report.sections.flatMap { $0.blocks.compactMap { $0.paragraph?.number } }
        #expect(numbers == Array(1...numbers.count))
    }

    @Test func footnotesAreNumberedThroughTheReport() throws {
        let report = try Self.report()
        #expect(
            report.footnotes == [
                ReportFootnote(number: 1, text: "Available from the secretariat."),
                ReportFootnote(number: 2, text: "Decision 2099/4 of the Executive Board."),
            ])
        let guide = try #require(
            report.sections.flatMap { $0.blocks.compactMap(\.paragraph) }.first { $0.text.hasPrefix("A guide") })
        #expect(guide.text == "A guide was published.¹")
        #expect(
            guide.segments == [TextSegment(text: "A guide was published.", call: 1), TextSegment(text: "", call: nil)])
    }

    @Test func marksRenumberedUpwardsAreEachMovedOnceAndAUnitsExponentIsNoCall() throws {
        // Resolution 1/2 comes before 2/7 in the progress report and calls ³, so 2/7's ¹ and
        // ² become 2 and 3, each moved once; the ² of "40 km²" is no call and stays.
        let store = try Self.storeWithSession()
        let text = """
            A. Resolution 2/7
            1. Some 40 km² were mapped¹ and a guide was published.²
            B. Resolution 1/2
            2. The guidelines were translated.³

            ¹ By the city.
            ² Available from the secretariat.
            ³ Into six languages.
            """
        try store.importReport(text, file: "r.txt", asOf: try CalendarDate.parse("2025-02-01"), symbol: "HSP/EB.2099/2")
        let report = try store.progressReport(for: "EB-2025-1")
        let texts = report.sections.flatMap { $0.blocks.compactMap { $0.paragraph?.text } }
        #expect(texts.contains("The guidelines were translated.¹"))
        #expect(texts.contains("Some 40 km² were mapped² and a guide was published.³"), "\(texts)")
        #expect(
            report.footnotes.map(\.text) == ["Into six languages.", "By the city.", "Available from the secretariat."])
        let mapped = try #require(
            report.sections.flatMap { $0.blocks.compactMap(\.paragraph) }.first { $0.text.hasPrefix("Some 40") })
        #expect(
            mapped.segments == [
                TextSegment(text: "Some 40 km² were mapped", call: 2),
                TextSegment(text: " and a guide was published.", call: 3), TextSegment(text: "", call: nil),
            ])
    }

    @Test func markdownAndHTMLSetRealFootnotesAndTextANoteAfterTheParagraph() throws {
        let report = try Self.report()
        let library = try TemplateLibrary()
        let markdown = try library.render(report, with: DocumentFormat.md.template("report"))
        #expect(markdown.contains("A guide was published.[^1]\n"))
        #expect(markdown.contains("The Board asked its working group to resume.[^2]\n"))
        #expect(
            markdown.hasSuffix(
                "[^1]: Available from the secretariat.\n\n[^2]: Decision 2099/4 of the Executive Board.\n"))
        let html = try library.render(report, with: DocumentFormat.html.template("report"))
        #expect(
            html.contains(
                ##"A guide was published.<sup class="footnote-call"><a href="#footnote-1" id="call-1">1</a></sup></p>"##
            ))
        #expect(html.contains(##"<li id="footnote-2">Decision 2099/4 of the Executive Board. <a href="#call-2">"##))
        let text = try library.render(report, with: DocumentFormat.txt.template("report"))
        #expect(text.contains("A guide was published.¹\n    ¹ Available from the secretariat.\n"))
    }

    @Test func wordSetsEachFootnoteAtTheFootOfThePage() throws {
        let parts = WordWriter.parts(try Self.report().page, reference: .builtIn)
        let document = try #require(parts.first { $0.path == "word/document.xml" }?.text)
        let footnotes = try #require(parts.first { $0.path == "word/footnotes.xml" }?.text)
        #expect(document.contains(#"<w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>1</w:t>"#))
        #expect(document.contains(#"<w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>2</w:t>"#))
        #expect(!document.contains("¹") && !document.contains("²"))
        #expect(footnotes.contains(#"<w:footnote w:id="2">"#))
        #expect(footnotes.contains("Available from the secretariat."))
        #expect(footnotes.contains("Decision 2099/4 of the Executive Board."))
    }
}

/// The Word file cannot drift from the Markdown: the page holds the Markdown's
/// paragraphs, each footnote's call where the Markdown writes [^N], and the footnotes
/// the Markdown defines at its end.
@Suite struct ProgressReportFootnotePageTests {
    @Test func thePageHoldsTheMarkdownsParagraphsAndFootnotes() throws {
        let report = try ProgressReportFootnoteTests.report()
        let markdown = MarkdownParagraphs(try TemplateLibrary().render(report, with: "report.md"))
        var page = PageDocumentTests.reading(report.page).paragraphs
        let footnotes = report.page.blocks.flatMap(\.footnotes)
        for footnote in footnotes {
            page = page.map { $0.replacingOccurrences(of: footnote.call, with: "[^\(footnote.number)]") }
        }
        page += footnotes.map { "[^\($0.number)]: \($0.text)" }
        #expect(footnotes.count == 2)
        #expect(page == markdown.paragraphs)
    }
}
