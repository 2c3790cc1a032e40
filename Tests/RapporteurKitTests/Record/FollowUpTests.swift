import Testing

@testable import RapporteurKit

@Suite struct FollowUpTests {
    private func date(_ text: String) throws -> CalendarDate { try CalendarDate.parse(text) }

    /// Done-when of the record issue: a PBA question answered at the Board leaves the
    /// PBA's follow-up list, and the resolution's history shows both meetings.
    @Test func aPBAQuestionAnsweredAtTheBoardLeavesThePBAList() throws {
        let store = try recordStore()
        try store.say(
            "Colombia", .question, "asked how many people had taken the e-learning course", resolutions: ["1/2"])
        let asOf = try date("2025-01-15")
        #expect(try store.followUp(FollowUpFilter(body: "PBA", asOf: asOf)).asks.map(\.id) == ["Q1"])
        try store.respond("gave the number of participants", item: "1", meeting: "EB-2024-2", answers: ["Q1"])
        #expect(try store.followUp(FollowUpFilter(body: "PBA", asOf: asOf)).asks.isEmpty)

        let history = try store.history(of: "resolution 1/2")
        #expect(history.meetings.map(\.meeting) == ["PBA-56", "EB-2024-2"])
        #expect(history.meetings[0].interventions.map(\.id) == ["I1"])
        #expect(history.meetings[1].responses.map(\.id) == ["R1"])
        #expect(history.meetings[0].interventions[0].asks[0].answers.map(\.meeting) == ["EB-2024-2"])
    }

    @Test func theListShowsWhoAskedWhatWhereAndHowLongAgo() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked when the first phase had closed", resolutions: ["1/2"])
        let ask = try store.followUp(FollowUpFilter(asOf: try date("2024-10-26"))).asks[0]
        #expect(ask.id == "Q1")
        #expect(ask.meeting == "PBA-56")
        #expect(ask.item == "2")
        #expect(ask.speakers == ["Colombia"])
        #expect(ask.resolutions == ["1/2"])
        #expect(ask.ageDays == 10)
        #expect(ask.status == .open)
    }

    @Test func filtersByResolutionStateMeetingAndBody() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked about the e-learning course", resolutions: ["1/2"])
        try store.say("France", .request, "requested the note verbale", item: "2a")
        try store.say("Kenya", .question, "asked about the Board's agenda", item: "1", meeting: "EB-2024-2")
        let asOf = try date("2025-01-15")
        #expect(try store.followUp(FollowUpFilter(asOf: asOf)).asks.map(\.id) == ["Q1", "Q2", "Q3"])
        #expect(try store.followUp(FollowUpFilter(resolution: "2/1", asOf: asOf)).asks.map(\.id) == ["Q2"])
        #expect(try store.followUp(FollowUpFilter(state: "FRA", asOf: asOf)).asks.map(\.id) == ["Q2"])
        #expect(try store.followUp(FollowUpFilter(meeting: "EB-2024-2", asOf: asOf)).asks.map(\.id) == ["Q3"])
        #expect(try store.followUp(FollowUpFilter(body: "EB", asOf: asOf)).asks.map(\.id) == ["Q3"])
        #expect(try store.followUp(FollowUpFilter(asOf: try date("2024-11-01"))).asks.map(\.id) == ["Q1", "Q2"])
    }

    @Test func aStateSeesTheCommitmentsThatAnswerIt() throws {
        let store = try recordStore()
        try store.say("France", .request, "requested that the note verbale be sent again", item: "2a")
        try store.respond("said it would send the note verbale again", item: "2a", answers: ["Q1"])
        try store.recordCommitment(NewCommitment(meeting: "PBA-56", origin: "R1", text: "send the note verbale again"))
        try store.recordCommitment(NewCommitment(meeting: "PBA-56", text: "post the documents online"))
        let forFrance = try store.followUp(FollowUpFilter(state: "France", asOf: try date("2024-11-01")))
        #expect(forFrance.commitments.map(\.id) == ["A1"])
    }

    @Test func anUnknownResolutionFilterIsInvalidInput() throws {
        let store = try recordStore()
        let error = #expect(throws: RapporteurError.self) { try store.followUp(FollowUpFilter(resolution: "2/11")) }
        #expect(error?.kind == .invalidInput)
    }
}
