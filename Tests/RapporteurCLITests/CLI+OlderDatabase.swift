import Foundation
import GRDB
import Testing

extension CLI {
    /// Takes the last migration off a database, as if an older rapporteur had made it.
    static func makeOlder(_ path: String) throws -> String {
        let schema = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appending(path: "Schema").path)
        let last = try #require(schema.filter { $0.hasSuffix(".sql") }.sorted().last)
        try #require(
            last == "0012_decision_updates_and_footnotes.sql",
            "this test undoes 0012_decision_updates_and_footnotes.sql; undo \(last) instead")
        // 0012 rebuilds implementationUpdate to let an update be a decision's, and adds
        // the table of footnotes: without that table and its row in grdb_migrations it
        // runs again (on a table already rebuilt, which it rebuilds the same way).
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    DROP TABLE implementationFootnote;
                    DELETE FROM grdb_migrations WHERE identifier = '0012_decision_updates_and_footnotes.sql';
                    """)
        }
        return last
    }
}
