import RapporteurTestSupport
import Testing

@testable import RapporteurKit

/// A commitment due at a meeting not planned yet, and one due "as early as possible".
@Suite struct CommitmentDueReferenceTests {
    private func date(_ text: String) throws -> CalendarDate { try CalendarDate.parse(text) }

    @Test func aDueMeetingNotPlannedIsKeptAndLinkedWhenPlanned() throws {
        let store = try recordStore()
        let read = RecordFormatReader.read(RecordFixtures.duesWithoutADate, file: "pba-57.record")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(read.records.first?.commitments.map(\.due) == [.meeting("EB-2026-1"), .asEarlyAsPossible])
        try store.importRecords(read.records.map { ("pba-57.record", $0) })
        var views = try store.commitments(meeting: "PBA-57")
        #expect(views.map(\.due) == ["by EB-2026-1", "as early as possible"])
        #expect(views.map(\.dueMeeting) == ["EB-2026-1", nil])
        #expect(views.map(\.dueMeetingDate) == [nil, nil])
        // Not held yet, so not late, however long it takes to plan.
        let followUp = try store.followUp(FollowUpFilter(asOf: try date("2027-01-01"))).commitments
        #expect(followUp.filter { $0.meeting == "PBA-57" }.map(\.overdue) == [false, false])
        // The record carries both dues as written.
        let exported = RecordFormatWriter.write([try store.exportRecord("PBA-57")])
        #expect(exported.contains("\n  due: by EB-2026-1\n"))
        #expect(exported.contains("\n  due: as early as possible\n"))

        try store.planMeeting(
            MeetingPlan(
                body: "EB", session: 1, startDate: try date("2026-03-25"), endDate: try date("2026-03-27"),
                venue: "Nairobi"))
        views = try store.commitments(meeting: "PBA-57")
        #expect(views.map(\.dueMeeting) == ["EB-2026-1", nil])
        #expect(views.map(\.dueMeetingDate) == [try date("2026-03-25"), nil])
        let april = try store.followUp(FollowUpFilter(asOf: try date("2026-04-01"))).commitments
        #expect(april.filter { $0.meeting == "PBA-57" }.map(\.overdue) == [true, false])
        let linked = try store.read { db in try Commitment.fetchOne(db, key: 1) }
        #expect(linked?.dueMeetingId != nil)
        #expect(linked?.dueBodyId == nil)
        // Linked or not, the record is the same.
        #expect(RecordFormatWriter.write([try store.exportRecord("PBA-57")]) == exported)
    }

    @Test func aRecordImportOfTheMeetingLinksItToo() throws {
        let store = try recordStore()
        try store.importRecords(
            RecordFormatReader.read(RecordFixtures.duesWithoutADate, file: "pba-57.record").records.map {
                ("pba-57.record", $0)
            })
        let board = """
            meeting EB-2026-1
              body: EB
              session: 1
              year: 2026
              dates: 2026-03-25 to 2026-03-27
            item 1: Opening

            """
        try store.importRecords(RecordFormatReader.read(board, file: "eb.record").records.map { ("eb.record", $0) })
        #expect(try store.commitments(meeting: "PBA-57").map(\.dueMeetingDate) == [try date("2026-03-25"), nil])
    }

    @Test func aHandleNoBodyGivesIsRefused() throws {
        let store = try recordStore()
        try store.say("Member State A", .question, "asked about the roadmap")
        try store.respond("said that an update would follow", partly: ["Q1"])
        #expect(throws: RapporteurError.self) {
            try store.recordCommitment(NewCommitment(meeting: "PBA-56", origin: "R1", text: "x", due: .meeting("ZZ-9")))
        }
        let earlier = #expect(throws: RapporteurError.self) {
            try store.recordCommitment(
                NewCommitment(meeting: "PBA-56", origin: "R1", text: "x", due: .meeting("EB-2023-1")))
        }
        #expect(earlier?.message == "EB-2023-1 is of 2023, before PBA-56, where the commitment was made")
        try store.recordCommitment(
            NewCommitment(meeting: "PBA-56", origin: "R1", text: "post the slides", due: .asEarlyAsPossible))
        #expect(try store.commitments(meeting: "PBA-56").map(\.due) == ["as early as possible"])
    }
}
