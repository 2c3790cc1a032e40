import GRDB
import Testing

@testable import RapporteurKit

/// A proposed answer link does not answer its ask; a confirmed one does, whoever made it.
@Suite struct AnswerStateTests {
    /// PBA-56 with two asks and two responses, read from a record file in which R1 is
    /// proposed as the answer to Q1 and R2 was inferred and confirmed for Q2. The file
    /// is written from one store and read into a new one, so the records keep its numbers.
    private func storeWithProposals() throws -> AppStore {
        let scratch = try recordStore()
        try scratch.say("Kenya", .question, "asked when the course would open")
        try scratch.say("Chile", .request, "requested the list of trainers")
        try scratch.respond("said the course would open in March")
        try scratch.respond("gave the list of trainers")
        var text = RecordFormatWriter.write([try scratch.exportRecord("PBA-56")])
        text = text.replacingOccurrences(of: "response R1\n", with: "response R1\n  answers: Q1 inferred 0.86\n")
        text = text.replacingOccurrences(
            of: "response R2\n", with: "response R2\n  answers: Q2 partial inferred 1.00 confirmed\n")
        let read = RecordFormatReader.read(text, file: "proposals.record")
        #expect(read.diagnostics.isEmpty)
        let store = try recordStore()
        _ = try store.importRecords(read.records.map { (file: "proposals.record", record: $0) })
        return store
    }

    @Test func aProposalLeavesItsAskOpenAndAConfirmedInferenceAnswers() throws {
        let store = try storeWithProposals()
        let asks = try store.interventions(meeting: "PBA-56").flatMap(\.asks)
        #expect(asks.map(\.status) == [.open, .partiallyAnswered])
        #expect(asks[0].answers.map(\.state) == [.proposed])
        #expect(asks[1].answers.map(\.state) == [.confirmed])
        #expect(asks[1].answers.map(\.inferred) == [true])
        let list = try store.followUp(FollowUpFilter(asOf: try CalendarDate.parse("2024-11-01")))
        #expect(list.asks.map(\.status) == [.answerProposed, .partiallyAnswered])
    }

    @Test func theRecordFormatKeepsWhichInferencesWereConfirmed() throws {
        let store = try storeWithProposals()
        let text = RecordFormatWriter.write([try store.exportRecord("PBA-56")])
        #expect(text.contains("  answers: Q1 inferred 0.86\n"))
        #expect(text.contains("  answers: Q2 partial inferred 1.00 confirmed\n"))
    }

    @Test func confirmingAProposalAnswersTheAskAndKeepsItsOrigin() throws {
        let store = try storeWithProposals()
        try store.confirmLink(ask: "Q1", response: "R1", extent: .partial)
        #expect(try store.askStatus("Q1") == .partiallyAnswered)
        let link = try #require(try store.answerLinkDetails(meeting: "PBA-56").first { $0.ask.id == "Q1" })
        #expect(link.state == .confirmed && link.inferred && link.confidence == 0.86 && link.extent == .partial)
        #expect(link.ask.speakers == ["Kenya"] && link.response.text == "said the course would open in March")
        let again = #expect(throws: RapporteurError.self) { try store.confirmLink(ask: "Q1", response: "R1") }
        #expect(again?.message == "the link from R1 to Q1 is already confirmed")
    }

    @Test func aProposalOnAnAskAnsweredInFullSinceIsNotConfirmed() throws {
        let store = try storeWithProposals()
        try store.respond("gave the date of the opening", answers: ["Q1"])
        #expect(try store.askStatus("Q1") == .answered)
        let error = #expect(throws: RapporteurError.self) { try store.confirmLink(ask: "Q1", response: "R1") }
        #expect(error?.message == "Q1 is already answered in full (by R3): remove the link")
        #expect(try store.answerLinks(meeting: "PBA-56", proposedOnly: true).map(\.response) == ["R1"])
    }

    @Test func addingALinkThatIsProposedPointsToConfirmingIt() throws {
        let store = try storeWithProposals()
        let error = #expect(throws: RapporteurError.self) { try store.answer("Q1", with: "R1", extent: .full) }
        #expect(error?.message == "R1 is proposed as an answer to Q1; confirm it, in full or in part")
        #expect(try store.askStatus("Q1") == .open)
    }

    @Test func aFullProposalOnAnAskAnsweredInPartWaitsForTheOfficer() throws {
        let partial = AnswerView(
            ask: "Q1", response: "R1", meeting: "PBA-56", extent: .partial, inferred: false, state: .confirmed)
        var full = partial
        full.response = "R2"
        full.extent = .full
        full.state = .proposed
        #expect(FollowUpStatus(status: .partiallyAnswered, answers: [partial]) == .partiallyAnswered)
        #expect(FollowUpStatus(status: .partiallyAnswered, answers: [partial, full]) == .answerProposed)
        full.extent = .partial
        #expect(FollowUpStatus(status: .partiallyAnswered, answers: [partial, full]) == .partiallyAnswered)
        #expect(FollowUpStatus(status: .open, answers: [full]) == .answerProposed)
        #expect(FollowUpStatus(status: .open, answers: []) == .open)
    }

    /// Before 0013 every link counted: an inferred one closed its ask. The migration makes
    /// proposals of the inferred links whose band is not precise enough for an import to
    /// confirm, and sets the asks back to what their confirmed links say.
    @Test func linksInferredBeforeTheStateExistedBecomeProposals() throws {
        let store = try storeWithProposals()
        // The database as 0012 left it: no state, and the inferred link had closed Q1.
        try store.writer.write { db in
            try db.execute(
                sql: """
                    DROP INDEX answerByState;
                    ALTER TABLE answer DROP COLUMN state;
                    UPDATE ask SET status = 'answered' WHERE id = 1;
                    DELETE FROM grdb_migrations WHERE identifier = '0013_answer_link_state.sql';
                    """)
        }
        let migrated = try AppStore(store.writer, audit: AuditStamp(user: "test"))
        // Q1's link, at 0.86, is a proposal again; Q2's, at 1.00, stays confirmed.
        #expect(try migrated.askStatus("Q1") == .open)
        #expect(try migrated.askStatus("Q2") == .partiallyAnswered)
        #expect(try migrated.answerLinks(meeting: "PBA-56", proposedOnly: true).map(\.ask) == ["Q1"])
    }
}
