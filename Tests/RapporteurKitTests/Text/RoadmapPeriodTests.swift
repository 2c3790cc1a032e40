import Testing

@testable import RapporteurKit

/// Periods as roadmap slides write them, and the days each covers, worked out by hand
/// from the calendar.
@Suite struct RoadmapPeriodTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var start: String?
        var end: String?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "November 2023", start: "2023-11-01", end: "2023-11-30"),
        Case(text: "September-October 2023", start: "2023-09-01", end: "2023-10-31"),
        Case(text: "Nov 2023 Feb / Mar 2024", start: "2023-11-01", end: "2024-03-31"),
        Case(text: "Feb Mar 2024", start: "2024-02-01", end: "2024-03-31"),
        Case(text: "Feb / Mar 2024", start: "2024-02-01", end: "2024-03-31"),
        Case(text: "Aug / Sept 2024", start: "2024-08-01", end: "2024-09-30"),
        Case(text: "Mar-Apr 2024", start: "2024-03-01", end: "2024-04-30"),
        Case(text: "Mar-Apr 2024 (TBC by Exec Board)", start: "2024-03-01", end: "2024-04-30"),
        Case(text: "May Sep 2024 (subject to resources)", start: "2024-05-01", end: "2024-09-30"),
        Case(text: "February 2024", start: "2024-02-01", end: "2024-02-29"),
        Case(text: "February 2025", start: "2025-02-01", end: "2025-02-28"),
        Case(text: "Early 2024", start: "2024-01-01", end: "2024-04-30"),
        Case(text: "Mid-2025", start: "2025-05-01", end: "2025-08-31"),
        Case(text: "Late 2024 (TBC by Exec Board)", start: "2024-09-01", end: "2024-12-31"),
        Case(text: "By Sep 2024", start: nil, end: "2024-09-30"),
        Case(text: "By end 2023", start: nil, end: "2023-12-31"),
        Case(text: "2023-2025", start: "2023-01-01", end: "2025-12-31"),
        Case(text: "2024-25", start: "2024-01-01", end: "2025-12-31"),
        Case(text: "2029", start: "2029-01-01", end: "2029-12-31"),
        Case(text: "Q2–Q3 2025", start: "2025-04-01", end: "2025-09-30"),
        Case(text: "27 October 2023", start: "2023-10-27", end: "2023-10-27"),
        Case(text: "Mar 2024 ongoing", start: "2024-03-01", end: nil),
        Case(text: "Immediate", start: nil, end: nil),
        Case(text: "Continuous", start: nil, end: nil),
        Case(text: "Mar ongoing (subject to resources)", start: nil, end: nil),
    ])
    func aPeriodIsReadAsTheDaysItCovers(_ period: Case) throws {
        let read = try #require(RoadmapPeriod(period.text))
        #expect(read.written == period.text)
        #expect(read.start?.iso == period.start)
        #expect(read.end?.iso == period.end)
    }

    @Test(arguments: [
        "Calls (experts, EGMs, global study)", "Done ✓", "Platform (OP1)", "Year 1", "In parallel",
        "2024 and beyond", "Dec 2025 - Jan 2024", "March 3000", "", "(TBC)",
    ])
    func whatIsNoPeriodIsNone(_ text: String) {
        #expect(RoadmapPeriod(text) == nil)
    }
}
