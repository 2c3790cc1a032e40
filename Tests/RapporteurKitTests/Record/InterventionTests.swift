import Testing

@testable import RapporteurKit

@Suite struct InterventionTests {
    @Test func aQuestionCarriesOneAskWithItsText() throws {
        let store = try recordStore()
        let ids = try store.say("Colombia", .question, "asked when the first phase had closed", resolutions: ["1/2"])
        #expect(ids == ["I1", "Q1"])
        let view = try store.interventions(meeting: "PBA-56")[0]
        #expect(view.speakers == ["Colombia"])
        #expect(view.asks.map(\.text) == ["asked when the first phase had closed"])
        #expect(view.asks[0].status == .open)
        #expect(view.resolutions == ["1/2"])
        #expect(view.item == "2")
    }

    /// Seed 004, paragraph 22: one intervention asks two things.
    @Test func aRequestWithSeveralAsksTracksEachOnItsOwn() throws {
        let store = try recordStore()
        let ids = try store.say(
            "Member States", .request, "asked about the tool",
            asks: [
                "the plan to refine the tool and scale it up", "the difference between the playbook and the tool",
            ])
        #expect(ids == ["I1", "Q1", "Q2"])
        try store.respond("explained how the tool would be scaled up", answers: ["Q1"])
        #expect(try store.askStatus("Q1") == .answered)
        #expect(try store.askStatus("Q2") == .open)
    }

    @Test func commentsCarryNoAsks() throws {
        let store = try recordStore()
        #expect(try store.say("Kenya", .comment, "highlighted the value of the monitoring tool") == ["I1"])
        let error = #expect(throws: RapporteurError.self) {
            try store.say("Kenya", .appreciation, "welcomed the update", asks: ["something"])
        }
        #expect(
            error?.phrase
                == "an appreciation carries no asks; \(field: .ask) goes with \(field: .kind, value: "question or request")"
        )
    }

    @Test(arguments: [
        ("Türkiye", ["Türkiye"]), ("African Group", ["the African Group"]), ("G77", ["the Group of 77 and China"]),
        ("Member States", ["Member States"]), ("a Member State", ["a Member State"]),
        ("Member State B", ["Member State B"]),
        ("Chair", ["the Chair"]), ("Secretariat: Housing Unit", ["the Secretariat (Housing Unit)"]),
        ("entity: UNICEF", ["UNICEF"]), ("stakeholder: Slum Dwellers International", ["Slum Dwellers International"]),
    ])
    func speakersAreStatesGroupsAndRoles(typed: String, shown: [String]) throws {
        let store = try recordStore()
        try store.say(typed, .comment, "spoke")
        #expect(try store.interventions(meeting: "PBA-56")[0].speakers == shown)
    }

    @Test func severalNamedStatesSpeakTogether() throws {
        let store = try recordStore()
        try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "2b", speakers: ["France", "Kenya"], kind: .announcement,
                text: "informed that they would convene a meeting of heads of delegation", named: true))
        let view = try store.interventions(meeting: "PBA-56")[0]
        #expect(view.speakers == ["France", "Kenya"])
        #expect(view.named)
    }

    @Test func anUnknownSpeakerSuggestsTheNearest() throws {
        let store = try recordStore()
        let error = #expect(throws: RapporteurError.self) { try store.say("Frnace", .comment, "spoke") }
        #expect(error?.kind == .invalidInput)
        #expect(error?.message.hasPrefix("unknown speaker 'Frnace' (did you mean France?)") == true)
        #expect(try store.rowCounts() == [0, 0, 0, 0, 0, 0, 0])
    }

    @Test func emptyTextIsRefused() throws {
        let store = try recordStore()
        let error = #expect(throws: RapporteurError.self) { try store.say("Kenya", .comment, "   ") }
        #expect(error?.message == "the intervention's text is empty; write what was said, in reported speech")
    }

    @Test func anUnknownItemNamesTheMeetingsItems() throws {
        let store = try recordStore()
        let error = #expect(throws: RapporteurError.self) { try store.say("Kenya", .comment, "spoke", item: "4") }
        #expect(error?.message == "agenda item 4 does not exist in PBA-56; its items are 1, 2, 2(a), 2(b), 2(c), 3")
    }

    @Test func aPledgeKeepsItsAmountAndCurrency() throws {
        let store = try recordStore()
        try store.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "2a", speakers: ["Member State A"], kind: .pledge,
                text: "announced a voluntary contribution of more than 300,000 euros", pledgeAmount: "300,000",
                pledgeCurrency: "eur"))
        let pledge = try store.interventions(meeting: "PBA-56")[0].pledge
        #expect(pledge?.amount == "300000")
        #expect(pledge?.currency == "EUR")
        #expect(throws: RapporteurError.self) {
            try store.recordIntervention(
                NewIntervention(
                    meeting: "PBA-56", item: "2a", speakers: ["Kenya"], kind: .pledge,
                    text: "pledged", pledgeAmount: "a lot", pledgeCurrency: "USD"))
        }
        #expect(throws: RapporteurError.self) {
            try store.recordIntervention(
                NewIntervention(
                    meeting: "PBA-56", item: "2a", speakers: ["Kenya"], kind: .comment,
                    text: "noted", pledgeAmount: "5", pledgeCurrency: "USD"))
        }
    }

    @Test func interventionsAndResponsesShareTheMeetingsOrder() throws {
        let store = try recordStore()
        try store.say("Kenya", .question, "asked one thing")
        try store.respond("explained it", answers: ["Q1"])
        try store.say("Brazil", .comment, "noted it")
        #expect(try store.interventions(meeting: "PBA-56").map(\.sequence) == [1, 3])
        #expect(try store.responses(meeting: "PBA-56").map(\.sequence) == [2])
    }

    @Test func everyRecordKeepsWhoEnteredItAndWhen() throws {
        let store = try recordStore()
        try store.say("Kenya", .comment, "noted it")
        let row = try store.read { db in try Intervention.fetchOne(db, key: 1)! }
        #expect(row.createdBy == "test")
        #expect(row.createdAt.hasSuffix("Z"))
    }

    @Test func removingAnInterventionSaysWhatWent() throws {
        let store = try recordStore()
        try store.say("Kenya", .request, "asked two things", asks: ["one", "two"])
        try store.respond("answered the first", answers: ["Q1"])
        let report = try store.removeIntervention("I1")
        #expect(report.hasPrefix("Removed I1 (request: asked two things"))
        #expect(report.hasSuffix("with its asks Q1, Q2 and one answer link"))
        #expect(try store.interventions(meeting: "PBA-56").isEmpty)
        #expect(try store.responses(meeting: "PBA-56")[0].answers.isEmpty)
    }
}
