import GRDB
import Testing

@testable import RapporteurKit

/// 0012 rebuilds implementationUpdate so that an update can be a decision's: the
/// updates a database already holds stay, each its resolution's.
@Suite struct UpdateMigrationTests {
    @Test func updatesRecordedBefore0012StayTheirResolutions() throws {
        let queue = try DatabaseQueue()
        let store = try AppStore(queue, audit: AuditStamp(user: "test"))
        try store.loadReferenceWorld()
        try store.importReport(
            "A. Resolution 2/7\n1. The working group met.\n", file: "r.txt",
            asOf: try CalendarDate.parse("2099-03-01"), symbol: "HSP/EB.2099/7")
        // The database as 0011 left it: the table as 0005 made it, and no footnotes.
        try queue.write { db in
            try db.execute(
                sql: """
                    DROP TABLE implementationFootnote;
                    CREATE TABLE implementationUpdateOld (
                        id INTEGER PRIMARY KEY, resolutionId INTEGER NOT NULL REFERENCES resolution(id),
                        asOf TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL,
                        paragraphs TEXT NOT NULL DEFAULT '', sourceKind TEXT NOT NULL, sourceSymbol TEXT,
                        sourceParagraph INTEGER, createdBy TEXT NOT NULL, createdAt TEXT NOT NULL);
                    INSERT INTO implementationUpdateOld SELECT id, resolutionId, asOf, position, text, paragraphs,
                        sourceKind, sourceSymbol, sourceParagraph, createdBy, createdAt FROM implementationUpdate;
                    DROP TABLE implementationUpdate;
                    ALTER TABLE implementationUpdateOld RENAME TO implementationUpdate;
                    DELETE FROM grdb_migrations WHERE identifier = '0012_decision_updates_and_footnotes.sql';
                    """)
        }
        let migrated = try AppStore(queue, audit: AuditStamp(user: "test"))
        // Applied again, whatever later migrations there are.
        #expect(try migrated.appliedMigrations().contains("0012_decision_updates_and_footnotes.sql"))
        let updates = try migrated.implementationUpdates(of: "2/7")
        #expect(updates.map(\.text) == ["The working group met."])
        #expect(updates.map(\.footnotes) == [[]])
        // A row must belong to exactly one of a resolution and a decision.
        #expect(throws: (any Error).self) {
            try queue.write { db in
                try db.execute(sql: "UPDATE implementationUpdate SET resolutionId = NULL")
            }
        }
    }
}
