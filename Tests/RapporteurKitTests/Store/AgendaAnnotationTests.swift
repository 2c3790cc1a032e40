import Foundation
import GRDB
import Testing

@testable import RapporteurKit

/// An agenda item's annotation: paragraphs kept as given (each on one line, a blank line
/// between them), stamped with who wrote them, removed by an empty text.
@Suite struct AgendaAnnotationTests {
    private static let written = "2024-10-01T08:00:00Z"

    /// PBA-56 with the standard items and item 2 on the implementation of resolutions,
    /// in a store that writes as "secretary" at `written`.
    private func pba56(on queue: DatabaseQueue) throws -> AppStore {
        let date = ISO8601DateFormatter().date(from: Self.written)!
        let store = try AppStore(queue, audit: AuditStamp(user: "secretary", clock: { date }))
        try store.loadReferenceWorld()
        try planPBA56(in: store)
        try store.addStandardItems(meeting: "PBA-56")
        try store.addAgendaItem(meeting: "PBA-56", title: "Implementation of all resolutions", at: "2")
        try store.addAgendaItem(
            meeting: "PBA-56", title: "Smart cities", under: "2", links: AgendaLinks(resolutions: ["2/1"]))
        return store
    }

    @Test func anAnnotationOfTwoParagraphsIsKeptAndReadBack() throws {
        let queue = try DatabaseQueue()
        let store = try pba56(on: queue)
        let change = try store.annotateAgendaItem(
            meeting: "PBA-56", item: "2a",
            text: "The Secretariat reports on resolution 2/1\non smart cities.\n\n  The subcommittee may take note.  ")
        #expect(change == AgendaAnnotationChange(label: "2(a)", title: "Smart cities", paragraphs: 2, removed: false))
        let agenda = try store.agenda(of: "PBA-56")
        #expect(
            agenda[1].children[0].annotation
                == "The Secretariat reports on resolution 2/1 on smart cities.\n\nThe subcommittee may take note.")
        #expect(agenda[0].annotation == nil)
        #expect(agenda[1].annotation == nil)
        let stamp = try queue.read { db in
            try Row.fetchOne(
                db, sql: "SELECT updatedBy, updatedAt FROM agendaItem WHERE annotation IS NOT NULL")
        }
        #expect(stamp?["updatedBy"] == "secretary")
        #expect(stamp?["updatedAt"] == Self.written)
    }

    @Test func anEmptyTextRemovesTheAnnotation() throws {
        let store = try pba56(on: try DatabaseQueue())
        try store.annotateAgendaItem(
            meeting: "PBA-56", item: "2", text: "Under this item, the report of the Secretariat.")
        let removed = try store.annotateAgendaItem(meeting: "PBA-56", item: "2", text: " \n\n ")
        #expect(removed.removed)
        #expect(removed.paragraphs == 0)
        #expect(try store.agenda(of: "PBA-56")[1].annotation == nil)
        #expect(try store.annotateAgendaItem(meeting: "PBA-56", item: "2", text: nil).removed == false)
    }

    @Test func anUnknownItemOrMeetingIsRefusedAndNothingIsWritten() throws {
        let queue = try DatabaseQueue()
        let store = try pba56(on: queue)
        #expect(throws: RapporteurError.self) {
            try store.annotateAgendaItem(meeting: "PBA-56", item: "7", text: "An item that is not there.")
        }
        #expect(throws: RapporteurError.self) {
            try store.annotateAgendaItem(meeting: "PBA-99", item: "1", text: "A meeting that is not there.")
        }
        let annotated = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM agendaItem WHERE annotation IS NOT NULL")
        }
        #expect(annotated == 0)
    }

    @Test func adoptingTheAgendaFreezesItsItemsWithoutTheirAnnotations() throws {
        let store = try pba56(on: try DatabaseQueue())
        try store.annotateAgendaItem(meeting: "PBA-56", item: "1", text: "The subcommittee adopts its agenda.")
        try store.adoptAgenda(meeting: "PBA-56")
        let frozen = try #require(try store.frozenProvisionalAgenda(of: "PBA-56"))
        #expect(frozen[0].annotation == nil)
        #expect(try store.agenda(of: "PBA-56")[0].annotation == "The subcommittee adopts its agenda.")
    }

    @Test func paragraphsAreWhatStandsBetweenBlankLines() {
        #expect(
            AgendaAnnotation.paragraphs(of: "One\r\ntwo.\r\n\r\n\r\nThree.\n \nFour.") == [
                "One two.", "Three.", "Four.",
            ])
        #expect(AgendaAnnotation.normalized("\n\n") == nil)
    }
}
