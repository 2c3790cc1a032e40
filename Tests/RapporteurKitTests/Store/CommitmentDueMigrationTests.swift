import GRDB
import Testing

@testable import RapporteurKit

/// Migration 0014 rebuilds the commitment table for the new dues: every row, its id, the
/// highest id ever given and the record keys' triggers survive, and the CHECKs keep a
/// due's kind and its columns consistent.
@Suite struct CommitmentDueMigrationTests {
    private func olderDatabase() throws -> DatabaseQueue {
        let queue = try olderDatabaseWithTwoMeetings(upTo: "0012_decision_updates_and_footnotes.sql")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO commitment (meetingId, text, dueKind, dueDate, dueMeetingId, recordKey, createdBy, createdAt)
                    VALUES (1, 'share the draft', 'date', '2024-12-31', NULL, 'A1', 't', 't'),
                           (1, 'brief the Board', 'meeting', NULL, 2, 'A2', 't', 't'),
                           (1, 'send the analytics', 'uponRequest', NULL, NULL, 'A3', 't', 't'),
                           (1, 'removed later', 'none', NULL, NULL, 'A4', 't', 't');
                    DELETE FROM commitment WHERE id = 4;
                    INSERT INTO resolution (id, bodyId, session, number, title, symbol, createdBy, createdAt)
                    VALUES (1, 2, 2, 7, 'Adequate housing for all', 'HSP/HA.2/Res.7', 't', 't');
                    INSERT INTO recordReference (commitmentId, resolutionId, paragraph, source)
                    VALUES (1, 1, '3', 'explicit');
                    """)
        }
        return queue
    }

    @Test func everyRowAndItsIdSurvive() throws {
        let queue = try olderDatabase()
        try AppStore.migrator.migrate(queue)
        let rows = try queue.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, text, dueKind, dueDate, dueMeetingId, recordKey FROM commitment ORDER BY id")
        }
        #expect(rows.map { $0[0] as Int64 } == [1, 2, 3])
        #expect(rows.map { $0[2] as String } == ["date", "meeting", "uponRequest"])
        #expect(rows[0][3] as String? == "2024-12-31")
        #expect(rows[1][4] as Int64? == 2)
        #expect(rows.map { $0[5] as String } == ["A1", "A2", "A3"])
        // Dropping the old table must not cascade to what refers to its rows.
        let references = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM recordReference WHERE commitmentId = 1 AND paragraph = '3'")
        }
        #expect(references == 1)
        // The removed row's id and key are not given again.
        try queue.write { db in
            try db.execute(
                sql:
                    "INSERT INTO commitment (meetingId, text, dueKind, createdBy, createdAt) VALUES (1, 'new', 'none', 't', 't')"
            )
        }
        let added = try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT id, recordKey FROM commitment ORDER BY id DESC LIMIT 1")!
        }
        #expect(added[0] as Int64 == 5)
        #expect(added[1] as String == "A5")
        let indexes = try queue.read { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'commitment' ORDER BY name"
            )
        }
        #expect(
            indexes == [
                "commitmentByDueReference", "commitmentByIntervention", "commitmentByMeeting", "commitmentByResponse",
                "commitmentByStatus",
            ])
    }

    @Test func theChecksKeepTheDueKindsConsistent() throws {
        let queue = try olderDatabase()
        try AppStore.migrator.migrate(queue)
        func insert(_ values: String) throws {
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO commitment (meetingId, text, dueKind, dueMeetingId, dueBodyId, dueSession, dueYear,
                                                createdBy, createdAt) VALUES (1, 'x', \(values), 't', 't')
                        """)
            }
        }
        try insert("'asEarlyAsPossible', NULL, NULL, NULL, NULL")
        try insert("'meeting', NULL, 2, 1, 2025")
        // Due at a meeting with neither the meeting nor a reference, with both, or a reference with no kind.
        #expect(throws: DatabaseError.self) { try insert("'meeting', NULL, NULL, NULL, NULL") }
        #expect(throws: DatabaseError.self) { try insert("'meeting', 2, 2, 1, 2025") }
        #expect(throws: DatabaseError.self) { try insert("'none', NULL, 2, 1, 2025") }
        #expect(throws: DatabaseError.self) { try insert("'meeting', NULL, 2, NULL, NULL") }
        #expect(throws: DatabaseError.self) { try insert("'soon', NULL, NULL, NULL, NULL") }
    }
}
