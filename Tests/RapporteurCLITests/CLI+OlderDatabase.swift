import Foundation
import GRDB
import Testing

extension CLI {
    /// Takes the last migration off a database, as if an older rapporteur had made it.
    static func makeOlder(_ path: String) throws -> String {
        let schema = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appending(path: "Schema").path)
        let last = try #require(schema.filter { $0.hasSuffix(".sql") }.sorted().last)
        try #require(
            last == "0015_published_paragraphs.sql",
            "this test undoes 0015_published_paragraphs.sql; undo \(last) instead")
        // 0015 only adds the two tables of a summary's published paragraphs.
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    DROP TABLE publishedParagraph;
                    DROP TABLE publishedSummary;
                    DELETE FROM grdb_migrations WHERE identifier = '0015_published_paragraphs.sql';
                    """)
        }
        return last
    }
}
