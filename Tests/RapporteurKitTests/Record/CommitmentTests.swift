import Testing

@testable import RapporteurKit

@Suite struct CommitmentTests {
    private func date(_ text: String) throws -> CalendarDate { try CalendarDate.parse(text) }

    private func storeWithResponse() throws -> AppStore {
        let store = try recordStore()
        try store.say("Member State A", .question, "asked how to use the handbook", resolutions: ["1/4"])
        try store.respond("confirmed that a draft handbook would be shared", partly: ["Q1"])
        return store
    }

    @Test func aCommitmentFromAResponseConcernsItsResolution() throws {
        let store = try storeWithResponse()
        let ids = try store.recordCommitment(
            NewCommitment(
                meeting: "PBA-56", origin: "R1", text: "share a draft of the handbook",
                due: .date(try date("2024-12-31"))))
        #expect(ids.identifiers == ["A1"])
        let view = try store.commitments()[0]
        #expect(view.origin == "R1")
        #expect(view.owner == "the Secretariat")
        #expect(view.due == "2024-12-31")
        #expect(view.resolutions == ["1/4"])
        #expect(view.item == "2")
        #expect(try store.responses(meeting: "PBA-56")[0].commitments == ["A1"])
    }

    @Test func aDueDateBeforeTheMeetingIsRefused() throws {
        let store = try storeWithResponse()
        let error = #expect(throws: RapporteurError.self) {
            try store.recordCommitment(
                NewCommitment(
                    meeting: "PBA-56", origin: "R1", text: "do it",
                    due: .date(try date("2024-10-01"))))
        }
        #expect(
            error?.message
                == "the due date 2024-10-01 is before PBA-56 (16 October 2024), where the commitment was made")
        #expect(try store.commitments().isEmpty)
    }

    @Test func overdueIsComputedAgainstTheAsOfDate() throws {
        let store = try storeWithResponse()
        try store.recordCommitment(
            NewCommitment(
                meeting: "PBA-56", origin: "R1", text: "share the draft",
                due: .date(try date("2024-12-31"))))
        try store.recordCommitment(
            NewCommitment(meeting: "PBA-56", text: "brief the Board", due: .meeting("EB-2024-2")))
        try store.recordCommitment(NewCommitment(meeting: "PBA-56", text: "provide the analytics", due: .uponRequest))
        let december = try store.followUp(FollowUpFilter(asOf: try date("2024-12-05"))).commitments
        #expect(december.map(\.overdue) == [false, false, false])
        let january = try store.followUp(FollowUpFilter(asOf: try date("2025-01-15"))).commitments
        #expect(january.map(\.overdue) == [true, true, false])
        #expect(january.map(\.ageDays) == [91, 91, 91])
        let overdueOnly = try store.followUp(FollowUpFilter(asOf: try date("2025-01-15"), overdueOnly: true))
        #expect(overdueOnly.commitments.map(\.id) == ["A1", "A2"])
        #expect(overdueOnly.asks.isEmpty)
    }

    @Test func aDoneCommitmentLeavesTheListAndIsDoneOnce() throws {
        let store = try storeWithResponse()
        try store.recordCommitment(
            NewCommitment(
                meeting: "PBA-56", origin: "R1", text: "brief the Board",
                due: .meeting("EB-2024-2")))
        let done = try store.completeCommitment("A1", atMeeting: "EB-2024-2", note: "briefing given under item 1")
        #expect(done.status == .done)
        #expect(done.doneOn == (try date("2024-12-04")))
        let again = #expect(throws: RapporteurError.self) {
            try store.completeCommitment("A1", on: try date("2025-01-01"))
        }
        #expect(again?.message == "A1 is already done")
        #expect(try store.followUp(FollowUpFilter(asOf: try date("2025-01-15"))).commitments.isEmpty)
        let view = try store.commitments()[0]
        #expect(view.doneAt == "EB-2024-2")
        #expect(view.note == "briefing given under item 1")
    }

    @Test func aCommitmentMayBeOwnedByAUnitOrAState() throws {
        let store = try storeWithResponse()
        try store.recordCommitment(
            NewCommitment(meeting: "PBA-56", text: "update the platform", owner: "Secretariat: Housing Unit"))
        try store.recordCommitment(NewCommitment(meeting: "PBA-56", text: "circulate the invitation", owner: "France"))
        #expect(try store.commitments().map(\.owner) == ["the Secretariat (Housing Unit)", "France"])
        #expect(throws: RapporteurError.self) {
            try store.recordCommitment(NewCommitment(meeting: "PBA-56", text: "x", owner: "Member States"))
        }
    }

    @Test func anOriginMustBeFromTheSameMeeting() throws {
        let store = try storeWithResponse()
        let error = #expect(throws: RapporteurError.self) {
            try store.recordCommitment(NewCommitment(meeting: "EB-2024-2", origin: "R1", text: "do it"))
        }
        #expect(error?.message == "R1 was recorded at PBA-56, not EB-2024-2")
    }

    @Test func anInterventionACommitmentCameFromIsNotRemovedSilently() throws {
        let store = try recordStore()
        try store.say("France", .announcement, "informed that an invitation would be circulated")
        try store.recordCommitment(
            NewCommitment(meeting: "PBA-56", origin: "I1", text: "circulate the invitation", owner: "France"))
        let error = #expect(throws: RapporteurError.self) { try store.removeIntervention("I1") }
        #expect(error?.message.hasPrefix("I1 is the origin of A1") == true)
        try store.cancelCommitment("A1", note: "the invitation went out by other means")
        #expect(try store.commitments()[0].status == .cancelled)
    }
}
