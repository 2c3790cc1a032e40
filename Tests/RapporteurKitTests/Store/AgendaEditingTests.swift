import Testing

@testable import RapporteurKit

@Suite struct AgendaEditingTests {
    /// PBA-56 with the agenda of seed 004: standard items around item 2 and its three sub-items.
    private func pba56WithAgenda() throws -> AppStore {
        let store = try referenceStore()
        try planPBA56(in: store)
        try store.addDecision(body: "EB", key: "2024/3", title: nil, adoptedOn: nil)
        try store.addStandardItems(meeting: "PBA-56")
        try store.addAgendaItem(meeting: "PBA-56", title: "Implementation of all resolutions", at: "2")
        try store.addAgendaItem(
            meeting: "PBA-56", title: "Smart cities", under: "2", links: AgendaLinks(resolutions: ["2/1"]))
        try store.addAgendaItem(
            meeting: "PBA-56", title: "Adequate housing", under: "2",
            links: AgendaLinks(resolutions: ["resolution 2/7"], decisions: ["2024/3"]))
        try store.addAgendaItem(
            meeting: "PBA-56", title: "SURGe", under: "2",
            links: AgendaLinks(resolutions: ["HSP/HA.2/RES.5"], decisions: ["decision 2024/3"]))
        return store
    }

    private func outline(_ store: AppStore) throws -> [String] {
        AgendaLines.labelled(try store.agenda(of: "PBA-56"))
    }

    @Test func standardItemsOpenAndCloseTheAgenda() throws {
        let store = try referenceStore()
        try planPBA56(in: store)
        let added = try store.addStandardItems(meeting: "PBA-56")
        #expect(added.map(\.label) == ["1", "2"])
        #expect(try outline(store) == ["1  Adoption of the provisional agenda", "2  Any other business"])
        #expect(try store.addStandardItems(meeting: "PBA-56").isEmpty)
    }

