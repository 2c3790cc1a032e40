import GRDB
import Testing

@testable import RapporteurKit

/// Edits in place: the checks of `add`, references found again, audit fields stamped.
@Suite struct RecordEditTests {
    private func updatedBy(_ table: String, _ id: Int64, in store: AppStore) throws -> String? {
        try store.read { db in
            try String.fetchOne(db, sql: "SELECT updatedBy FROM \(table) WHERE id = ?", arguments: [id])
        }
    }

    @Test func anInterventionsTextItemAndSpeakersChangeInPlace() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked when the first phase had closed")
        let edited = try store.editIntervention(
            "I1",
            change: InterventionChange(
                text: "asked how resolution 2/7 would be followed up", item: "2b", speakers: ["Peru", "Chile"]))
        #expect(edited.identifiers == ["I1"])
        let view = try store.interventions(meeting: "PBA-56")[0]
        #expect(view.text == "asked how resolution 2/7 would be followed up")
        #expect(view.item == "2(b)")
        #expect(view.speakers == ["Peru", "Chile"])
        // The ask was the text itself, so it follows; the reference is found in the new text.
        #expect(view.asks.map(\.text) == ["asked how resolution 2/7 would be followed up"])
        #expect(view.resolutions == ["2/7"])
        #expect(try updatedBy("intervention", 1, in: store) == "test")
    }

    @Test func referencesNamedWithFlagsStayUnlessNewOnesAreNamed() throws {
        let store = try recordStore()
        try store.say("Colombia", .comment, "welcomed the report", resolutions: ["1/2"])
        try store.editIntervention("I1", change: InterventionChange(text: "welcomed the report warmly"))
        #expect(try store.interventions(meeting: "PBA-56")[0].resolutions == ["1/2"])
        try store.editIntervention(
            "I1", change: InterventionChange(references: ExplicitReferences(resolutions: ["2/5"])))
        #expect(try store.interventions(meeting: "PBA-56")[0].resolutions == ["2/5"])
    }

    @Test func anEditMakesTheChecksOfAdd() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked when the phase had closed")
        try store.say("Kenya", .comment, "spoke")
        try store.say("Chair", .comment, "opened the meeting")
        let cases: [(String, InterventionChange, Phrase)] = [
            (
                "I1", InterventionChange(kind: .comment),
                """
                I1 carries Q1, so it stays a question or a request, not a comment; to record it as a comment, \
                \(step: .removeAndAddAnew(RecordID(kind: .intervention, number: 1)))
                """
            ),
            ("I2", InterventionChange(item: "9"), "agenda item 9 does not exist in PBA-56"),
            (
                "I2", InterventionChange(speakers: []),
                "say who spoke with \(field: .speaker) (a State, a group, \"Member States\", \"Chair\" or \"Secretariat\")"
            ),
            (
                "I3", InterventionChange(named: true),
                "\(field: .named) is for a delegation (a State or a group) that must be named"
            ),
            (
                "I2", InterventionChange(pledgeAmount: "100"),
                "\(field: .amount) and \(field: .currency) go with \(field: .kind, value: "pledge")"
            ),
            ("I2", InterventionChange(text: "  "), ""),
            ("I2", InterventionChange(), "nothing to change; \(step: .seeWhatCanChange(.intervention))"),
        ]
        for (id, change, message) in cases {
            let error = #expect(throws: RapporteurError.self) { try store.editIntervention(id, change: change) }
            if message != "" { #expect(error?.message.hasPrefix(message.plain) == true, "\(error?.message ?? "")") }
        }
        #expect(
            try store.interventions(meeting: "PBA-56").map(\.text) == [
                "asked when the phase had closed", "spoke", "opened the meeting",
            ])
    }

    @Test func aCommentThatBecomesAQuestionGetsItsAsk() throws {
        let store = try recordStore()
        try store.say("Kenya", .comment, "asked about the roadmap")
        #expect(
            try store.editIntervention("I1", change: InterventionChange(kind: .question)).identifiers == ["I1", "Q1"])
        #expect(try store.askStatus("Q1") == .open)
    }

    @Test func aPledgesFiguresGoWhenItIsNoLongerAPledge() throws {
        let store = try recordStore()
        try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "2", speakers: ["Germany"], kind: .pledge,
                text: "announced a contribution", pledgeAmount: "300000",
                pledgeCurrency: "EUR"))
        try store.editIntervention("I1", change: InterventionChange(pledgeAmount: "250000"))
        #expect(try store.interventions(meeting: "PBA-56")[0].pledge?.amount == "250000")
        try store.editIntervention("I1", change: InterventionChange(kind: .announcement))
        #expect(try store.interventions(meeting: "PBA-56")[0].pledge == nil)
    }

    @Test func aResponsesTextAndUnitChangeAndItsAnswersStay() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked when the phase had closed")
        try store.respond("explained that it had closed", answers: ["Q1"])
        try store.editResponse(
            "R1",
            change: ResponseChange(
                text: "explained that it had closed under decision 2024/3",
                item: "2c", unit: "Housing Unit"))
        let view = try store.responses(meeting: "PBA-56")[0]
        #expect(view.text == "explained that it had closed under decision 2024/3")
        #expect(view.item == "2(c)")
        #expect(view.unit == "Housing Unit")
        #expect(view.answers.map(\.ask) == ["Q1"])
        #expect(view.decisions == ["2024/3"])
        #expect(try store.askStatus("Q1") == .answered)
        #expect(try updatedBy("response", 1, in: store) == "test")
    }

    @Test func aCommitmentsDueDateAndOwnerChangeUnderTheRulesOfAdd() throws {
        let store = try recordStore()
        try store.recordCommitment(NewCommitment(meeting: "PBA-56", text: "share the draft", due: .uponRequest))
        try store.editCommitment(
            "A1",
            change: CommitmentChange(
                text: "share the revised draft", owner: "Secretariat: Housing Unit",
                due: .meeting("EB-2024-2")))
        var view = try store.commitments()[0]
        #expect(view.text == "share the revised draft")
        #expect(view.owner == "the Secretariat (Housing Unit)")
        #expect(view.dueMeeting == "EB-2024-2")
        let error = #expect(throws: RapporteurError.self) {
            try store.editCommitment("A1", change: CommitmentChange(due: .date(try CalendarDate.parse("2024-10-01"))))
        }
        #expect(
            error?.message
                == "the due date 2024-10-01 is before PBA-56 (16 October 2024), where the commitment was made")
        try store.editCommitment("A1", change: CommitmentChange(owner: "Secretariat", due: NewCommitment.Due.none))
        view = try store.commitments()[0]
        #expect(view.owner == "the Secretariat")
        #expect(view.due == nil)
        #expect(try updatedBy("commitment", 1, in: store) == "test")
    }
}
