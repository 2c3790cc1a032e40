import GRDB
import Testing

@testable import RapporteurKit

/// The masthead of a pre-session document, from the meeting, its body and its documents
/// (docs/EDITORIAL.md, "The page"; samples/32 and seed 001 show real ones).
@Suite struct MastheadTests {
    private static let board = "Executive Board of the United Nations Human Settlements Programme"

    @Test func theProvisionalAgendasMastheadHasTheBodySessionPlaceAndDatesAndWhatWasGiven() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        let masthead = try store.masthead(
            meeting: "EB-2025-1", kind: .provisionalAgenda, symbol: "HSP/EB.2025/1", issued: try day("2025-02-10"))
        #expect(
            masthead
                == Masthead(
                    bodyName: Self.board, symbol: "HSP/EB.2025/1", distribution: "General",
                    issued: try day("2025-02-10"), session: "First session of 2025",
                    placeAndDates: "Nairobi, 25\u{2013}27 March 2025", agendaItem: nil, title: "Provisional agenda"))
        #expect(masthead.distributionText == "Distr.: General")
        #expect(masthead.issuedText == "10 February 2025")
    }

    @Test func whatWasRecordedIsFoundAgainWithoutBeingGiven() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        _ = try store.masthead(
            meeting: "EB-2025-1", kind: .provisionalAgenda, symbol: "HSP/EB.2025/1", issued: try day("2025-02-10"))
        let again = try store.masthead(meeting: "EB-2025-1", kind: .provisionalAgenda)
        #expect(again.symbol == "HSP/EB.2025/1")
        #expect(again.issued == (try day("2025-02-10")))
    }

    /// Seed 001's masthead: "Item 9 of the provisional agenda*", the item's title, and the
    /// footnote naming the provisional agenda; the report's title and its sub-title.
    @Test func theProgressReportIsIssuedUnderItsItemWithTheProvisionalAgendaInTheFootnote() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        // Items 3 to 9 go before "Other matters", which becomes 10.
        for title in [
            "Report of the Executive Director", "Strategic plan", "Budget and work programme", "Audit reports",
            "Evaluation reports", "Country programme documents",
            "Progress on the implementation of the resolutions of the Assembly",
        ].reversed() {
            try store.addAgendaItem(meeting: "EB-2025-1", title: title, at: "3")
        }
        _ = try store.masthead(meeting: "EB-2025-1", kind: .provisionalAgenda, symbol: "HSP/EB.2025/1")
        let heading = MastheadTitle(documentTitle: ProgressReportDocument.standardTitle)
        let masthead = try store.masthead(
            meeting: "EB-2025-1", kind: .progressReport, symbol: "HSP/EB.2025/14", item: "9", title: heading.title,
            subtitle: heading.subtitle)
        let item = try #require(masthead.agendaItem)
        #expect(
            item
                == MastheadItem(
                    label: "9", title: "Progress on the implementation of the resolutions of the Assembly",
                    provisionalAgendaSymbol: "HSP/EB.2025/1"))
        #expect(item.line == "Item 9 of the provisional agenda")
        #expect(item.footnote == "HSP/EB.2025/1.")
        #expect(masthead.symbol == "HSP/EB.2025/14")
        #expect(masthead.title == "Implementation of the resolutions adopted by the United Nations Habitat Assembly")
        #expect(masthead.subtitle == "Report of the Executive Director")
        #expect(try store.masthead(meeting: "EB-2025-1", kind: .progressReport) == masthead)
    }

    /// The session of the demo database: the Board's standard agenda stops at item 4, so
    /// item 9 is named without a title, and its footnote still names the provisional agenda.
    @Test func onTheDemoDatabaseTheProgressReportsItemLineNamesTheProvisionalAgenda() throws {
        let store = try demoStore()
        try planEB2025(in: store)
        _ = try store.masthead(
            meeting: "EB-2025-1", kind: .provisionalAgenda, symbol: "HSP/EB.2025/1", issued: try day("2025-02-10"))
        let masthead = try store.masthead(
            meeting: "EB-2025-1", kind: .progressReport, symbol: "HSP/EB.2025/14", item: "9")
        #expect(masthead.agendaItem == MastheadItem(label: "9", title: nil, provisionalAgendaSymbol: "HSP/EB.2025/1"))
        #expect(masthead.agendaItem?.footnote == "HSP/EB.2025/1.")
        #expect(masthead.bodyName == Self.board)
        #expect(masthead.session == "First session of 2025")
        #expect(masthead.placeAndDates == "Nairobi, 25\u{2013}27 March 2025")
        #expect(masthead.issued == nil)
        #expect(masthead.subtitle == "Report of the Executive Director")
    }

    @Test func theAnnotatedAgendaIsIssuedUnderTheItemOnTheAdoptionOfTheAgenda() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        let masthead = try store.masthead(meeting: "EB-2025-1", kind: .annotatedAgenda, symbol: "HSP/EB.2025/1/Add.1")
        #expect(
            masthead.agendaItem
                == MastheadItem(label: "2(a)", title: "Adoption of the agenda", provisionalAgendaSymbol: nil))
        #expect(masthead.title == "Annotations to the provisional agenda")
        #expect(masthead.subtitle == "Note by the secretariat")
        // The default is not stored: given an item, the annotated agenda is issued under it.
        #expect(try store.meetingDocuments(of: "EB-2025-1").first?.item == nil)
        let under = try store.masthead(meeting: "EB-2025-1", kind: .annotatedAgenda, item: "2")
        #expect(under.agendaItem?.title == "Organizational matters")
    }

    @Test func theSecretariatIsWrittenAsTheBodyWritesIt() throws {
        let store = try referenceStoreCopy()
        try planPBA56(in: store)
        try store.addStandardItems(meeting: "PBA-56")
        let masthead = try store.masthead(meeting: "PBA-56", kind: .annotatedAgenda)
        #expect(masthead.subtitle == "Note by the Secretariat")
        #expect(masthead.agendaItem?.label == "1")
        #expect(masthead.agendaItem?.title == "Adoption of the provisional agenda")
        #expect(
            masthead.bodyName
                == "Ad hoc working group on programmatic, budgetary and administrative matters of the Executive Board")
        #expect(masthead.session == "Fifty-sixth meeting")
        #expect(masthead.placeAndDates == "UNON Conference Room 4, 16 October 2024")
    }

    @Test func whatIsNotKnownStaysNilAndTheMastheadSaysSoWithoutWriting() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        let masthead = try store.masthead(meeting: "EB-2025-1", kind: .annotatedAgenda)
        #expect(masthead.symbol == nil)
        #expect(masthead.issued == nil)
        #expect(masthead.symbolText == "[symbol not yet assigned]")
        #expect(masthead.issuedText == "[date of issue not given]")
        #expect(masthead.agendaItem?.footnote == "[symbol of the provisional agenda not yet assigned]")
        #expect(try store.read { db in try MeetingDocument.fetchCount(db) } == 0)
    }

    @Test func theDistributionIsTheBodys() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        var change = BodySettingsChange()
        change.distribution = .limited
        #expect(try store.updateBody("EB", settings: change).distribution == .limited)
        let masthead = try store.masthead(meeting: "EB-2025-1", kind: .provisionalAgenda)
        #expect(masthead.distribution == "Limited")
        #expect(masthead.distributionText == "Distr.: Limited")
        #expect(try store.body("PBA").distribution == .general)
    }

    @Test func afterAdoptionTheItemIsTitledAsTheProvisionalAgendaIssuedIt() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        try store.adoptAgenda(meeting: "EB-2025-1")
        try store.editAgendaItem(
            meeting: "EB-2025-1", item: "3", title: "Other matters, including the date of the next session",
            links: AgendaLinks(), asAmended: true)
        let masthead = try store.masthead(meeting: "EB-2025-1", kind: .progressReport, item: "3")
        #expect(masthead.agendaItem?.title == "Other matters")
    }

    @Test func aSummaryNeedsItsOwnTitle() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        #expect(throws: RapporteurError.self) { try store.masthead(meeting: "EB-2025-1", kind: .summary) }
        #expect(try store.masthead(meeting: "EB-2025-1", kind: .summary, title: "Summary").title == "Summary")
    }

    @Test func aTitleKeepsItsColonWhenWhatFollowsIsNoSubtitle() {
        #expect(
            MastheadTitle(
                documentTitle:
                    "Implementation of the resolutions adopted by the Assembly: report of the Executive Director")
                == MastheadTitle(
                    title: "Implementation of the resolutions adopted by the Assembly",
                    subtitle: "Report of the Executive Director"))
        #expect(
            MastheadTitle(documentTitle: "Strategic plan: a draft") == MastheadTitle(title: "Strategic plan: a draft"))
    }
}