    @Test func standardItemsOfTheBoardIncludeASubItem() throws {
        let store = try referenceStore()
        try store.planMeeting(MeetingPlan(body: "EB", session: 2, startDate: try CalendarDate.parse("2024-12-04")))
        try store.addAgendaItem(meeting: "EB-2024-2", title: "Report of the Executive Director")
        try store.addStandardItems(meeting: "EB-2024-2")
        #expect(
            AgendaLines.labelled(try store.agenda(of: "EB-2024-2")) == [
                "1  Opening of the session", "2  Organizational matters", "2(a)  Adoption of the agenda",
                "3  Report of the Executive Director", "4  Other matters", "5  Closure of the session",
            ])
    }

    @Test func itemsAndSubItemsAreNumberedWithTheirLinks() throws {
        let agenda = try pba56WithAgenda().agenda(of: "PBA-56")
        #expect(AgendaNode.labels(of: agenda) == ["1", "2", "2(a)", "2(b)", "2(c)", "3"])
        let subItems = agenda[1].children
        #expect(subItems.map(\.resolutions) == [["2/1"], ["2/7"], ["2/5"]])
        #expect(subItems.map(\.decisions) == [[], ["2024/3"], ["2024/3"]])
        #expect(agenda[2].title == "Any other business")
    }

    @Test func movingASubItemRenumbersItsSiblings() throws {
        let store = try pba56WithAgenda()
        let change = try store.moveAgendaItem(meeting: "PBA-56", item: "2c", to: "2a")
        #expect(change.label == "2(a)")
        #expect(
            try store.agenda(of: "PBA-56")[1].children.map(\.title) == ["SURGe", "Smart cities", "Adequate housing"])
        try store.moveAgendaItem(meeting: "PBA-56", item: "2(a)", to: "2.c")
        #expect(
            try store.agenda(of: "PBA-56")[1].children.map(\.title) == ["Smart cities", "Adequate housing", "SURGe"])
    }

    @Test func movingAnItemUnderAnotherMakesItASubItem() throws {
        let store = try pba56WithAgenda()
        try store.moveAgendaItem(meeting: "PBA-56", item: "3", to: "2d")
        #expect(try outline(store).suffix(2) == ["2(c)  SURGe", "2(d)  Any other business"])
        try store.moveAgendaItem(meeting: "PBA-56", item: "2d", to: "1")
        #expect(try outline(store).first == "1  Any other business")
    }

    @Test func anItemCannotMoveUnderItself() throws {
        let store = try pba56WithAgenda()
        let error = #expect(throws: RapporteurError.self) {
            try store.moveAgendaItem(meeting: "PBA-56", item: "2", to: "2b")
        }
        #expect(error?.message == "item 2 cannot move under itself")
    }

    @Test func removingAnItemTakesItsSubItemsAndRenumbers() throws {
        let store = try pba56WithAgenda()
        let change = try store.removeAgendaItem(meeting: "PBA-56", item: "2b")
        #expect(change.label == "2(b)")
        #expect(change.title == "Adequate housing")
        #expect(try store.agenda(of: "PBA-56")[1].children.map(\.label) == ["2(a)", "2(b)"])
        let whole = try store.removeAgendaItem(meeting: "PBA-56", item: "2")
        #expect(whole.removedSubItems == 2)
        #expect(try outline(store) == ["1  Adoption of the provisional agenda", "2  Any other business"])
    }

    @Test func anUnknownLabelNamesTheMeetingsLabels() throws {
        let store = try pba56WithAgenda()
        let error = #expect(throws: RapporteurError.self) { try store.removeAgendaItem(meeting: "PBA-56", item: "2d") }
        #expect(error?.message == "agenda item 2(d) does not exist in PBA-56; its items are 1, 2, 2(a), 2(b), 2(c), 3")
        #expect(error?.kind == .invalidInput)
    }

    @Test func aPositionPastTheEndIsRefused() throws {
        let store = try pba56WithAgenda()
        let error = #expect(throws: RapporteurError.self) {
            try store.addAgendaItem(meeting: "PBA-56", title: "Late item", under: "2", at: "9")
        }
        #expect(error?.message == "position 9 is out of range: item 2 has 3 items, so the position can be 1 to 4")
    }

    @Test func agendasGoNoDeeperThanRomanSubItems() throws {
        let store = try pba56WithAgenda()
        try store.addAgendaItem(meeting: "PBA-56", title: "Regional consultations", under: "2a")
        #expect(AgendaNode.labels(of: try store.agenda(of: "PBA-56")).contains("2(a)(i)"))
        #expect(throws: RapporteurError.self) {
            try store.addAgendaItem(meeting: "PBA-56", title: "Too deep", under: "2(a)(i)")
        }
    }

    @Test func anUnknownResolutionLeavesTheAgendaUnchanged() throws {
        let store = try pba56WithAgenda()
        let before = try store.agenda(of: "PBA-56")
        #expect(throws: RapporteurError.self) {
            try store.addAgendaItem(
                meeting: "PBA-56", title: "Something", at: "2", links: AgendaLinks(resolutions: ["3/1"]))
        }
        #expect(try store.agenda(of: "PBA-56") == before)
    }

    @Test func documentsAreStoredByTheirCanonicalSymbol() throws {
        let store = try pba56WithAgenda()
        try store.editAgendaItem(
            meeting: "PBA-56", item: "2", title: nil,
            links: AgendaLinks(documents: ["hsp/eb.2024/14", "HSP/EB.2024/INF.16"]))
        #expect(try store.agenda(of: "PBA-56")[1].documents == ["HSP/EB.2024/14", "HSP/EB.2024/INF/16"])
    }

    @Test func adoptingFreezesTheProvisionalAgenda() throws {
        let store = try pba56WithAgenda()
        let provisional = try store.agenda(of: "PBA-56")
        let meeting = try store.adoptAgenda(meeting: "PBA-56")
        #expect(meeting.agendaStatus == .adopted)
        #expect(meeting.status == .held)

        let refused = #expect(throws: RapporteurError.self) {
            try store.addAgendaItem(meeting: "PBA-56", title: "Late item", at: "3")
        }
        #expect(refused?.kind == .failure)
        #expect(refused?.phrase.fields == [.asAmended])
        #expect(try store.agenda(of: "PBA-56") == provisional)

        let change = try store.removeAgendaItem(meeting: "PBA-56", item: "2c", asAmended: true)
        #expect(change.amendedAdoptedAgenda)
        #expect(try store.meeting("PBA-56").agendaStatus == .adoptedAsAmended)
        #expect(try store.agenda(of: "PBA-56") != provisional)
        #expect(try store.frozenProvisionalAgenda(of: "PBA-56") == provisional)
    }

    @Test func anAgendaIsAdoptedOnce() throws {
        let store = try pba56WithAgenda()
        try store.adoptAgenda(meeting: "PBA-56", asAmended: true)
        #expect(try store.meeting("PBA-56").agendaStatus == .adoptedAsAmended)
        let again = #expect(throws: RapporteurError.self) { try store.adoptAgenda(meeting: "PBA-56") }
        #expect(again?.kind == .failure)
    }

    @Test func anEmptyAgendaCannotBeAdopted() throws {
        let store = try referenceStore()
        try planPBA56(in: store)
        #expect(throws: RapporteurError.self) { try store.adoptAgenda(meeting: "PBA-56") }
        #expect(try store.meeting("PBA-56").agendaStatus == .provisional)
    }

    @Test func anItemWithRecordsUnderItIsNotRemoved() throws {
        let store = try pba56WithAgenda()
        try store.say("Kenya", .comment, "spoke on housing", item: "2b")
        let error = #expect(throws: RapporteurError.self) { try store.removeAgendaItem(meeting: "PBA-56", item: "2") }
        #expect(
            error?.phrase
                == "item 2 has I1 recorded under it; remove those records first, or \(step: .retitleAgendaItem)")
        #expect(AgendaNode.labels(of: try store.agenda(of: "PBA-56")).count == 6)
    }

    @Test func subItemsStopAtZ() throws {
        let store = try pba56WithAgenda()
        for index in 4...26 { try store.addAgendaItem(meeting: "PBA-56", title: "Sub-item \(index)", under: "2") }
        let error = #expect(throws: RapporteurError.self) {
            try store.addAgendaItem(meeting: "PBA-56", title: "One too many", under: "2")
        }
        #expect(error?.message == "item 2 already has 26 sub-items, (a) to (z); an agenda letters no more")
        #expect(AgendaNode.labels(of: try store.agenda(of: "PBA-56")).contains("2(z)"))
    }
}
