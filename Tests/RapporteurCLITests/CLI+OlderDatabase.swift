import Foundation
import GRDB
import Testing

extension CLI {
    /// Takes the last migration off a database, as if an older rapporteur had made it.
    static func makeOlder(_ path: String) throws -> String {
        let schema = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appending(path: "Schema").path)
        let last = try #require(schema.filter { $0.hasSuffix(".sql") }.sorted().last)
        try #require(
            last == "0009_meeting_documents.sql", "this test undoes 0009_meeting_documents.sql; undo \(last) instead")
        // 0009 adds the table of meetings' documents and the distribution of bodies:
        // without them and its row in grdb_migrations it runs again.
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    DROP TABLE meetingDocument;
                    ALTER TABLE body DROP COLUMN distribution;
                    DELETE FROM grdb_migrations WHERE identifier = '0009_meeting_documents.sql';
                    """)
        }
        return last
    }
}
