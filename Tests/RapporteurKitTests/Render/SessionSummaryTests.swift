import Foundation
import Testing

@testable import RapporteurKit

/// The summary of a session of several days: day by day under a heading of each day, or
/// item by item with an item's days together, numbered straight through either way.
@Suite struct SessionSummaryTests {
    /// EB-2024-2 with days 2 and 3 of `SessionDayFixture` imported one at a time.
    private func session() throws -> AppStore {
        let store = try recordStore()
        try store.importDay(
            try SessionDayFixture.record(SessionDayFixture.secondDay()), file: "day2.txt", into: "EB-2024-2")
        try store.importDay(
            try SessionDayFixture.record(SessionDayFixture.thirdDay()), file: "day3.txt", into: "EB-2024-2")
        return store
    }

    /// "12. The representative …", not the date line "4–6 December 2024".
    private func isNumbered(_ line: String) -> Bool {
        line.firstMatch(of: #/^[0-9]+\. /#) != nil
    }

    private func markdown(_ document: SummaryDocument) throws -> [String] {
        try TemplateLibrary().render(document, with: DocumentFormat.md.template("summary"))
            .split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix("#") || isNumbered($0) }
    }

    @Test func writtenFromTheRecordDayByDayEachDayHasItsHeadingAndNumbersRunOn() throws {
        let source = try session().recordSource(of: "EB-2024-2")
        let document = SummaryDocument(source, style: .named)
        #expect(document.arrangement == .byDay)
        let lines = try markdown(document)
        let headings = lines.filter { $0.hasPrefix("## ") || $0.hasPrefix("### ") }
        #expect(
            headings == [
                "## Meeting summary",
                "## Day 2 – Thursday, 5 December 2024",
                "### Agenda item 1 – Implementation of the resolutions of the Assembly.",
                "### Agenda item 2 – Strategic plan.",
                "## Day 3 – Friday, 6 December 2024",
                "### Agenda item 2 – Strategic plan.",
            ])
        let numbered = lines.filter { isNumbered($0) }
        #expect(numbered.map { String($0.prefix { $0 != "." }) } == ["1", "2", "3", "4", "5", "6", "7"])
        // Day 2 opens the session's record; Kenya's welcome ends day 2, France asks on day 3.
        #expect(numbered[1].contains("Brazil"))
        #expect(numbered[3].contains("Kenya welcomed the draft plan"))
        #expect(numbered[4].contains("France asked how the plan would be funded"))
        #expect(numbered[6].contains("was adjourned"))
    }

    @Test func writtenItemByItemAnItemsDaysComeTogetherInTheirOrder() throws {
        let source = try session().recordSource(of: "EB-2024-2")
        let document = SummaryDocument(source, style: .named, arrangement: .byItem)
        let lines = try markdown(document)
        #expect(!lines.contains { $0.hasPrefix("## Day") })
        let headings = lines.filter { $0.hasPrefix("### ") }
        #expect(
            headings == [
                "### Agenda item 1 – Implementation of the resolutions of the Assembly.",
                "### Agenda item 2 – Strategic plan.",
            ])
        let numbered = lines.filter { isNumbered($0) }
        #expect(numbered.map { String($0.prefix { $0 != "." }) } == ["1", "2", "3", "4", "5", "6", "7"])
        // Under item 2: Kenya of day 2, then France and the answer of day 3.
        #expect(numbered[3].contains("Kenya"))
        #expect(numbered[4].contains("France"))
        #expect(numbered[5].contains("described the funding of the plan"))
    }

    /// Written in the journals' own style, each day's printed paragraphs (numbered 1, 2,
    /// 3 and 1, 2) are numbered again through the document.
    @Test func thePublishedWordingOfEachDayIsNumberedAgainThroughTheDocument() throws {
        let source = try session().recordSource(of: "EB-2024-2")
        let published = try #require(source.published)
        #expect(published.paragraphs.map { [$0.day, $0.number] } == [[2, 1], [2, 2], [2, 3], [3, 1], [3, 2]])
        let style = try #require(published.style)
        for arrangement in SummaryArrangement.allCases {
            let document = SummaryDocument(source, style: style, arrangement: arrangement)
            let numbered = try markdown(document).filter { isNumbered($0) }
            #expect(
                numbered == [
                    "1. BRAZIL asked for a timeline of the housing report.",
                    "2. UN-Habitat undertook to share the timeline.",
                    "3. KENYA welcomed the draft plan.",
                    "4. FRANCE asked how the plan would be funded.",
                    "5. UN-Habitat described the funding of the plan.",
                ], "\(arrangement)")
        }
        let byDay = try markdown(SummaryDocument(source, style: style))
        #expect(byDay.filter { $0.hasPrefix("## Day") }.count == 2)
    }

    @Test func aMeetingOfOneDayIsWrittenItemByItemAsBefore() throws {
        let source = try summaryStore().recordSource(of: "PBA-57")
        let asked = SummaryDocument(source, arrangement: .byDay)
        #expect(asked.arrangement == .byItem)
        #expect(asked.sections.allSatisfy { $0.day == nil && $0.dayHeading == nil })
        let text = try TemplateLibrary().render(asked, with: DocumentFormat.md.template("summary"))
        #expect(
            text == (try TemplateLibrary().render(SummaryDocument(source), with: DocumentFormat.md.template("summary")))
        )
    }

    @Test func theWordDocumentHasTheDaysAsHeadings() throws {
        let document = SummaryDocument(try session().recordSource(of: "EB-2024-2"), style: .named)
        let headings = document.page.blocks.compactMap { block -> String? in
            if case .heading(let level, let text) = block, level == 1 { return text }
            return nil
        }
        #expect(
            headings == [
                "Meeting summary", "Day 2 – Thursday, 5 December 2024", "Day 3 – Friday, 6 December 2024",
            ])
    }
}

extension SessionSummaryTests {
    /// Day by day, the Akoma Ntoso form holds each day as a section of its items' sections.
    @Test(.enabled(if: SchemaValidator.available, "\(SchemaValidator.missing)"))
    func theAkomaNtosoFormOfASessionByDayIsValid() throws {
        let document = SummaryDocument(try session().recordSource(of: "EB-2024-2"), style: .named)
        let xml = AkomaNtosoSummary(document).xml
        #expect(xml.contains(#"<debateSection eId="dbsect_day_2" name="day">"#))
        #expect(xml.contains("<heading>Day 3 – Friday, 6 December 2024</heading>"))
        let result = try SchemaValidator.validate(xml)
        #expect(result.status == 0, "\(result.output)")
    }
}
