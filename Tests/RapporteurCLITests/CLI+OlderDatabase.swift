import Foundation
import GRDB
import Testing

extension CLI {
    /// Takes the last migration off a database, as if an older rapporteur had made it.
    static func makeOlder(_ path: String) throws -> String {
        let schema = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appending(path: "Schema").path)
        let last = try #require(schema.filter { $0.hasSuffix(".sql") }.sorted().last)
        try #require(
            last == "0008_agenda_annotations.sql", "this test undoes 0008_agenda_annotations.sql; undo \(last) instead")
        // 0008 adds the annotation column of agenda items: without it and its row in
        // grdb_migrations it runs again.
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    ALTER TABLE agendaItem DROP COLUMN annotation;
                    DELETE FROM grdb_migrations WHERE identifier = '0008_agenda_annotations.sql';
                    """)
        }
        return last
    }
}
