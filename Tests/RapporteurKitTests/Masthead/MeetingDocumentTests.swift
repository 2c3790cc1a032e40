import GRDB
import Testing

@testable import RapporteurKit

/// A meeting's documents: one of each kind a meeting, its symbol in canonical form and
/// one document's alone, what is not given again kept as it was.
@Suite struct MeetingDocumentTests {
    @Test func aDocumentIsRecordedWithItsSymbolInCanonicalForm() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        let recorded = try store.recordMeetingDocument(
            meeting: "eb-2025-1", kind: .provisionalAgenda, symbol: "hsp/eb.2025/1", issued: try day("2025-02-10"))
        #expect(
            recorded
                == MeetingDocumentEntry(
                    kind: .provisionalAgenda, symbol: "HSP/EB.2025/1", issued: try day("2025-02-10"), item: nil))
        #expect(try store.meetingDocuments(of: "EB-2025-1") == [recorded])
    }

    @Test func aSymbolGivenAgainReplacesTheOldOneAndKeepsWhatIsNotGiven() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        try store.recordMeetingDocument(
            meeting: "EB-2025-1", kind: .progressReport, symbol: "HSP/EB.2025/14", issued: try day("2025-02-20"),
            item: "9")
        try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .progressReport, symbol: "HSP/EB.2025/15")
        try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .progressReport, item: "2 (a)")
        #expect(
            try store.meetingDocuments(of: "EB-2025-1")
                == [
                    MeetingDocumentEntry(
                        kind: .progressReport, symbol: "HSP/EB.2025/15", issued: try day("2025-02-20"), item: "2(a)")
                ])
    }

    @Test func theDocumentsAreListedInTheOrderOfTheirKinds() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .progressReport, item: "9")
        try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .annotatedAgenda, symbol: "HSP/EB.2025/1/Add.1")
        try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .provisionalAgenda, symbol: "HSP/EB.2025/1")
        #expect(
            try store.meetingDocuments(of: "EB-2025-1").map(\.kind) == [
                .provisionalAgenda, .annotatedAgenda, .progressReport,
            ])
    }

    @Test func aSymbolOfAnotherMeetingsDocumentIsRefusedAndNothingIsWritten() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        try store.planMeeting(
            MeetingPlan(
                body: "EB", session: 2, year: 2025, startDate: try day("2025-11-25"), endDate: try day("2025-11-27")))
        try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .provisionalAgenda, symbol: "HSP/EB.2025/1")
        let error = try #require(throws: RapporteurError.self) {
            try store.recordMeetingDocument(
                meeting: "EB-2025-2", kind: .provisionalAgenda, symbol: "hsp/eb.2025/1", issued: try day("2025-10-01"))
        }
        #expect(
            error.message
                == "HSP/EB.2025/1 is already the symbol of the provisional agenda of EB-2025-1; a symbol names one document, so the symbol must be another"
        )
        #expect(error.field == .symbol)
        #expect(error.kind == .failure)
        #expect(try store.meetingDocuments(of: "EB-2025-2") == [])
        // Nor another document of the same meeting.
        #expect(throws: RapporteurError.self) {
            try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .progressReport, symbol: "HSP/EB.2025/1")
        }
        #expect(try store.meetingDocuments(of: "EB-2025-1").map(\.kind) == [.provisionalAgenda])
    }

    @Test func aMalformedSymbolNamesTheFieldAndTheValue() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        let error = try #require(throws: RapporteurError.self) {
            try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .provisionalAgenda, symbol: "HSP//1")
        }
        #expect(error.kind == .invalidInput)
        #expect(error.field == .symbol)
        #expect(error.value == "HSP//1")
        #expect(error.message.hasPrefix("the symbol: 'HSP//1' is not a document symbol"), "\(error.message)")
        #expect(try store.meetingDocuments(of: "EB-2025-1") == [])
    }

    @Test func theProvisionalAgendaIsIssuedUnderNoItem() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        let error = try #require(throws: RapporteurError.self) {
            try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .provisionalAgenda, item: "2a")
        }
        #expect(error.field == .agendaItem)
        #expect(error.kind == .invalidInput)
        #expect(throws: RapporteurError.self) {
            try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .progressReport, item: "nine")
        }
        #expect(try store.meetingDocuments(of: "EB-2025-1") == [])
    }

    @Test func theSymbolIsTheSameDocumentAsAnAgendaItemsDocument() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        try store.editAgendaItem(
            meeting: "EB-2025-1", item: "2a", title: nil, links: AgendaLinks(documents: ["HSP/EB.2025/1/Add.1"]))
        try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .annotatedAgenda, symbol: "hsp/eb.2025/1/add.1")
        let rows = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE symbol = 'HSP/EB.2025/1/Add.1'")
        }
        #expect(rows == 1)
    }

    @Test func givingNothingRecordsNothing() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        let entry = try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .summary)
        #expect(entry == MeetingDocumentEntry(kind: .summary, symbol: nil, issued: nil, item: nil))
        #expect(try store.meetingDocuments(of: "EB-2025-1") == [])
    }

    @Test func removingTheMeetingListsAndRemovesItsDocuments() throws {
        let store = try referenceStoreCopy()
        try planEB2025(in: store)
        try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .provisionalAgenda, symbol: "HSP/EB.2025/1")
        try store.recordMeetingDocument(meeting: "EB-2025-1", kind: .progressReport, item: "9")
        let listed = "2 documents: provisional agenda HSP/EB.2025/1, progress report (no symbol yet)"
        #expect(try store.removal(of: "EB-2025-1").lines.contains(listed))
        #expect(try store.removeMeeting("EB-2025-1").lines.contains(listed))
        #expect(try store.read { db in try MeetingDocument.fetchCount(db) } == 0)
    }
}
