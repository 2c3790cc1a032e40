import Testing

@testable import RapporteurKit

@Suite struct AnswerTests {
    @Test func aPartialAnswerThenAFullOneAtALaterMeetingClosesTheAsk() throws {
        let store = try recordStore()
        try store.say(
            "Colombia", .question, "asked when the first phase had closed and who had benefited", resolutions: ["1/2"])
        try store.respond("explained that the project had run until April 2024", partly: ["Q1"])
        #expect(try store.askStatus("Q1") == .partiallyAnswered)
        try store.respond("gave the number of beneficiaries", item: "1", meeting: "EB-2024-2", answers: ["Q1"])
        #expect(try store.askStatus("Q1") == .answered)
        let asks = try store.interventions(meeting: "PBA-56")[0].asks
        #expect(asks[0].answers.map(\.meeting) == ["PBA-56", "EB-2024-2"])
    }

    @Test func anAskAnsweredInFullTakesNoMoreAnswers() throws {
        let store = try recordStore()
        try store.say("Kenya", .question, "asked one thing")
        try store.respond("answered it", answers: ["Q1"])
        let before = try store.rowCounts()
        let again = #expect(throws: RapporteurError.self) { try store.respond("answered it again", answers: ["Q1"]) }
        #expect(again?.message == "Q1 is already answered in full (by R1)")
        #expect(again?.kind == .failure)
        #expect(throws: RapporteurError.self) { try store.respond("added a little", partly: ["Q1"]) }
        #expect(try store.rowCounts() == before)
    }

    @Test func aPartialAnswerAfterAPartialOneStaysPartial() throws {
        let store = try recordStore()
        try store.say("Kenya", .question, "asked one thing")
        try store.respond("said a little", partly: ["Q1"])
        try store.respond("said a little more", partly: ["Q1"])
        #expect(try store.askStatus("Q1") == .partiallyAnswered)
    }

    @Test func answeringACommentIsRefused() throws {
        let store = try recordStore()
        try store.say("Kenya", .comment, "highlighted the tool")
        let error = #expect(throws: RapporteurError.self) { try store.respond("thanked Kenya", answers: ["I1"]) }
        #expect(error?.message == "I1 is a comment; only questions and requests carry asks to answer")
        #expect(try store.responses(meeting: "PBA-56").isEmpty)
    }

    @Test func anInterventionWithOneAskCanBeAnsweredByItsIdentifier() throws {
        let store = try recordStore()
        try store.say("Kenya", .question, "asked one thing")
        try store.respond("answered it", answers: ["I1"])
        #expect(try store.askStatus("Q1") == .answered)
    }

    @Test func anAnswerCannotComeBeforeTheQuestion() throws {
        let store = try recordStore()
        try store.say("Kenya", .question, "asked at the Board", item: "1", meeting: "EB-2024-2")
        let error = #expect(throws: RapporteurError.self) { try store.respond("answered it", answers: ["Q1"]) }
        #expect(
            error?.message
                == "R1 was given at PBA-56 (16 October 2024), before Q1 was asked at EB-2024-2 (4 December 2024)")
        #expect(try store.responses(meeting: "PBA-56").isEmpty)
    }

    @Test func anUnknownAskIsInvalidInput() throws {
        let store = try recordStore()
        let error = #expect(throws: RapporteurError.self) { try store.respond("answered", answers: ["Q9"]) }
        #expect(error?.kind == .invalidInput)
        #expect(error?.phrase == "no ask Q9; \(step: .listFollowUp)")
    }

    @Test func withdrawnAndSupersededAsksLeaveTheListAndTakeNoAnswer() throws {
        let store = try recordStore()
        try store.say("Kenya", .question, "asked one thing")
        try store.say("Kenya", .question, "asked it again, differently")
        try store.say("Brazil", .request, "requested a note")
        try store.closeAsk("Q1", as: .superseded, supersededBy: "Q2")
        try store.closeAsk("Q3", as: .withdrawn, note: "no longer needed")
        #expect(try store.askStatus("Q1") == .superseded)
        #expect(throws: RapporteurError.self) { try store.respond("answered", answers: ["Q3"]) }
        #expect(throws: RapporteurError.self) { try store.closeAsk("Q3", as: .withdrawn) }
        let open = try store.followUp(FollowUpFilter(asOf: try CalendarDate.parse("2024-10-20"))).asks
        #expect(open.map(\.id) == ["Q2"])
    }

    @Test func removingAResponseReopensWhatItAnswered() throws {
        let store = try recordStore()
        try store.say("Kenya", .question, "asked one thing")
        try store.respond("answered in part", partly: ["Q1"])
        try store.respond("answered the rest", answers: ["Q1"])
        let report = try store.removeResponse("R2")
        #expect(report.hasSuffix("Q1 no longer answered by it"))
        #expect(try store.askStatus("Q1") == .partiallyAnswered)
    }

    @Test func aResponseWithoutResolutionsConcernsThoseOfTheAsksItAnswers() throws {
        let store = try recordStore()
        try store.say("Kenya", .question, "asked about the e-learning course", resolutions: ["1/2"])
        try store.respond("gave the figures", item: "1", meeting: "EB-2024-2", answers: ["Q1"])
        #expect(try store.responses(meeting: "EB-2024-2")[0].resolutions == ["1/2"])
    }
}
