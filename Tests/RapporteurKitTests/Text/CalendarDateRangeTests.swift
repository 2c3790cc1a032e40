import Testing

@testable import RapporteurKit

/// Dates are entered only in the years the program works with (1900 to 2999), and
/// arithmetic on any date that exists never stops the program.
@Suite struct CalendarDateRangeTests {
    @Test(arguments: ["0001-01-03", "1899-12-31", "3000-01-01", "9999-12-31"])
    func parseRefusesYearsOutsideTheRange(text: String) {
        #expect(
            throws: TextError(
                "'\(text)' is outside the years Rapporteur works with, 1900 to 2999; "
                    + "write dates as YYYY-MM-DD, for example 2024-10-16")
        ) {
            try CalendarDate.parse(text)
        }
    }

    @Test(arguments: ["1900-01-01", "2999-12-31"])
    func parseAcceptsTheEndsOfTheRange(text: String) throws {
        #expect(try CalendarDate.parse(text).iso == text)
    }

    @Test(arguments: ["3 January 0001", "Monday, 1 January 1001", "31 December 3000"])
    func writtenDatesOutsideTheRangeAreNoDates(text: String) {
        #expect(UNDate.parse(text) == nil)
    }

    @Test func addingDaysStopsAtTheFirstAndLastDatesThatCanBeWritten() throws {
        let first = try #require(CalendarDate(year: 1, month: 1, day: 3))
        #expect(first.adding(days: -7).iso == "0001-01-01")
        #expect(first.adding(days: .min).iso == "0001-01-01")
        let last = try #require(CalendarDate(year: 9999, month: 12, day: 30))
        #expect(last.adding(days: 2).iso == "9999-12-31")
        #expect(last.adding(days: .max).iso == "9999-12-31")
        #expect(first.days(until: last) == 3_652_055)
    }

    /// A meeting stored with a date of the first days of year 1 (by the library, or by
    /// an earlier version) still shows its agenda; the due date, which no calendar date
    /// can hold, is left out rather than misstated.
    @Test func theAgendaOfAMeetingInYearOneGivesADueDate() throws {
        let store = try referenceStore()
        try store.planMeeting(
            MeetingPlan(body: "PBA", number: 1, startDate: try #require(CalendarDate(year: 1, month: 1, day: 3))))
        let overview = try store.overview(of: "PBA-1")
        let document = AgendaDocument(meeting: overview.meeting, body: overview.body, agenda: overview.agenda)
        #expect(document.documentsDue == "Documents for the meeting are due seven days before it opens.")
    }
}
