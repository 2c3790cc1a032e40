import GRDB
import Testing

@testable import RapporteurKit

/// Identifiers are given once: a removed record's identifier never comes back on a new
/// one, neither the database's (I7, Q5, R3, A4) nor the record file's key (PBA-56/Q3).
@Suite struct IdentifierTests {
    private func read(_ text: String) -> [(file: String, record: RecordFile)] {
        RecordFormatReader.read(text, file: "x.record").records.map { ("x.record", $0) }
    }

    @Test func aRemovedInterventionsIdentifierIsNotGivenAgain() throws {
        let store = try recordStore()
        try store.say("Kenya", .comment, "highlighted the tool")
        #expect(try store.say("Colombia", .question, "asked when the phase had closed") == ["I2", "Q1"])
        _ = try store.removeIntervention("I2")
        #expect(try store.say("France", .question, "asked where the meetings would be") == ["I3", "Q2"])
    }

    @Test func removedResponsesAndCommitmentsKeepTheirIdentifiers() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked when the phase had closed")
        #expect(try store.respond("explained that it had closed in April") == "R1")
        #expect(
            try store.recordCommitment(NewCommitment(meeting: "PBA-56", text: "share the report")).identifiers == ["A1"]
        )
        _ = try store.removeResponse("R1")
        try store.write { db in try db.execute(sql: "DELETE FROM commitment") }
        #expect(try store.respond("explained it again") == "R2")
        #expect(try store.recordCommitment(NewCommitment(meeting: "PBA-56", text: "share it")).identifiers == ["A2"])
    }

    /// Re-importing a meeting replaces its rows; the new rows take new identifiers.
    @Test func aReplacedMeetingsRecordsTakeNewIdentifiers() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked when the phase had closed")
        let file = RecordFormatWriter.write([try store.exportRecord("PBA-56")])
        try store.importRecords(read(file))
        #expect(try store.interventions(meeting: "PBA-56").map(\.id) == ["I2"])
        #expect(RecordFormatWriter.write([try store.exportRecord("PBA-56")]) == file)
    }

    /// The record file's keys: an export gave the new intervention's ask the key of the
    /// one removed, so another meeting's "PBA-56/Q2" came to name a different ask.
    @Test func aRemovedRecordsKeyIsNotGivenAgainInAnExport() throws {
        let store = try recordStore()
        try store.say("Colombia", .question, "asked when the phase had closed")
        try store.say("France", .question, "asked where the meetings would be")
        let before = try store.exportRecord("PBA-56")
        #expect(before.entries.compactMap(\.interventionKey) == ["I1", "I2"])
        _ = try store.removeIntervention("I2")
        try store.say("Kenya", .question, "asked who would chair the group")
        let after = try store.exportRecord("PBA-56")
        #expect(after.entries.compactMap(\.interventionKey) == ["I1", "I3"])
        #expect(after.entries.compactMap(\.askKeys).flatMap { $0 } == ["Q1", "Q3"])
    }

    /// A meeting imported with keys up to I5 whose I5 is removed: the next one is I6.
    @Test func aKeyRemovedFromAnImportedMeetingIsNotGivenAgain() throws {
        let store = try recordStore()
        for n in 1...3 { try store.say("Kenya", .comment, "spoke for the \(n)th time") }
        try store.importRecords(read(RecordFormatWriter.write([try store.exportRecord("PBA-56")])))
        let last = try store.interventions(meeting: "PBA-56").last!.id
        _ = try store.removeIntervention(last)
        try store.say("Kenya", .comment, "spoke again")
        #expect(try store.exportRecord("PBA-56").entries.compactMap(\.interventionKey) == ["I1", "I2", "I4"])
    }

    /// A database from before keys were given at entry: the migration gives its records
    /// the keys an export gave them (after the keyed ones, in the record's order), and
    /// the records that come later follow on.
    @Test func recordsStoredWithoutKeysGetTheKeysAnExportGaveThem() throws {
        let queue = try DatabaseQueue()
        try AppStore.migrator.migrate(queue, upTo: "0006_briefing.sql")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO body (id, code, name, shortName, meetingNumbering, meetingNoun, ordinalStyle, timeStyle,
                                      timeZoneLabel, timeZoneName, attributionStyle, secretariatWord, documentLeadDays,
                                      symbolPrefix, createdBy, createdAt)
                    VALUES (1, 'PBA', 'Working group', 'the working group', 'number', 'meeting', 'words', 'twentyFourHour',
                            'EAT', 'East Africa Time', 'anonymous', 'Secretariat', 7, 'HSP/EB', 't', 't');
                    INSERT INTO meeting (id, bodyId, handle, number, startDate, endDate, timeZoneLabel, timeZoneName,
                                         createdBy, createdAt)
                    VALUES (1, 1, 'PBA-56', 56, '2024-10-16', '2024-10-16', 'EAT', 'East Africa Time', 't', 't');
                    INSERT INTO agendaItem (id, meetingId, position, title, createdBy, createdAt)
                    VALUES (1, 1, 1, 'Opening', 't', 't');
                    INSERT INTO intervention (id, meetingId, agendaItemId, sequence, kind, text, recordKey, createdBy, createdAt)
                    VALUES (1, 1, 1, 2, 'question', 'asked one thing', NULL, 't', 't'),
                           (2, 1, 1, 1, 'question', 'asked another', 'I4', 't', 't'),
                           (3, 1, 1, 3, 'comment', 'spoke', NULL, 't', 't');
                    INSERT INTO ask (id, interventionId, position, text, recordKey, createdBy, createdAt)
                    VALUES (1, 1, 1, 'one thing', NULL, 't', 't'), (2, 2, 1, 'another', NULL, 't', 't');
                    """)
        }
        try AppStore.migrator.migrate(queue)
        let keys = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT recordKey FROM intervention ORDER BY sequence")
                + String.fetchAll(db, sql: "SELECT recordKey FROM ask ORDER BY id")
        }
        #expect(keys == ["I4", "I5", "I6", "Q2", "Q1"])
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO intervention (meetingId, agendaItemId, sequence, kind, text, createdBy, createdAt)
                    VALUES (1, 1, 4, 'comment', 'spoke again', 't', 't')
                    """)
        }
        let added = try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT id, recordKey FROM intervention ORDER BY id DESC LIMIT 1")!
        }
        #expect(added[0] as Int64 == 4)
        #expect(added[1] as String == "I7")
    }
}

extension RecordFile.Entry {
    fileprivate var interventionKey: String? {
        if case .intervention(let intervention) = self { return intervention.key }
        return nil
    }

    fileprivate var askKeys: [String]? {
        if case .intervention(let intervention) = self { return intervention.asks.map(\.key) }
        return nil
    }
}
