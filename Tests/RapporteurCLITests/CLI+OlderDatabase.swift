import Foundation
import GRDB
import Testing

extension CLI {
    /// Takes the last migration off a database, as if an older rapporteur had made it.
    static func makeOlder(_ path: String) throws -> String {
        let schema = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appending(path: "Schema").path)
        let last = try #require(schema.filter { $0.hasSuffix(".sql") }.sorted().last)
        try #require(
            last == "0016_session_days.sql",
            "this test undoes 0016_session_days.sql; undo \(last) instead")
        // 0016 adds the days of a session, a day column to three tables, and rebuilds the
        // published paragraphs with a day in their key: put them back as 0015 made them.
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    DROP TABLE meetingDay;
                    ALTER TABLE intervention DROP COLUMN day;
                    ALTER TABLE response DROP COLUMN day;
                    ALTER TABLE commitment DROP COLUMN day;
                    CREATE TABLE publishedParagraphOld (
                        meetingId   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                        number      INTEGER NOT NULL CHECK (number > 0),
                        itemLabel   TEXT NOT NULL,
                        text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
                        edited      INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
                        PRIMARY KEY (meetingId, number)
                    );
                    INSERT INTO publishedParagraphOld (meetingId, number, itemLabel, text, edited)
                    SELECT meetingId, number, itemLabel, text, edited FROM publishedParagraph;
                    DROP TABLE publishedParagraph;
                    ALTER TABLE publishedParagraphOld RENAME TO publishedParagraph;
                    DELETE FROM grdb_migrations WHERE identifier = '0016_session_days.sql';
                    """)
        }
        return last
    }
}
