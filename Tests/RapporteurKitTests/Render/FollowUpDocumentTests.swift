import Testing

@testable import RapporteurKit

@Suite struct FollowUpDocumentTests {
    private func document(_ style: AttributionStyle) throws -> FollowUpDocument {
        let store = try summaryStore()
        let list = try store.followUp(FollowUpFilter(asOf: try CalendarDate.parse("2024-12-02")))
        return FollowUpDocument(list, resolutionTitles: try store.resolutionTitles(), style: style)
    }

    @Test(arguments: [AttributionStyle.named, .anonymous], DocumentFormat.allCases)
    func everyStyleAndFormatMatchesItsGoldenFile(style: AttributionStyle, format: DocumentFormat) throws {
        expectSnapshot(
            try TemplateLibrary().render(try document(style), with: format.template("followup")),
            named: "followup-\(style.rawValue).\(format.rawValue)")
    }

    @Test func theHeadingGivesTheDateAndTheCounts() throws {
        #expect(
            try document(.named).summary
                == "As of 2 December 2024: two open asks (one partially answered) and two open commitments (one overdue)."
        )
    }

    @Test func theInternalListNamesWhoAskedAndTheAnonymousOneDoesNot() throws {
        let named = try document(.named).groups.flatMap { $0.meetings.flatMap(\.asks) }
        #expect(named.map(\.askedBy) == ["The African Group", "Kenya"])
        let anonymous = try document(.anonymous).groups.flatMap { $0.meetings.flatMap(\.asks) }
        #expect(anonymous.map(\.askedBy) == ["The African Group", "A Member State"])
    }

    @Test func groupsAreResolutionsInOrderThenTheRest() throws {
        #expect(
            try document(.named).groups.map(\.heading) == [
                "Resolution 2/5 – Enhancing the interlinkage between urbanization and climate change resilience",
                "Resolution 2/7 – Adequate housing for all",
                "Other matters (no resolution named)",
            ])
    }
}
