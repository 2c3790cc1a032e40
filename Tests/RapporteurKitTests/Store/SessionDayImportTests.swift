import GRDB
import Testing

@testable import RapporteurKit

/// A session's days go in one at a time (`importDay`, as `import summary --into` does):
/// a day replaced leaves every other day as it was.
@Suite struct SessionDayImportTests {
    /// Rows of the records of one day of EB-2024-2, with their ids, keys and stamps.
    private func rows(ofDay day: Int, in store: AppStore) throws -> [String] {
        try store.read { db in
            let interventions = try Row.fetchAll(
                db,
                sql: """
                    SELECT 'I', i.id, i.recordKey, i.text, i.sequence, i.createdAt FROM intervention i
                    JOIN meeting m ON m.id = i.meetingId WHERE m.handle = 'EB-2024-2' AND i.day = ? ORDER BY i.id
                    """, arguments: [day])
            let asks = try Row.fetchAll(
                db,
                sql: """
                    SELECT 'Q', a.id, a.recordKey, a.text, a.status, a.createdAt FROM ask a
                    JOIN intervention i ON i.id = a.interventionId JOIN meeting m ON m.id = i.meetingId
                    WHERE m.handle = 'EB-2024-2' AND i.day = ? ORDER BY a.id
                    """, arguments: [day])
            let responses = try Row.fetchAll(
                db,
                sql: """
                    SELECT 'R', r.id, r.recordKey, r.text, r.sequence, r.createdAt FROM response r
                    JOIN meeting m ON m.id = r.meetingId WHERE m.handle = 'EB-2024-2' AND r.day = ? ORDER BY r.id
                    """, arguments: [day])
            let paragraphs = try Row.fetchAll(
                db,
                sql: """
                    SELECT 'P', p.number, p.itemLabel, p.text, p.edited, '' FROM publishedParagraph p
                    JOIN meeting m ON m.id = p.meetingId WHERE m.handle = 'EB-2024-2' AND p.day = ? ORDER BY p.number
                    """, arguments: [day])
            return (interventions + asks + responses + paragraphs).map { $0.description }
        }
    }

    private func sessionWithTwoDays() throws -> AppStore {
        let store = try recordStore()
        try store.importDay(
            try SessionDayFixture.record(SessionDayFixture.secondDay()), file: "day2.txt", into: "EB-2024-2")
        var third = try SessionDayFixture.record(SessionDayFixture.thirdDay())
        // The day-3 response also answers, in part, Brazil's ask of day 2.
        guard case .response(var response) = third.entries[1] else {
            Issue.record("no response on day 3")
            return store
        }
        response.answers.append(RecordFile.Answer(ask: "EB-2024-2/Q1", extent: .partial))
        third.entries[1] = .response(response)
        try store.importDay(third, file: "day3.txt", into: "EB-2024-2")
        return store
    }

    @Test func aNewDayTakesKeysAfterTheSessionsHighestAndKeepsItsDay() throws {
        let store = try sessionWithTwoDays()
        let record = try store.exportRecord("EB-2024-2")
        #expect(record.days.map(\.number) == [2, 3])
        #expect(record.days.map(\.date.iso) == ["2024-12-05", "2024-12-06"])
        let interventions = try store.interventions(meeting: "EB-2024-2")
        #expect(interventions.map(\.day) == [2, 2, 3])
        #expect(interventions.map(\.speakers) == [["Brazil"], ["Kenya"], ["France"]])
        let keys = record.entries.map { entry -> String in
            switch entry {
            case .intervention(let intervention): intervention.key + intervention.asks.map { " " + $0.key }.joined()
            case .response(let response): response.key
            }
        }
        #expect(keys == ["I1 Q1", "R1", "I2", "I3 Q2", "R2"])
        #expect(record.commitments.map(\.key) == ["A1"])
        // Item 2 was not on the session's agenda: day 2 added it, and day 3 found it there.
        #expect(record.agenda.map(\.label) == ["1", "2"])
        // A day-3 response answers, in part, an ask of day 2.
        #expect(try store.responses(meeting: "EB-2024-2").map { $0.answers.map(\.extent) } == [[], [.partial]])
        #expect(interventions[0].asks.map(\.status) == [.partiallyAnswered])
    }

    @Test func replacingADayLeavesTheOtherDaysAsTheyWere() throws {
        let store = try sessionWithTwoDays()
        let dayThree = try rows(ofDay: 3, in: store)
        let dayTwo = try rows(ofDay: 2, in: store)
        let corrected = try SessionDayFixture.record(
            SessionDayFixture.secondDay(timeline: "asked for a dated timeline of the housing report"))
        let report = try store.importDay(corrected, file: "day2.txt", into: "EB-2024-2", replace: true)
        #expect(
            report.meetings.map(\.line) == [
                "EB-2024-2, day 2: replaced — 0 agenda items, 2 interventions, 1 ask, 1 response, 0 answers, 1 commitment"
            ])
        #expect(try rows(ofDay: 3, in: store) == dayThree)
        let replaced = try rows(ofDay: 2, in: store)
        #expect(replaced != dayTwo)
        #expect(replaced.contains { $0.contains("asked for a dated timeline") })

