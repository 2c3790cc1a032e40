import Testing

@testable import RapporteurKit

/// Bodies the secretariat adds with `body add`: the old Governing Council and the bureaux.
@Suite struct AddedBodyStoreTests {
    /// The Governing Council as its twentieth session's annotated agenda (HSP/GC/20/1/Add.1)
    /// names it: sessions numbered in words, documents under HSP/GC.
    static var governingCouncil: NewBody {
        NewBody(
            code: "GC", name: "Governing Council of the United Nations Human Settlements Programme",
            shortName: "the Governing Council", meetingNumbering: .session, symbolPrefix: "HSP/GC")
    }

    @Test func anAddedBodyIsStoredWithItsSettingsAndTheHouseDefaults() throws {
        let store = try referenceStore()
        try store.addBody(Self.governingCouncil)
        let gc = try store.body("gc")
        #expect(gc.name == "Governing Council of the United Nations Human Settlements Programme")
        #expect(gc.shortName == "the Governing Council")
        #expect(gc.meetingNumbering == .session)
        #expect(gc.meetingNoun == "session")
        #expect(gc.symbolPrefix == "HSP/GC")
        #expect(gc.attributionStyle == .anonymous)
        #expect(gc.parentBodyId == nil)
        #expect(try store.bodies().map(\.code) == ["HA", "EB", "PBA", "OEWG-H", "CPR", "OECPR", "GC"])
    }

    @Test func aBureauIsPartOfItsParentAndNumbersItsMeetings() throws {
        let store = try referenceStore()
        var bureau = NewBody(
            code: "EB-BUREAU", name: "Bureau of the Executive Board", parent: "eb", meetingNumbering: .number)
        bureau.attributionStyle = .capitals
        try store.addBody(bureau)
        let added = try store.body("EB-BUREAU")
        #expect(try store.parent(of: added)?.code == "EB")
        #expect(added.meetingNoun == "meeting")
        #expect(added.shortName == "the Bureau of the Executive Board")
        #expect(added.symbolPrefix == "HSP/EB-BUREAU")
        let meeting = try store.planMeeting(
            MeetingPlan(body: "EB-BUREAU", number: 3, startDate: CalendarDate(year: 2025, month: 2, day: 11)!))
        #expect(meeting.handle == "EB-BUREAU-3")
    }

    @Test func theGoverningCouncilsTwentiethSessionIsGC20() throws {
        let store = try referenceStore()
        try store.addBody(Self.governingCouncil)
        // Nairobi, 4–8 April 2005, as the agenda's masthead gives it.
        let meeting = try store.planMeeting(
            MeetingPlan(
                body: "GC", session: 20, startDate: CalendarDate(year: 2005, month: 4, day: 4)!,
                endDate: CalendarDate(year: 2005, month: 4, day: 8)!))
        #expect(meeting.handle == "GC-20")
        #expect(meeting.session == 20)
        #expect(meeting.number == nil)
    }

    @Test(arguments: [
        ("gc", "code 'gc' is not a body code", "(GC)"),
        ("EB BUREAU", "code 'EB BUREAU' is not a body code", "(EB-BUREAU)"),
        ("GC-20", "code 'GC-20' is not a body code", "none all digits"),
        ("", "code '' is not a body code", "as GC or EB-BUREAU"),
    ])
    func aMalformedCodeIsRefusedNamingItAndTheWayToWriteIt(code: String, start: String, hint: String) throws {
        let store = try referenceStore()
        var new = Self.governingCouncil
        new.code = code
        let error = #expect(throws: RapporteurError.self) { try store.addBody(new) }
        #expect(error?.kind == .invalidInput)
        #expect(error?.description.hasPrefix(start) == true, "\(error?.description ?? "")")
        #expect(error?.description.contains(hint) == true, "\(error?.description ?? "")")
        #expect(try store.bodies().count == 6)
    }

    @Test func aCodeAlreadyUsedIsRefusedNamingTheBodyThatHasIt() throws {
        let store = try referenceStore()
        var new = Self.governingCouncil
        new.code = "EB"
        let error = #expect(throws: RapporteurError.self) { try store.addBody(new) }
        #expect(error?.kind == .invalidInput)
        #expect(
            error?.description
                == "code 'EB' is used already, by the Executive Board of the United Nations Human Settlements "
                + "Programme; choose another code, or change its settings")
    }

    @Test func anUnknownParentAndABodyItsOwnParentAreRefused() throws {
        let store = try referenceStore()
        var new = Self.governingCouncil
        new.parent = "XX"
        let unknown = #expect(throws: RapporteurError.self) { try store.addBody(new) }
        #expect(unknown?.kind == .invalidInput)
        #expect(
            unknown?.description
                == "the parent body 'XX' is not a body; the bodies are HA, EB, PBA, OEWG-H, CPR, OECPR; "
                + "add that body first, or leave it out")
        new.parent = "gc"
        let loop = #expect(throws: RapporteurError.self) { try store.addBody(new) }
        #expect(loop?.description.hasPrefix("the parent body 'gc' is the body itself") == true)
        #expect(try store.bodies().count == 6)
    }

    @Test func anAddedBodyWithoutMeetingsIsRemoved() throws {
        let store = try referenceStore()
        try store.addBody(Self.governingCouncil)
        let removed = try store.removeBody("gc")
        #expect(removed.code == "GC")
        #expect(try store.bodies().map(\.code) == ["HA", "EB", "PBA", "OEWG-H", "CPR", "OECPR"])
    }

    @Test func aBodyWithMeetingsIsNotRemovedAndTheMessageCountsThem() throws {
        let store = try referenceStore()
        try store.addBody(Self.governingCouncil)
        for session in [19, 20] {
            try store.planMeeting(
                MeetingPlan(
                    body: "GC", session: session, startDate: CalendarDate(year: 1984 + session, month: 4, day: 4)!))
        }
        let error = #expect(throws: RapporteurError.self) { try store.removeBody("GC") }
        #expect(error?.kind == .failure)
        #expect(
            error?.description
                == "GC has 2 meetings, so it cannot be removed; remove its meetings first"
        )
        #expect(try store.body("GC").code == "GC")
    }

    @Test func aBodyOthersArePartOfIsNotRemoved() throws {
        let store = try referenceStore()
        try store.addBody(Self.governingCouncil)
        try store.addBody(
            NewBody(code: "GC-BUREAU", name: "Bureau of the Governing Council", parent: "GC", meetingNumbering: .number)
        )
        let error = #expect(throws: RapporteurError.self) { try store.removeBody("GC") }
        #expect(error?.description == "GC has 1 body part of it, so it cannot be removed; remove those first")
        try store.addBody(
            NewBody(code: "GC-PRC", name: "Committee of the Governing Council", parent: "GC", meetingNumbering: .number)
        )
        let two = #expect(throws: RapporteurError.self) { try store.removeBody("GC") }
        #expect(two?.description == "GC has 2 bodies part of it, so it cannot be removed; remove those first")
        try store.removeBody("GC-PRC")
        try store.removeBody("GC-BUREAU")
        try store.removeBody("GC")
        #expect(try store.bodies().count == 6)
    }

    @Test func aShippedBodyIsNeverRemoved() throws {
        let store = try referenceStore()
        let error = #expect(throws: RapporteurError.self) { try store.removeBody("OECPR") }
        #expect(error?.kind == .failure)
        #expect(
            error?.description.hasPrefix(
                "OECPR is one of the shipped bodies, which loading the reference data restores") == true
        )
        #expect(try store.bodies().count == 6)
    }
}
