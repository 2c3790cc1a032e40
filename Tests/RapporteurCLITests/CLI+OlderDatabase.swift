import Foundation
import GRDB
import Testing

extension CLI {
    /// Takes the last migration off a database, as if an older rapporteur had made it.
    static func makeOlder(_ path: String) throws -> String {
        let schema = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appending(path: "Schema").path)
        let last = try #require(schema.filter { $0.hasSuffix(".sql") }.sorted().last)
        try #require(
            last == "0013_answer_link_state.sql", "this test undoes 0013_answer_link_state.sql; undo \(last) instead")
        // 0013 adds the answer link's state (and its index): without them and its row in
        // grdb_migrations it runs again.
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    DROP INDEX answerByState;
                    ALTER TABLE answer DROP COLUMN state;
                    DELETE FROM grdb_migrations WHERE identifier = '0013_answer_link_state.sql';
                    """)
        }
        return last
    }
}