        // The day's keys come back in order; no other day's key moved.
        let record = try store.exportRecord("EB-2024-2")
        let keys = record.entries.map { entry -> String in
            switch entry {
            case .intervention(let intervention): intervention.key
            case .response(let response): response.key
            }
        }
        #expect(keys == ["I1", "R1", "I2", "I3", "R2"])
        #expect(record.commitments.map(\.key) == ["A1"])
        #expect(try store.interventions(meeting: "EB-2024-2").map(\.day) == [2, 2, 3])
        // The day-3 answer to Q1 of day 2 is linked again to the new Q1, with a warning to check it.
        guard case .response(let answering) = record.entries[4] else {
            Issue.record("no day-3 response")
            return
        }
        #expect(answering.answers.map(\.ask) == ["Q1"])
        #expect(answering.answers.map(\.extent) == [.partial])
        #expect(try store.interventions(meeting: "EB-2024-2")[0].asks.map(\.status) == [.partiallyAnswered])
        #expect(report.warnings.map(\.message).contains { $0.contains("EB-2024-2/Q1 of day 2, which was replaced") })
        #expect(
            try store.recordSource(of: "EB-2024-2").published?.paragraphs.map { [$0.day, $0.number] } == [
                [2, 1], [2, 2], [2, 3], [3, 1], [3, 2],
            ])
    }

    @Test func aDayTheSessionHasIsRefusedWithoutReplaceAndNothingChanges() throws {
        let store = try sessionWithTwoDays()
        let before = try store.rowCounts()
        let failure = #expect(throws: ImportFailure.self) {
            try store.importDay(
                try SessionDayFixture.record(SessionDayFixture.secondDay()), file: "day2.txt", into: "EB-2024-2")
        }
        #expect(
            failure?.diagnostics.map(\.message) == [
                "EB-2024-2 has day 2 already; replacing the record replaces that day's record, and only that day's"
            ])
        #expect(try store.rowCounts() == before)
    }

    @Test func aSessionThatIsNotThereOrOfAnotherBodyIsRefused() throws {
        let store = try recordStore()
        let record = try SessionDayFixture.record(SessionDayFixture.secondDay())
        let missing = #expect(throws: ImportFailure.self) {
            try store.importDay(record, file: "day2.txt", into: "EB-2025-1")
        }
        #expect(missing?.diagnostics.first?.message.hasPrefix("no meeting EB-2025-1") == true)
        let other = #expect(throws: ImportFailure.self) {
            try store.importDay(record, file: "day2.txt", into: "PBA-56")
        }
        #expect(
            other?.diagnostics.map(\.message) == [
                "the document is of a meeting of EB, and PBA-56 is a meeting of PBA; name a session of EB"
            ])
        var dayless = record
        dayless.days = []
        let noDay = #expect(throws: ImportFailure.self) {
            try store.importDay(dayless, file: "day2.txt", into: "EB-2024-2")
        }
        #expect(noDay?.diagnostics.first?.message.hasPrefix("the document gives no day of a session") == true)
        #expect(try store.exportRecord("EB-2024-2").days.isEmpty)
    }

    @Test func aDayThatFailsPartWayWritesNothing() throws {
        let store = try sessionWithTwoDays()
        let before = try store.rowCounts()
        let dayThree = try rows(ofDay: 3, in: store)
        var broken = try SessionDayFixture.record(
            SessionDayFixture.secondDay(timeline: "asked for a dated timeline of the housing report"))
        // Its last record is under an item the session does not have and cannot take next.
        guard case .intervention(var last) = broken.entries[2] else {
            Issue.record("no intervention")
            return
        }
        last.item = "7"
        broken.entries[2] = .intervention(last)
        let failure = #expect(throws: ImportFailure.self) {
            try store.importDay(broken, file: "day2.txt", into: "EB-2024-2", replace: true)
        }
        #expect(
            failure?.diagnostics.map(\.message).contains {
                $0.hasPrefix("agenda item 7 is not on the agenda of EB-2024-2, and is not the next item there")
            } == true)
        #expect(try store.rowCounts() == before)
        #expect(try rows(ofDay: 3, in: store) == dayThree)
        #expect(
            try store.interventions(meeting: "EB-2024-2").map(\.text).contains(
                "asked for a timeline of the housing report"))
    }

    @Test func aDryRunOfADayWritesNothing() throws {
        let store = try recordStore()
        let report = try store.importDay(
            try SessionDayFixture.record(SessionDayFixture.secondDay()), file: "day2.txt", into: "EB-2024-2",
            dryRun: true)
        #expect(report.meetings.first?.interventions == 2)
        #expect(try store.interventions(meeting: "EB-2024-2").isEmpty)
        #expect(try store.exportRecord("EB-2024-2").days.isEmpty)
    }

    @Test func aDayOutsideTheSessionsDatesIsRefused() throws {
        let store = try recordStore()
        var summary = SessionDayFixture.secondDay()
        summary.day = SessionDay(number: 2, date: try CalendarDate.parse("2024-12-09"))
        let failure = #expect(throws: ImportFailure.self) {
            try store.importDay(try SessionDayFixture.record(summary), file: "day2.txt", into: "EB-2024-2")
        }
        #expect(
            failure?.diagnostics.first?.message.hasPrefix(
                "day 2 is dated 9 December 2024, outside the dates of EB-2024-2")
                == true, "\(failure?.diagnostics ?? [])")
    }

    /// The record format writes each day under its `day` line, and reads it back the same.
    @Test func aSessionOfSeveralDaysRoundTripsThroughTheRecordFormat() throws {
        let store = try sessionWithTwoDays()
        let text = RecordFormatWriter.write([try store.exportRecord("EB-2024-2")])
        #expect(text.contains("\nday 2 2024-12-05\n\nparagraph 1\n"))
        #expect(text.contains("\nday 3 2024-12-06\n\nparagraph 1\n"))
        let dayThree = try #require(text.range(of: "\nday 3 2024-12-06\n"))
        #expect(text[dayThree.upperBound...].contains("intervention I3"))
        #expect(!text[..<dayThree.lowerBound].contains("intervention I3"))
        let read = RecordFormatReader.read(text, file: "eb.record")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(RecordFormatWriter.write(read.records) == text)
        let fresh = try recordStore()
        try fresh.importRecords(read.records.map { ("eb.record", $0) })
        #expect(RecordFormatWriter.write([try fresh.exportRecord("EB-2024-2")]) == text)
        #expect(try fresh.interventions(meeting: "EB-2024-2").map(\.day) == [2, 2, 3])
    }
}

