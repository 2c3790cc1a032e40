import Foundation
import GRDB
import Testing

extension CLI {
    /// Takes the last migration off a database, as if an older rapporteur had made it.
    static func makeOlder(_ path: String) throws -> String {
        let schema = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appending(path: "Schema").path)
        let last = try #require(schema.filter { $0.hasSuffix(".sql") }.sorted().last)
        try #require(
            last == "0011_briefing_as_published.sql",
            "this test undoes 0011_briefing_as_published.sql; undo \(last) instead")
        // 0011 adds the tables of grand totals and fundraising lines and widens two
        // others: without the new tables and its row in grdb_migrations it runs again (on
        // tables already widened, which it rebuilds the same way).
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    DROP TABLE budgetGrandTotal;
                    DROP TABLE fundraisingLine;
                    DELETE FROM grdb_migrations WHERE identifier = '0011_briefing_as_published.sql';
                    """)
        }
        return last
    }
}
