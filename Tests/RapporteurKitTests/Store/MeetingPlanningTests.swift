import Testing

@testable import RapporteurKit

@Suite struct MeetingPlanningTests {
    private func date(_ text: String) throws -> CalendarDate { try CalendarDate.parse(text) }

    @Test func aPBAMeetingIsNumberedAndNamedInWords() throws {
        let store = try referenceStore()
        let meeting = try planPBA56(in: store)
        let body = try store.body("PBA")
        #expect(meeting.handle == "PBA-56")
        #expect(meeting.title(in: body) == "fifty-sixth meeting")
        #expect(
            meeting.fullTitle(in: body)
                == "fifty-sixth meeting of the ad hoc working group on programmatic, budgetary and administrative matters of the Executive Board"
        )
        #expect(meeting.chairHonorific == "H.E. Dr.")
        #expect(meeting.chairName == "Pedro Leon Cortes Ruiz")
        #expect(meeting.timeRange(in: body) == "10:00 – 13:00 East Africa Time")
        #expect(meeting.status == .planned)
    }

    @Test func aBoardSessionIsNumberedWithinItsYear() throws {
        let store = try referenceStore()
        let meeting = try store.planMeeting(
            MeetingPlan(
                body: "EB", session: 2, startDate: try date("2024-12-04"), endDate: try date("2024-12-06"),
                venue: "Nairobi"))
        #expect(meeting.handle == "EB-2024-2")
        #expect(meeting.title(in: try store.body("EB")) == "second session of 2024")
        #expect(meeting.dates == "4–6 December 2024")
    }

    @Test func anOEWGHSessionIsNumberedBySession() throws {
        let store = try referenceStore()
        let meeting = try store.planMeeting(
            MeetingPlan(
                body: "oewg-h", session: 1, startDate: try date("2024-12-09"), endDate: try date("2024-12-11")))
        #expect(meeting.handle == "OEWG-H-1")
        #expect(meeting.title(in: try store.body("OEWG-H")) == "first session")
        #expect(try store.meeting("oewg-h 1").id == meeting.id)
    }

    @Test func theOpenEndedMeetingOfTheCPRIsNumberedByYear() throws {
        let store = try referenceStore()
        let meeting = try store.planMeeting(
            MeetingPlan(body: "OECPR", startDate: try date("2021-06-29"), endDate: try date("2021-06-30")))
        #expect(meeting.handle == "OECPR-2021")
        #expect(meeting.title(in: try store.body("OECPR")) == "meeting of 2021")
    }

    @Test func aDuplicateMeetingIsAFailure() throws {
        let store = try referenceStore()
        try planPBA56(in: store)
        let error = #expect(throws: RapporteurError.self) { try planPBA56(in: store) }
        #expect(error?.kind == .failure)
        #expect(error?.message.hasPrefix("meeting PBA-56 already exists") == true)
    }

    @Test func anEndTimeBeforeTheStartIsRefused() throws {
        let store = try referenceStore()
        let error = #expect(throws: RapporteurError.self) {
            try store.planMeeting(
                MeetingPlan(
                    body: "PBA", number: 57, startDate: try date("2024-10-23"),
                    startTime: try ClockTime.parse("13:00"), endTime: try ClockTime.parse("10:00")))
        }
        #expect(error?.kind == .invalidInput)
        #expect(error?.message == "the end time 10:00 is not after the start time 13:00")
        #expect(try store.meetings().isEmpty)
    }

    @Test func anEndDateBeforeTheStartIsRefused() throws {
        let error = #expect(throws: RapporteurError.self) {
            try referenceStore().planMeeting(
                MeetingPlan(
                    body: "EB", session: 1, startDate: try date("2025-03-05"),
                    endDate: try date("2025-03-03")))
        }
        #expect(error?.kind == .invalidInput)
    }

    @Test func numberingThatDoesNotFitTheBodyIsRefused() throws {
        let store = try referenceStore()
        let session = #expect(throws: RapporteurError.self) {
            try store.planMeeting(MeetingPlan(body: "PBA", session: 2, startDate: try date("2024-10-16")))
        }
        #expect(session?.phrase == "PBA meetings are not numbered by session; leave out \(field: .session)")
        let missing = #expect(throws: RapporteurError.self) {
            try store.planMeeting(MeetingPlan(body: "EB", startDate: try date("2024-12-04")))
        }
        #expect(missing?.phrase == "EB meetings need \(field: .session) (for example \(field: .session, value: "2"))")
    }

    @Test func anUnknownBodyListsTheBodies() throws {
        let error = #expect(throws: RapporteurError.self) {
            try referenceStore().planMeeting(MeetingPlan(body: "GA", number: 1, startDate: try date("2024-10-16")))
        }
        #expect(error?.message == "unknown body 'GA'; the bodies are HA, EB, PBA, OEWG-H, CPR, OECPR")
    }

    @Test func anUnknownMeetingSuggestsTheNearestHandle() throws {
        let store = try referenceStore()
        try planPBA56(in: store)
        let error = #expect(throws: RapporteurError.self) { try store.meeting("PBA-57") }
        #expect(error?.message == "no meeting PBA-57 (did you mean PBA-56?)")
    }

    @Test func meetingsAreListedInDateOrderAndByBody() throws {
        let store = try referenceStore()
        try store.planMeeting(
            MeetingPlan(body: "EB", session: 2, startDate: try date("2024-12-04"), endDate: try date("2024-12-06")))
        try planPBA56(in: store)
        #expect(try store.meetings().map(\.handle) == ["PBA-56", "EB-2024-2"])
        #expect(try store.meetings(body: "EB").map(\.handle) == ["EB-2024-2"])
    }
}
