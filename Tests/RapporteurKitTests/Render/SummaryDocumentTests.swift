import Foundation
import Testing

@testable import RapporteurKit

@Suite struct SummaryDocumentTests {
    private func summary(_ style: AttributionStyle? = nil) throws -> SummaryDocument {
        SummaryDocument(try summaryStore().recordSource(of: "PBA-57"), style: style)
    }

    private func render(_ style: AttributionStyle, _ format: DocumentFormat) throws -> String {
        try TemplateLibrary().render(try summary(style), with: format.template("summary"))
    }

    private func paragraphs(_ document: SummaryDocument) -> [String] {
        document.sections.flatMap { $0.blocks.compactMap { $0.paragraph?.text } }
    }

    @Test(arguments: AttributionStyle.allCases, DocumentFormat.allCases)
    func everyStyleAndFormatMatchesItsGoldenFile(style: AttributionStyle, format: DocumentFormat) throws {
        expectSnapshot(try render(style, format), named: "summary-\(style.rawValue).\(format.rawValue)")
    }

    @Test func paragraphsAreNumberedStraightThroughAndHeadingsAreNot() throws {
        let numbers = try summary().sections.flatMap { $0.blocks.compactMap { $0.paragraph?.number } }
        #expect(numbers == Array(1...numbers.count))
        #expect(
            try summary().sections.map(\.heading) == [
                "Agenda item 1 – Adoption of the provisional agenda.",
                "Agenda item 2 – Progress on the resolutions of the second session.",
                "Agenda item 3 – Any other business.",
            ])
    }

    @Test func anonymousSubjectsFollowTheEditorialRules() throws {
        let texts = paragraphs(try summary(.anonymous))
        #expect(texts.contains("A Member State asked when the housing platform would open."))
        #expect(texts.contains("The same Member State requested a timeline for its first release."))
        #expect(texts.contains("Another Member State welcomed the *new* platform & its <beta> test [pilot]."))
        #expect(
            texts.contains("The delegate from France announced a meeting of housing ministers that it would co-host."))
        #expect(texts.contains("Member States stressed the value of regional hubs."))
        #expect(texts.contains("The African Group asked for support to national adaptation plans."))
        #expect(texts.contains("The representative of UNICEF offered to share child-focused indicators."))
        #expect(texts.contains("The Chair invited comments on the reporting cycle."))
    }

    @Test func namedAndCapitalsStylesNameEveryDelegation() throws {
        let named = paragraphs(try summary(.named))
        #expect(named.contains("The representative of Kenya requested a timeline for its first release."))
        #expect(
            named.contains(
                "The representative of the Philippines welcomed the *new* platform & its <beta> test [pilot]."))
        #expect(named.contains("The representatives of Brazil and Colombia stressed the value of regional hubs."))
        let capitals = paragraphs(try summary(.capitals))
        #expect(capitals.contains("TÜRKIYE asked how urban heat would be monitored."))
        #expect(capitals.contains("BRAZIL and COLOMBIA stressed the value of regional hubs."))
    }

    @Test func stylesDifferOnlyInSubjects() throws {
        let anonymous = paragraphs(try summary(.anonymous))
        let named = paragraphs(try summary(.named))
        #expect(anonymous.count == named.count)
        let subject = /^(A|Another|The same) Member State|^Member States|^The delegate from \S+/
        for (left, right) in zip(anonymous, named) where left != right {
            let leftPredicate = left.replacing(subject, with: "", maxReplacements: 1)
            let rightPredicate = right.replacing(
                /^The representatives? of (the )?\S+( and \S+)?/, with: "", maxReplacements: 1)
            #expect(leftPredicate == rightPredicate, "\(left) | \(right)")
        }
        let headings = { (document: SummaryDocument) in document.sections.map(\.heading) }
        #expect(headings(try summary(.anonymous)) == headings(try summary(.named)))
    }

    @Test func anonymousOutputNamesNoMemberStateButTheFlaggedOne() throws {
        let text = paragraphs(try summary(.anonymous)).joined(separator: "\n")
        for state in try referenceStore().states() where state.name != "France" {
            #expect(!text.contains(state.name), "\(state.name) is named")
        }
        #expect(text.contains("France"))
    }

    @Test func theSameRecordRendersTheSameBytes() throws {
        let store = try summaryStore()
        let first = try TemplateLibrary().render(
            SummaryDocument(try store.recordSource(of: "PBA-57")), with: "summary.md")
        let second = try TemplateLibrary().render(
            SummaryDocument(try store.recordSource(of: "PBA-57")), with: "summary.md")
        #expect(first == second)
    }

    @Test func renderingDoesNotChangeTheDatabase() throws {
        let store = try summaryStore()
        let before = try store.rowCounts()
        let meeting = try store.meeting("PBA-57")
        _ = try TemplateLibrary().render(SummaryDocument(try store.recordSource(of: "PBA-57")), with: "summary.html")
        #expect(try store.rowCounts() == before)
        #expect(try store.meeting("PBA-57") == meeting)
    }

    @Test func htmlShowsMarkupInWhatWasSaidAsText() throws {
        let store = try summaryStore()
        try store.say(
            "Kenya", .comment, "warned against <script>alert('x')</script> in shared files", item: "3",
            meeting: "PBA-57")
        let html = try TemplateLibrary().render(
            SummaryDocument(try store.recordSource(of: "PBA-57")), with: "summary.html")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert("))
    }

    @Test func markdownEscapesWhatWouldTurnIntoMarkup() throws {
        let markdown = try render(.anonymous, .md)
        #expect(markdown.contains(#"welcomed the \*new\* platform & its \<beta\> test \[pilot\]."#))
    }

    @Test func anEmptyOtherBusinessItemSaysSoAndTheMeetingIsAdjourned() throws {
        let last = try summary().sections.last!.blocks.compactMap { $0.paragraph?.text }
        #expect(
            last == [
                "No other business was raised.",
                "The fifty-seventh meeting of the ad hoc working group on programmatic, budgetary and administrative matters of the Executive Board was adjourned at 12:55 EAT.",
            ])
    }
}
