import Foundation
import GRDB
import Testing

extension CLI {
    /// Takes the last migration off a database, as if an older rapporteur had made it.
    static func makeOlder(_ path: String) throws -> String {
        let schema = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appending(path: "Schema").path)
        let last = try #require(schema.filter { $0.hasSuffix(".sql") }.sorted().last)
        try #require(last == "0006_briefing.sql", "this test undoes 0006_briefing.sql; undo \(last) instead")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                DROP TABLE budgetImplication;
                DROP TABLE roadmapMilestone;
                ALTER TABLE fundingSnapshot DROP COLUMN shownGap;
                ALTER TABLE fundingSnapshot DROP COLUMN shownGapPercent;
                DELETE FROM grdb_migrations WHERE identifier = '0006_briefing.sql';
                """)
        }
        return last
    }
}