extension SessionDayImportTests {
    @Test func aSummaryOfAWholeMeetingIsRefusedIntoASession() throws {
        let store = try recordStore()
        let failure = #expect(throws: ImportFailure.self) {
            try store.importSummary(SummaryParserFixtures.capitals, file: "board.txt", into: "EB-2024-2")
        }
        #expect(
            failure?.diagnostics.first?.description.hasPrefix("board.txt:1: error: the document gives no day") == true)
        #expect(try store.meetings().map(\.handle).contains("EB-2025-3") == false)
    }
}

extension SessionDayImportTests {
    /// A record entered by hand in a session of several days falls at the end of its last
    /// day, so that the record still writes and reads back by day.
    @Test func aRecordEnteredByHandFallsOnTheLastDay() throws {
        let store = try sessionWithTwoDays()
        try store.say("Colombia", .comment, "stressed the need for urban data", item: "2", meeting: "EB-2024-2")
        let interventions = try store.interventions(meeting: "EB-2024-2")
        #expect(interventions.map(\.day) == [2, 2, 3, 3])
        #expect(interventions.last?.speakers == ["Colombia"])
        let text = RecordFormatWriter.write([try store.exportRecord("EB-2024-2")])
        let read = RecordFormatReader.read(text, file: "eb.record")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let dayThree = try #require(text.range(of: "\nday 3 2024-12-06\n"))
        #expect(text[dayThree.upperBound...].contains("stressed the need for urban data"))
    }
}

extension SessionDayImportTests {
    /// A day replaced may move to another date, as long as it stays between its neighbours;
    /// a day dated before the day it follows is refused.
    @Test func aReplacedDayMayTakeAnotherDateInItsPlace() throws {
        let store = try recordStore()
        try store.importDay(
            try SessionDayFixture.record(SessionDayFixture.secondDay()), file: "day2.txt", into: "EB-2024-2")
        var moved = SessionDayFixture.secondDay()
        moved.day = SessionDay(number: 2, date: try CalendarDate.parse("2024-12-06"))
        try store.importDay(try SessionDayFixture.record(moved), file: "day2.txt", into: "EB-2024-2", replace: true)
        #expect(try store.exportRecord("EB-2024-2").days.map(\.date.iso) == ["2024-12-06"])
        var early = SessionDayFixture.thirdDay()
        early.day = SessionDay(number: 3, date: try CalendarDate.parse("2024-12-05"))
        let failure = #expect(throws: ImportFailure.self) {
            try store.importDay(try SessionDayFixture.record(early), file: "day3.txt", into: "EB-2024-2")
        }
        #expect(
            failure?.diagnostics.first?.message
                == "day 3 is dated 5 December 2024, and day 2 of EB-2024-2 is 6 December 2024; the days of a session follow their dates"
        )
    }
}
