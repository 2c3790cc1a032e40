import Foundation
import Testing

@testable import RapporteurKit

struct CalendarDateTests {
    @Test(arguments: [
        (2024, 2, 29, true), (2023, 2, 29, false), (1900, 2, 29, false), (2000, 2, 29, true),
        (2024, 4, 30, true), (2024, 4, 31, false), (2024, 12, 31, true), (2024, 13, 1, false),
        (2024, 0, 1, false), (2024, 1, 0, false), (0, 1, 1, false), (9999, 12, 31, true), (10000, 1, 1, false),
    ])
    func initAcceptsOnlyRealGregorianDates(year: Int, month: Int, day: Int, exists: Bool) {
        #expect((CalendarDate(year: year, month: month, day: day) != nil) == exists)
    }

    @Test func parseReadsIsoDates() throws {
        let date = try CalendarDate.parse("2024-10-16")
        #expect(date.year == 2024 && date.month == 10 && date.day == 16)
        #expect(date.iso == "2024-10-16")
        #expect(date.description == "2024-10-16")
        #expect(try CalendarDate.parse(" 2019-05-27\n").iso == "2019-05-27")
    }

    @Test(arguments: [
        ("16/10/2024", "'16/10/2024' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16"),
        ("2024-1-5", "'2024-1-5' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16"),
        ("16 October 2024", "'16 October 2024' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16"),
        ("", "'' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16"),
        ("2024-10-16T10:00", "'2024-10-16T10:00' is not a date; write dates as YYYY-MM-DD, for example 2024-10-16"),
        ("2024-02-30", "'2024-02-30' is not a date: February 2024 has 29 days"),
        ("2023-02-29", "'2023-02-29' is not a date: February 2023 has 28 days"),
        ("2024-04-31", "'2024-04-31' is not a date: April 2024 has 30 days"),
        ("2024-01-00", "'2024-01-00' is not a date: January 2024 has 31 days"),
        (
            "2024-13-01",
            "'2024-13-01' is not a date: months run from 01 to 12; write dates as YYYY-MM-DD, for example 2024-10-16"
        ),
        (
            "0000-01-01",
            "'0000-01-01' is not a date: there is no year 0000; write dates as YYYY-MM-DD, for example 2024-10-16"
        ),
    ])
    func parseRejectsOtherFormsAndImpossibleDates(text: String, message: String) {
        #expect(throws: TextError(message)) { try CalendarDate.parse(text) }
    }

    @Test(arguments: [
        ("2024-10-16", 3, "Wednesday"), ("2024-12-04", 3, "Wednesday"), ("2019-05-27", 1, "Monday"),
        ("1970-01-01", 4, "Thursday"), ("2000-01-01", 6, "Saturday"), ("2000-02-29", 2, "Tuesday"),
        ("1900-03-01", 4, "Thursday"), ("2024-10-20", 7, "Sunday"), ("1969-12-31", 3, "Wednesday"),
    ])
    func weekdayCountsFromMondayAsOne(iso: String, weekday: Int, name: String) throws {
        let date = try CalendarDate.parse(iso)
        #expect(date.weekday == weekday)
        #expect(date.weekdayName == name)
    }

    @Test(arguments: [
        ("2024-02-28", 1, "2024-02-29"), ("2023-02-28", 1, "2023-03-01"), ("2024-12-31", 1, "2025-01-01"),
        ("2025-01-01", -1, "2024-12-31"), ("2024-10-16", 0, "2024-10-16"), ("2024-03-01", -366, "2023-03-01"),
        ("1999-12-31", 366, "2000-12-31"),
    ])
    func addingDaysCrossesMonthsAndYears(start: String, days: Int, expected: String) throws {
        #expect(try CalendarDate.parse(start).adding(days: days).iso == expected)
    }

    @Test func daysUntilIsPositiveTowardsLaterDates() throws {
        let opening = try CalendarDate.parse("2024-12-04")
        #expect(opening.days(until: try CalendarDate.parse("2024-12-06")) == 2)
        #expect(try CalendarDate.parse("2024-12-06").days(until: opening) == -2)
        #expect(try CalendarDate.parse("2024-01-01").days(until: try CalendarDate.parse("2025-01-01")) == 366)
        #expect(try CalendarDate.parse("2023-01-01").days(until: try CalendarDate.parse("2024-01-01")) == 365)
    }

    @Test func ordersByYearThenMonthThenDay() throws {
        let dates = try ["2024-10-16", "2023-12-31", "2024-02-01", "2024-10-02"].map(CalendarDate.parse)
        #expect(dates.sorted().map(\.iso) == ["2023-12-31", "2024-02-01", "2024-10-02", "2024-10-16"])
    }

    @Test func codesAsIsoString() throws {
        let date = try CalendarDate.parse("2024-10-16")
        let json = try JSONEncoder().encode([date])
        #expect(String(decoding: json, as: UTF8.self) == #"["2024-10-16"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: json) == [date])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2024-02-30"]"#.utf8))
        }
    }

    @Test func todayMatchesTheUtcDayOfTheSystemClock() {
        let before = Int(Date().timeIntervalSince1970 / 86_400)
        let today = CalendarDate.today()
        let after = Int(Date().timeIntervalSince1970 / 86_400)
        let epoch = CalendarDate(year: 1970, month: 1, day: 1)!
        #expect((before...after).contains(epoch.days(until: today)))
    }
}
