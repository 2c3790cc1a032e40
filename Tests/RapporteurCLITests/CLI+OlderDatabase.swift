import Foundation
import GRDB
import Testing

extension CLI {
    /// Takes the last migrations off a database (`steps` of them, the last first), as if
    /// an older rapporteur had made it; returns the name of the last one taken off.
    @discardableResult
    static func makeOlder(_ path: String, steps: Int = 1) throws -> String {
        let schema = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appending(path: "Schema").path)
        let names = schema.filter { $0.hasSuffix(".sql") }.sorted()
        let undone = Array(names.suffix(steps).reversed())
        for name in undone {
            let sql = try #require(undoing[name], "no undoing of \(name) is written here; write it in `undoing`")
            try DatabaseQueue(path: path).write { db in
                try db.execute(sql: sql + "DELETE FROM grdb_migrations WHERE identifier = '\(name)';")
            }
        }
        return undone.last!
    }

    /// What takes each recent migration off, written as the SQL that undoes it.
    private static let undoing: [String: String] = [
        // 0017 adds what an annotated agenda says of the opening, on the meeting.
        "0017_agenda_opening.sql": """
        ALTER TABLE meeting DROP COLUMN openingAnnotation;
        ALTER TABLE meeting DROP COLUMN openingTitle;

        """,
        // 0016 adds the days of a session, a day column to three tables, and rebuilds the
        // published paragraphs with a day in their key: put them back as 0015 made them.
        "0016_session_days.sql": """
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
        """,
    ]
}
