import Foundation
import GRDB
import Testing

extension CLI {
    /// Takes the last migration off a database, as if an older rapporteur had made it.
    static func makeOlder(_ path: String) throws -> String {
        let schema = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appending(path: "Schema").path)
        let last = try #require(schema.filter { $0.hasSuffix(".sql") }.sorted().last)
        try #require(
            last == "0010_tracker_totals.sql", "this test undoes 0010_tracker_totals.sql; undo \(last) instead")
        // 0010 adds the table of trackers' printed totals: without it and its row in
        // grdb_migrations it runs again.
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    DROP TABLE trackerTotal;
                    DELETE FROM grdb_migrations WHERE identifier = '0010_tracker_totals.sql';
                    """)
        }
        return last
    }
}
