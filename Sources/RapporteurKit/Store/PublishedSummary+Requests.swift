import GRDB

extension PublishedSummary {
    /// The meeting's published summary as stored; nil for a meeting whose record was not
    /// read from one (entered by hand, or imported from a record without paragraphs).
    static func fetch(_ db: Database, meetingId: Int64) throws -> PublishedSummary? {
        let paragraphs = try Row.fetchAll(
            db,
            sql: """
                SELECT number, itemLabel, text, edited, day FROM publishedParagraph WHERE meetingId = ?
                ORDER BY ifnull(day, 0), number
                """,
            arguments: [meetingId]
        ).map { row in
            PublishedParagraph(number: row[0], item: row[1], text: row[2], edited: row[3] as Bool, day: row[4])
        }
        let style = try String.fetchOne(
            db, sql: "SELECT style FROM publishedSummary WHERE meetingId = ?", arguments: [meetingId])
        guard !paragraphs.isEmpty else { return nil }
        return PublishedSummary(style: style.flatMap(AttributionStyle.init(rawValue:)), paragraphs: paragraphs)
    }

    /// Stores the summary for the meeting, replacing what it had.
    static func save(
        style: AttributionStyle?, paragraphs: [PublishedParagraph], meetingId: Int64, db: Database
    ) throws {
        try delete(meetingId: meetingId, db: db)
        guard !paragraphs.isEmpty else { return }
        try db.execute(
            sql: "INSERT INTO publishedSummary (meetingId, style) VALUES (?, ?)",
            arguments: [meetingId, style?.rawValue])
        try insert(paragraphs, meetingId: meetingId, db: db)
    }

    /// Stores one day's paragraphs of a session of several days, replacing that day's
    /// alone; the summary's style is the one it had, or `style` when it had none yet.
    static func saveDay(
        _ day: Int, style: AttributionStyle?, paragraphs: [PublishedParagraph], meetingId: Int64, db: Database
    ) throws {
        try db.execute(
            sql: "DELETE FROM publishedParagraph WHERE meetingId = ? AND day = ?", arguments: [meetingId, day])
        guard !paragraphs.isEmpty else { return }
        try db.execute(
            sql: """
                INSERT INTO publishedSummary (meetingId, style) VALUES (?, ?)
                ON CONFLICT (meetingId) DO UPDATE SET style = coalesce(style, excluded.style)
                """,
            arguments: [meetingId, style?.rawValue])
        try insert(
            paragraphs.map {
                var paragraph = $0; paragraph.day = day; return paragraph
            }, meetingId: meetingId, db: db)
    }

    private static func insert(_ paragraphs: [PublishedParagraph], meetingId: Int64, db: Database) throws {
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO publishedParagraph (meetingId, day, number, itemLabel, text, edited) VALUES (?, ?, ?, ?, ?, ?)
                """)
        for paragraph in paragraphs {
            try StoredText.check(paragraph.text, field: "publishedParagraph.text")
            try StoredText.check(paragraph.item, field: "publishedParagraph.itemLabel")
            try insert.execute(
                arguments: [
                    meetingId, paragraph.day, paragraph.number, paragraph.item, paragraph.text, paragraph.edited,
                ])
        }
    }

    static func delete(meetingId: Int64, db: Database) throws {
        try db.execute(sql: "DELETE FROM publishedParagraph WHERE meetingId = ?", arguments: [meetingId])
        try db.execute(sql: "DELETE FROM publishedSummary WHERE meetingId = ?", arguments: [meetingId])
    }

    /// Marks the paragraph a record was drawn from as edited: from now on the summary
    /// writes it from the record. Nothing happens for a record drawn from no paragraph.
    static func markEdited(paragraph number: Int?, day: Int?, meetingId: Int64, db: Database) throws {
        guard let number else { return }
        try db.execute(
            sql: "UPDATE publishedParagraph SET edited = 1 WHERE meetingId = ? AND ifnull(day, 0) = ? AND number = ?",
            arguments: [meetingId, day ?? 0, number])
    }
}
