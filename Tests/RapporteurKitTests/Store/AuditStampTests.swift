import Foundation
import GRDB
import Testing

@testable import RapporteurKit

/// Every record keeps who entered it and when, and who changed it last and when: the user
/// and the clock of the `AuditStamp` of the store that wrote it, set through `AuditedRecord`.
@Suite struct AuditStampTests {
    /// The record types whose tables keep both stamps.
    private static let audited: [any AuditedRecord.Type] = [
        Body.self, Meeting.self, AgendaItem.self, Intervention.self, Ask.self, Response.self, Commitment.self,
        MeetingDocument.self,
    ]

    private static let entered = "2024-10-16T07:05:00Z"
    private static let changed = "2024-12-04T09:30:00Z"

    /// A store on `queue` that writes as `user` at `time` (ISO 8601), whatever the real clock says.
    private func store(on queue: DatabaseQueue, user: String, at time: String) throws -> AppStore {
        let date = ISO8601DateFormatter().date(from: time)!
        return try AppStore(queue, audit: AuditStamp(user: user, clock: { date }))
    }

    private struct Stamps: Equatable, CustomStringConvertible {
        var createdBy: String?
        var createdAt: String?
        var updatedBy: String?
        var updatedAt: String?
        var description: String { "\(createdBy ?? "-") \(createdAt ?? "-") / \(updatedBy ?? "-") \(updatedAt ?? "-")" }
    }

    /// The stamps of every row of `table` that `condition` selects.
    private func stamps(_ table: String, where condition: String = "1", in queue: DatabaseQueue) throws -> [Stamps] {
        try queue.read { db in
            try Row.fetchAll(
                db, sql: "SELECT createdBy, createdAt, updatedBy, updatedAt FROM \(table) WHERE \(condition)"
            )
            .map { Stamps(createdBy: $0[0], createdAt: $0[1], updatedBy: $0[2], updatedAt: $0[3]) }
        }
    }

    /// PBA-56 as the clerk enters it: one agenda item, a question (with its ask), a response
    /// and a commitment drawn from it, and the date of issue of its provisional agenda.
    private func enterPBA56(as clerk: AppStore) throws {
        try clerk.loadReferenceWorld()
        try planPBA56(in: clerk)
        try clerk.addAgendaItem(meeting: "PBA-56", title: "Implementation of all resolutions")
        try clerk.recordIntervention(
            NewIntervention(
                meeting: "PBA-56", item: "1", speakers: ["Colombia"], kind: .question,
                text: "asked when the first phase had closed"))
        try clerk.recordResponse(
            NewResponse(meeting: "PBA-56", item: "1", text: "explained that it had closed in April"))
        try clerk.recordCommitment(
            NewCommitment(meeting: "PBA-56", origin: "R1", text: "report the number of participants"))
        try clerk.recordMeetingDocument(
            meeting: "PBA-56", kind: .provisionalAgenda, issued: try CalendarDate.parse("2024-10-09"))
    }

