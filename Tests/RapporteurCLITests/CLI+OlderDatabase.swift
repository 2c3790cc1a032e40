import Foundation
import GRDB
import Testing

extension CLI {
    /// Takes the last migration off a database, as if an older rapporteur had made it.
    static func makeOlder(_ path: String) throws -> String {
        let schema = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appending(path: "Schema").path)
        let last = try #require(schema.filter { $0.hasSuffix(".sql") }.sorted().last)
        try #require(
            last == "0007_identifiers_once.sql", "this test undoes 0007_identifiers_once.sql; undo \(last) instead")
        // 0007 rebuilds the record tables and adds recordKeyMark and the triggers that keep
        // it: without them and its row in grdb_migrations it runs again.
        try DatabaseQueue(path: path).write { db in
            let triggers = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")
            for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger)") }
            try db.execute(
                sql: """
                    DROP TABLE recordKeyMark;
                    DELETE FROM grdb_migrations WHERE identifier = '0007_identifiers_once.sql';
                    """)
        }
        return last
    }
}
