import Testing

@testable import RapporteurKit

@Suite struct ReferenceWorldTests {
    @Test func loadsSixBodies195StatesAnd15Resolutions() throws {
        let store = try AppStore.inMemory()
        let summary = try store.loadReferenceWorld()
        #expect(summary.bodies == 6)
        #expect(summary.states == 195)
        #expect(summary.memberStates == 193)
        #expect(summary.observerStates == 2)
        #expect(summary.resolutions == 15)
        #expect(summary.groups == 3)
        #expect(try store.bodies().map(\.code) == ["HA", "EB", "PBA", "OEWG-H", "CPR", "OECPR"])
    }

    // Counts from shared/data/README.md (the UN DGACM regional groups).
    @Test(arguments: [
        ("African States", 54), ("Asia-Pacific States", 54), ("Eastern European States", 23),
        ("Latin American and Caribbean States", 33), ("Western European and other States", 29),
    ])
    func regionalGroupsHaveTheirMembers(group: String, count: Int) throws {
        #expect(try referenceStore().states(regionalGroup: group).count == count)
    }

    @Test func observerStatesAreTheHolySeeAndPalestine() throws {
        let observers = try referenceStore().states(status: .observer)
        #expect(observers.map(\.name) == ["Holy See", "State of Palestine"])
        #expect(observers.allSatisfy { $0.regionalGroup == nil })
    }

    @Test func loadingTwiceAddsNothing() throws {
        let store = try referenceStore()
        let again = try store.loadReferenceWorld()
        #expect(again.added == 0)
        #expect(again.states == 195)
    }

    @Test func loadingAgainKeepsSettingsTheSecretariatChanged() throws {
        let store = try referenceStore()
        var change = BodySettingsChange()
        change.documentLeadDays = 10
        try store.updateBody("PBA", settings: change)
        try store.loadReferenceWorld()
        #expect(try store.body("PBA").documentLeadDays == 10)
    }

    @Test func pbaFollowsTheHouseStyleOfItsSummaries() throws {
        let pba = try referenceStore().body("pba")
        #expect(pba.ordinalStyle == .words)
        #expect(pba.timeStyle == .twentyFourHour)
        #expect(pba.timeZoneLabel == "EAT")
        #expect(pba.secretariatWord == "Secretariat")
        #expect(pba.attributionStyle == .anonymous)
        #expect(pba.documentLeadDays == 7)
    }

    @Test func pbaIsPartOfTheBoardAndOEWGHWasCreatedByResolution2_7() throws {
        let store = try referenceStore()
        let pba = try store.body("PBA")
        #expect(try store.parent(of: pba)?.code == "EB")
        #expect(try store.body("OEWG-H").establishedBy == "2/7")
    }

    // Expected ISO3 codes checked against shared/data/member-states.csv.
    @Test(arguments: [
        ("Türkiye", "TUR"), ("TUR", "TUR"), ("Turkey", "TUR"), ("turkiye", "TUR"), ("tur", "TUR"),
        ("Iran", "IRN"), ("Iran (Islamic Republic of)", "IRN"), ("UK", "GBR"), ("USA", "USA"),
        ("United States", "USA"), ("Russia", "RUS"), ("Tanzania", "TZA"), ("Bolivia", "BOL"),
        ("Venezuela", "VEN"), ("Viet Nam", "VNM"), ("Vietnam", "VNM"), ("Côte d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"), ("cote d'ivoire", "CIV"), ("Netherlands (Kingdom of the)", "NLD"),
        ("Republic of Colombia", "COL"), ("the Netherlands", "NLD"), ("  France ", "FRA"),
    ])
    func statesAreFoundByNameCodeOrAlias(typed: String, iso3: String) throws {
        #expect(try referenceStore().state(typed).iso3 == iso3)
    }

    @Test func everyAliasInTheReferenceFileResolvesToItsState() throws {
        let store = try referenceStore()
        let table = try ReferenceTable.embedded("state-aliases.tsv")
        #expect(table.rows.count > 20)
        for row in table.rows {
            #expect(try store.state(row.values["alias"]!).iso3 == row.values["iso3"], "alias on line \(row.line)")
        }
    }

    @Test func everyStateIsFoundByItsOwnName() throws {
        let store = try referenceStore()
        for state in try store.states() {
            #expect(try store.state(state.name).iso3 == state.iso3)
        }
    }

    @Test func anUnknownStateSuggestsTheNearest() throws {
        let store = try referenceStore()
        let error = #expect(throws: RapporteurError.self) { try store.state("Frnace") }
        #expect(error?.message == "unknown Member State 'Frnace' (did you mean France?)")
        #expect(error?.kind == .invalidInput)
    }

    @Test func anUnknownRegionalGroupListsTheGroups() throws {
        let error = #expect(throws: RapporteurError.self) { try referenceStore().states(regionalGroup: "Nordic") }
        #expect(error?.message.contains("African States; Asia-Pacific States") == true)
    }

    @Test(arguments: [
        "2/7", "res 2/7", "Res. 2/7", "resolution 2/7", "Resolution 2/7", "HSP/HA.2/RES.7", "HSP/HA.2/Res.7",
    ])
    func everyWrittenFormFindsTheSameResolution(typed: String) throws {
        let resolution = try referenceStore().resolution(typed)
        #expect(resolution.symbol == "HSP/HA.2/RES.7")
        #expect(resolution.title == "Adequate housing for all")
    }

    @Test func anUnknownResolutionNamesTheKnownOnes() throws {
        let error = #expect(throws: RapporteurError.self) { try referenceStore().resolution("2/11") }
        #expect(
            error?.message == "unknown resolution 2/11 (did you mean 2/1?); the known resolutions are 1/1–1/5, 2/1–2/10"
        )
    }

    @Test func resolutionsAreListedBySession() throws {
        let store = try referenceStore()
        #expect(try store.resolutions(session: 1).map(\.key.key) == ["1/1", "1/2", "1/3", "1/4", "1/5"])
        #expect(try store.resolutions(session: 2).count == 10)
    }

    @Test func boardDecisionsAreNumberedByYear() throws {
        let store = try referenceStore()
        try store.addDecision(body: "EB", key: "2024/3", title: nil, adoptedOn: nil)
        #expect(try store.decision("decision 2024/3 of the Executive Board").key.key == "2024/3")
        let wrongSeries = #expect(throws: RapporteurError.self) {
            try store.addDecision(body: "EB", key: "1/3", title: nil, adoptedOn: nil)
        }
        #expect(wrongSeries?.kind == .invalidInput)
        let duplicate = #expect(throws: RapporteurError.self) {
            try store.addDecision(body: "EB", key: "decision 2024/3", title: nil, adoptedOn: nil)
        }
        #expect(duplicate?.kind == .failure)
    }

    @Test func anUnknownDecisionSaysHowToRecordIt() throws {
        let error = #expect(throws: RapporteurError.self) { try referenceStore().decision("2024/9") }
        #expect(error?.phrase == "unknown decision 2024/9; \(step: .recordDecision(body: "EB", key: "2024/9"))")
    }
}
