import Testing

@testable import RapporteurKit

/// The masthead is typeset as the page under it is; its symbols are not.
@Suite struct MastheadTypesettingTests {
    @Test func theMastheadsWordingIsTypesetAndItsSymbolsKept() throws {
        let masthead = Masthead(
            bodyName: "Executive Board of the United Nations Human Settlements Programme", symbol: "HSP/EB.2025/14",
            issued: nil, session: "First session of 2025", placeAndDates: "Nairobi, 25-27 March 2025",
            agendaItem: MastheadItem(
                label: "4", title: "Draft work programme and budget for 2026-2027",
                provisionalAgendaSymbol: "HSP/EB.2025/1"),
            title: "The Board's work programme", subtitle: "Note by the secretariat")
        let page = try PageFixtures.agenda(annotated: false).page(masthead: masthead)
        let typeset = try #require(page.masthead)
        #expect(typeset.placeAndDates == "Nairobi, 25–27 March 2025")
        #expect(typeset.agendaItem?.title == "Draft work programme and budget for 2026–2027")
        #expect(typeset.title == "The Board’s work programme")
        #expect(typeset.symbol == "HSP/EB.2025/14")
        #expect(typeset.agendaItem?.footnote == "HSP/EB.2025/1.")
        #expect(page.runningHeader == "HSP/EB.2025/14")
    }
}