    /// A table that gains the four audit columns needs a record type that is an
    /// `AuditedRecord`, and a place in the list above.
    @Test func everyTableWithTheAuditColumnsBelongsToAnAuditedRecord() throws {
        let queue = try DatabaseQueue()
        _ = try AppStore(queue, audit: AuditStamp(user: "test"))
        let tables = try queue.read { db in
            var found: Set<String> = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                let columns = Set(try db.columns(in: table).map(\.name))
                if columns.isSuperset(of: ["createdBy", "createdAt", "updatedBy", "updatedAt"]) { found.insert(table) }
            }
            return found
        }
        #expect(tables == Set(Self.audited.map { $0.databaseTableName }))
        #expect(tables.count == 8)
    }

    /// Each of the eight, entered by the clerk and then changed by an editor, carries the
    /// clerk's stamp of its insert and the editor's stamp of its update.
    @Test func aRecordEnteredThenChangedCarriesBothStamps() throws {
        let queue = try DatabaseQueue()
        try enterPBA56(as: try store(on: queue, user: "clerk", at: Self.entered))
        let asEntered = Stamps(createdBy: "clerk", createdAt: Self.entered)
        for type in Self.audited {
            let rows = try stamps(type.databaseTableName, in: queue)
            #expect(!rows.isEmpty, "no row of \(type.databaseTableName)")
            #expect(rows.allSatisfy { $0 == asEntered }, "\(type.databaseTableName): \(rows)")
        }

        let editor = try store(on: queue, user: "editor", at: Self.changed)
        var settings = BodySettingsChange()
        settings.documentLeadDays = 7
        _ = try editor.updateBody("PBA", settings: settings)
        var change = MeetingChange()
        change.venue = "UNON Conference Room 2"
        _ = try editor.updateMeeting("PBA-56", change: change)
        _ = try editor.editAgendaItem(
            meeting: "PBA-56", item: "1", title: "Implementation of the resolutions",
            links: AgendaLinks())
        // The ask is the question's text, so it follows the new text and is changed too.
        try editor.editIntervention("I1", change: InterventionChange(text: "asked when the phase had closed"))
        try editor.editResponse("R1", change: ResponseChange(text: "explained that it had closed in May"))
        try editor.editCommitment("A1", change: CommitmentChange(text: "report how many took part"))
        try editor.recordMeetingDocument(meeting: "PBA-56", kind: .provisionalAgenda, symbol: "HSP/EB.2024/PBA.1")

        let asChanged = Stamps(
            createdBy: "clerk", createdAt: Self.entered, updatedBy: "editor", updatedAt: Self.changed)
        #expect(try stamps("body", where: "code = 'PBA'", in: queue) == [asChanged])
        #expect(try stamps("body", where: "code != 'PBA'", in: queue).allSatisfy { $0 == asEntered })
        for table in ["meeting", "agendaItem", "intervention", "ask", "response", "commitment", "meetingDocument"] {
            #expect(try stamps(table, in: queue) == [asChanged], "\(table)")
        }
    }

    /// A record file imported anew stamps every row it writes with the importer's stamp; imported
    /// again, it replaces the meeting's rows and stamps the meeting as changed.
    @Test func anImportedRecordCarriesTheImportersStamps() throws {
        let source = try DatabaseQueue()
        let clerk = try store(on: source, user: "clerk", at: Self.entered)
        try enterPBA56(as: clerk)
        let file = RecordFormatWriter.write([try clerk.exportRecord("PBA-56")])
        let records = RecordFormatReader.read(file, file: "pba-56.record").records.map { ("pba-56.record", $0) }

        let target = try DatabaseQueue()
        try store(on: target, user: "clerk", at: Self.entered).loadReferenceWorld()
        try store(on: target, user: "importer", at: Self.entered).importRecords(records)
        let imported = Stamps(createdBy: "importer", createdAt: Self.entered)
        for table in ["meeting", "agendaItem", "intervention", "ask", "response", "commitment", "meetingDocument"] {
            let rows = try stamps(table, in: target)
            #expect(!rows.isEmpty && rows.allSatisfy { $0 == imported }, "\(table): \(rows)")
        }

        try store(on: target, user: "editor", at: Self.changed).importRecords(records)
        #expect(
            try stamps("meeting", in: target)
                == [
                    Stamps(createdBy: "importer", createdAt: Self.entered, updatedBy: "editor", updatedAt: Self.changed)
                ])
        let replaced = Stamps(createdBy: "editor", createdAt: Self.changed)
        for table in ["agendaItem", "intervention", "ask", "response", "commitment", "meetingDocument"] {
            let rows = try stamps(table, in: target)
            #expect(!rows.isEmpty && rows.allSatisfy { $0 == replaced }, "\(table): \(rows)")
        }
    }

    /// An insert that bypasses the stamp is refused rather than stored with no one and no time.
    @Test func aRecordNeverStampedIsNotInserted() throws {
        let queue = try DatabaseQueue()
        try store(on: queue, user: "clerk", at: Self.entered).loadReferenceWorld()
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                let body = try Body.filter(Column("code") == "PBA").fetchOne(db)!
                var meeting = Meeting(
                    id: nil, bodyId: body.id!, handle: "PBA-99", startDate: try CalendarDate.parse("2025-01-15"),
                    endDate: try CalendarDate.parse("2025-01-15"), timeZoneLabel: body.timeZoneLabel,
                    timeZoneName: body.timeZoneName, modality: .inPerson, status: .planned, agendaStatus: .provisional)
                try meeting.insert(db)
            }
        }
        #expect(try stamps("meeting", in: queue).isEmpty)
    }
}
