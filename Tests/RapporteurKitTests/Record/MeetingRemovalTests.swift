import GRDB
import Testing

@testable import RapporteurKit

@Suite struct MeetingRemovalTests {
    /// PBA-56 asks Q1 and Q2; the Board answers Q1 in R2; PBA-56 answers the Board's Q3 in R1.
    private func storeWithAnswersAcross() throws -> AppStore {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked when the phase had closed")
        try store.say("France", .question, "asked where the meetings would be")
        try store.respond("explained that it had closed", answers: ["Q2"])
        try store.recordCommitment(NewCommitment(meeting: "PBA-56", origin: "R1", text: "share the report"))
        try store.respond("gave the figures", item: "1", meeting: "EB-2024-2", answers: ["Q1"])
        return store
    }

    @Test func theListingNamesEverythingThatWouldGoAndChangesNothing() throws {
        let store = try storeWithAnswersAcross()
        let before = try store.rowCounts()
        let removal = try store.removal(of: "PBA-56")
        #expect(
            removal.lines == [
                "the meeting PBA-56", "6 agenda items", "2 interventions: I1, I2", "2 asks: Q1, Q2", "1 response: R1",
                "1 commitment: A1", "1 answer from another meeting to its asks: R2 (EB-2024-2) answered Q1",
            ])
        #expect(try store.rowCounts() == before)
    }

    @Test func removingAMeetingTakesItsRecordAndLeavesTheOthers() throws {
        let store = try storeWithAnswersAcross()
        try store.say("Kenya", .comment, "welcomed the figures", item: "1", meeting: "EB-2024-2")
        #expect(try store.askStatus("Q1") == .answered)
        let pba = try store.rowCounts()
        let removal = try store.removeMeeting("EB-2024-2")
        #expect(
            removal.lines == [
                "the meeting EB-2024-2", "1 agenda item", "1 intervention: I3", "1 response: R2",
                "1 answer it gave to another meeting's ask (the ask keeps its other answers): Q1 (PBA-56)",
            ])
        #expect(throws: RapporteurError.self) { try store.meeting("EB-2024-2") }
        // PBA-56 keeps its whole record; the ask the Board had answered is open again.
        #expect(try store.askStatus("Q1") == .open)
        #expect(try store.rowCounts() == [pba[0] - 1, pba[1], pba[2] - 1, pba[3] - 1, pba[4], pba[5], pba[6]])
        #expect(try store.interventions(meeting: "PBA-56").map(\.id) == ["I1", "I2"])
    }

    @Test func removingTheEarlierMeetingTakesTheAnswersOthersGaveToItsAsks() throws {
        let store = try storeWithAnswersAcross()
        try store.removeMeeting("PBA-56")
        #expect(try store.responses(meeting: "EB-2024-2").map(\.id) == ["R2"])
        #expect(try store.responses(meeting: "EB-2024-2")[0].answers.isEmpty)
        #expect(try store.commitments().isEmpty)
        #expect(try store.rowCounts().prefix(5) == [0, 0, 1, 0, 0])
    }

    @Test func aMeetingAnotherMeetingsCommitmentIsDueByStays() throws {
        let store = try storeWithAnswersAcross()
        try store.recordCommitment(
            NewCommitment(meeting: "PBA-56", text: "brief the Board", due: .meeting("EB-2024-2")))
        let error = #expect(throws: RapporteurError.self) { try store.removeMeeting("EB-2024-2") }
        #expect(
            error?.phrase == """
                A2 (PBA-56) is due by or done at EB-2024-2; \
                \(step: .giveAnotherDueDate(first: RecordID(kind: .commitment, number: 2), count: 1)), then remove the meeting
                """)
        #expect(try store.meeting("EB-2024-2").handle == "EB-2024-2")
    }
}
