import Testing

@testable import RapporteurKit

/// The first day of the session a report's header names, the default day of its updates.
@Suite struct ReportSessionStartTests {
    static func start(of header: String) -> ReportParser.SessionStart? {
        ReportParser.parse(header + "\nA. Resolution 2/7\n1. The group met.\n", file: "r.txt").sessionStart
    }

    @Test func theFirstDayOfTheSessionIsRead() throws {
        #expect(Self.start(of: "Geneva, 3–5 March 2099")?.date == (try CalendarDate.parse("2099-03-03")))
        #expect(Self.start(of: "Geneva, 3-5 March 2099")?.date == (try CalendarDate.parse("2099-03-03")))
        #expect(Self.start(of: "Geneva, 12 June 2099")?.date == (try CalendarDate.parse("2099-06-12")))
        #expect(
            Self.start(of: "Geneva, 30 November–2 December 2099")?.date == (try CalendarDate.parse("2099-11-30")))
        #expect(Self.start(of: "**Executive Board\nGeneva, 3–5 March 2099**")?.line == 2)
        // A place named with its city.
        #expect(Self.start(of: "Gigiri, Nairobi, 19–20 November 2099")?.date == (try CalendarDate.parse("2099-11-19")))
    }

    @Test func aHeaderWithoutSessionDatesGivesNoDay() {
        #expect(Self.start(of: "Report of the Executive Director") == nil)
        #expect(Self.start(of: "Geneva, 31 February 2099") == nil)
        // A date in a paragraph is not the session's.
        let text = "A. Resolution 2/7\n1. The group met.\nGeneva, 3–5 March 2099\n"
        #expect(ReportParser.parse(text, file: "r.txt").sessionStart == nil)
    }
}

/// Seeds 001 and 002: the first names its session in its header, the second does not.
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedReportSessionStartTests {
    @Test func seed001IsAsOfTheFirstDayOfItsSession() throws {
        // "Nairobi, 4–6 December 2024", line 8 of seed 001.
        let start = ReportParser.parse(try Seeds.text("001"), file: "001.txt").sessionStart
        #expect(start == ReportParser.SessionStart(date: try CalendarDate.parse("2024-12-04"), line: 8))
        #expect(ReportParser.parse(try Seeds.text("002"), file: "002.txt").sessionStart == nil)
    }
}
