import Testing

@testable import RapporteurKit

/// A meeting of an added body carries the body's definition in its record, so that it
/// imports into a database that never had the body, and comes out byte for byte again.
@Suite struct RecordFormatAddedBodyTests {
    /// The Governing Council's twentieth session (Nairobi, 4–8 April 2005) with the first
    /// items of its provisional agenda (HSP/GC/20/1/Add.1), on a store that has the body.
    private func storeWithGC20() throws -> AppStore {
        let store = try referenceStore()
        var gc = AddedBodyStoreTests.governingCouncil
        gc.attributionStyle = .named
        gc.documentLeadDays = 42
        gc.timeZoneLabel = "EAT, Nairobi"
        try store.addBody(gc)
        try store.planMeeting(
            MeetingPlan(
                body: "GC", session: 20, startDate: CalendarDate(year: 2005, month: 4, day: 4)!,
                endDate: CalendarDate(year: 2005, month: 4, day: 8)!, venue: "Nairobi"))
        try store.addAgendaItem(meeting: "GC-20", title: "Election of officers")
        try store.addAgendaItem(meeting: "GC-20", title: "Credentials of representatives")
        return store
    }

    private func exported(_ store: AppStore, _ handle: String) throws -> String {
        RecordFormatWriter.write([try store.exportRecord(handle)])
    }

    @Test func theExportCarriesTheBodyBlockAfterTheMeetingsFields() throws {
        let text = try exported(try storeWithGC20(), "GC-20")
        #expect(
            text.contains(
                """

                body GC
                  name: Governing Council of the United Nations Human Settlements Programme
                  short-name: the Governing Council
                  numbering: session
                  meeting-noun: session
                  ordinals: words
                  time-style: twelve-hour
                  time-zone: EAT\\u{2C} Nairobi, East Africa Time
                  attribution: named
                  secretariat-word: secretariat
                  document-lead-days: 42
                  symbol-prefix: HSP/GC
                  distribution: general

                """), "\(text)")
        #expect(text.contains("meeting GC-20\n  body: GC\n  session: 20\n  dates: 2005-04-04 to 2005-04-08\n"))
    }

    @Test func aShippedBodysMeetingCarriesNoBodyBlock() throws {
        let store = try referenceStore()
        try store.planMeeting(
            MeetingPlan(body: "PBA", number: 56, startDate: CalendarDate(year: 2024, month: 10, day: 16)!))
        #expect(!(try exported(store, "PBA-56")).contains("\nbody "))
    }

    @Test func theRecordImportsIntoAFreshDatabaseAndExportsTheSameBytes() throws {
        let text = try exported(try storeWithGC20(), "GC-20")
        let read = RecordFormatReader.read(text, file: "gc-20.record")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let fresh = try referenceStore()
        try fresh.importRecords(read.records.map { ("gc-20.record", $0) })
        let gc = try fresh.body("GC")
        #expect(gc.shortName == "the Governing Council")
        #expect(gc.attributionStyle == .named)
        #expect(gc.timeZoneLabel == "EAT, Nairobi")
        #expect(try exported(fresh, "GC-20") == text)
        // Importing again finds the body as the record says and replaces the meeting.
        try fresh.importRecords(read.records.map { ("gc-20.record", $0) })
        #expect(try exported(fresh, "GC-20") == text)
        #expect(try fresh.bodies().count == 7)
    }

    @Test func aBodyWhoseSettingsDifferIsRefusedNamingTheSettingAndNothingIsStored() throws {
        let text = try exported(try storeWithGC20(), "GC-20")
        let read = RecordFormatReader.read(text, file: "gc-20.record")
        let other = try referenceStore()
        var gc = AddedBodyStoreTests.governingCouncil
        gc.shortName = "the Council"
        try other.addBody(gc)
        let failure = #expect(throws: ImportFailure.self) {
            try other.importRecords(read.records.map { ("gc-20.record", $0) })
        }
        #expect(
            failure?.diagnostics.map(\.message).first
                == "body GC has short-name 'the Council' in this database, not 'the Governing Council' as the record "
                + "says; make the file agree, or change its settings")
        #expect(try other.meetings().isEmpty)
    }

    @Test func aBodyBlockForAnotherBodyOrWithoutNumberingIsAnErrorAtItsLine() {
        let text = """
            meeting GC-20
              body: GC
              session: 20
              dates: 2005-04-04

            body EB-BUREAU
              name: Bureau of the Executive Board
            """
        let read = RecordFormatReader.read(text, file: "gc.record")
        #expect(read.records.isEmpty)
        #expect(
            read.diagnostics.map { "\($0.line): \($0.message)" } == [
                "6: body EB-BUREAU is not the body of meeting GC-20, GC; give the definition of GC, or leave out the block",
                "6: body EB-BUREAU has no `numbering:`",
            ])
    }
}
