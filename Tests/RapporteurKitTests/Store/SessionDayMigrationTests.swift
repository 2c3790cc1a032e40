import GRDB
import Testing

@testable import RapporteurKit

/// Migration 0016 gives a session its days and rebuilds the published paragraphs with a
/// day in their key: a database made before keeps its paragraphs and records as they
/// were, with no day, and a session's paragraph 1 may then come once a day.
@Suite struct SessionDayMigrationTests {
    private func olderDatabase() throws -> DatabaseQueue {
        let queue = try olderDatabaseWithTwoMeetings(upTo: "0015_published_paragraphs.sql")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO agendaItem (id, meetingId, parentId, position, title, createdBy, createdAt)
                    VALUES (1, 1, NULL, 1, 'Adoption of the agenda', 't', 't');
                    INSERT INTO intervention (id, meetingId, agendaItemId, sequence, kind, text, sourceParagraph, recordKey,
                                              createdBy, createdAt)
                    VALUES (1, 1, 1, 1, 'comment', 'welcomed the update', 2, 'I1', 't', 't');
                    INSERT INTO publishedSummary (meetingId, style) VALUES (1, 'anonymous');
                    INSERT INTO publishedParagraph (meetingId, number, itemLabel, text, edited)
                    VALUES (1, 1, '1', 'The meeting opened on time.', 0),
                           (1, 2, '1', 'A Member State welcomed the update.', 1);
                    """)
        }
        return queue
    }

    @Test func publishedParagraphsAndRecordsKeepWhatTheyHadWithNoDay() throws {
        let queue = try olderDatabase()
        try AppStore.migrator.migrate(queue)
        let paragraphs = try queue.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT meetingId, day, number, itemLabel, text, edited FROM publishedParagraph ORDER BY number")
        }
        #expect(paragraphs.count == 2)
        #expect(paragraphs.map { $0[2] as Int } == [1, 2])
        #expect(paragraphs.allSatisfy { ($0[1] as Int?) == nil })
        #expect(
            paragraphs.map { $0[4] as String } == [
                "The meeting opened on time.", "A Member State welcomed the update.",
            ])
        #expect(paragraphs.map { $0[5] as Bool } == [false, true])
        let summary = try queue.read { db in try PublishedSummary.fetch(db, meetingId: 1) }
        #expect(summary?.paragraphs.map(\.number) == [1, 2])
        #expect(summary?.style == .anonymous)
        let day = try queue.read { db in try Int?.fetchOne(db, sql: "SELECT day FROM intervention WHERE id = 1") }
        #expect(day == .some(nil))
    }

    @Test func aParagraphNumberComesOnceADayAndOnceInAMeetingWithoutDays() throws {
        let queue = try olderDatabase()
        try AppStore.migrator.migrate(queue)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO publishedParagraph (meetingId, day, number, itemLabel, text)
                    VALUES (2, 1, 1, '1', 'First day, first paragraph.'), (2, 2, 1, '1', 'Second day, first paragraph.')
                    """)
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO publishedParagraph (meetingId, day, number, itemLabel, text) VALUES (2, 2, 1, '1', 'Again.')"
                )
            }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO publishedParagraph (meetingId, number, itemLabel, text) VALUES (1, 1, '1', 'Again.')"
                )
            }
        }
    }

    @Test func aSessionDayIsGivenOnceAndOnADateOfItsOwn() throws {
        let queue = try olderDatabase()
        try AppStore.migrator.migrate(queue)
        try queue.write { db in
            try MeetingDay.save(
                MeetingDay(number: 1, date: CalendarDate(year: 2024, month: 12, day: 4)!), meetingId: 2, db: db)
            try MeetingDay.save(
                MeetingDay(number: 2, date: CalendarDate(year: 2024, month: 12, day: 5)!), meetingId: 2, db: db)
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO meetingDay (meetingId, number, date) VALUES (2, 3, '2024-12-05')")
            }
        }
        let days = try queue.read { db in try MeetingDay.all(meetingId: 2, db: db) }
        #expect(days.map(\.number) == [1, 2])
        #expect(days.map(\.date.iso) == ["2024-12-04", "2024-12-05"])
    }
}
