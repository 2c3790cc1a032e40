import Testing

@testable import RapporteurKit

struct UNDateTests {
    static func date(_ iso: String) -> CalendarDate {
        try! CalendarDate.parse(iso)
    }

    @Test(arguments: [
        ("2024-10-16", "16 October 2024"), ("2019-05-27", "27 May 2019"), ("2025-01-01", "1 January 2025"),
        ("2023-09-30", "30 September 2023"),
    ])
    func longPutsTheDayFirstWithoutSuffixOrComma(iso: String, expected: String) {
        #expect(UNDate.long(Self.date(iso)) == expected)
    }

    @Test(arguments: [
        ("2024-10-16", "Wednesday, 16 October 2024"), ("2024-12-04", "Wednesday, 4 December 2024"),
        ("2019-05-27", "Monday, 27 May 2019"),
    ])
    func withWeekdayPutsTheWeekdayBeforeACommaAndTheDate(iso: String, expected: String) {
        #expect(UNDate.withWeekday(Self.date(iso)) == expected)
    }

    @Test(arguments: [
        ("2024-10-16", "2024-10-16", "16 October 2024"),
        ("2024-12-04", "2024-12-06", "4\u{2013}6 December 2024"),
        ("2023-11-29", "2023-12-01", "29 November\u{2013}1 December 2023"),
        ("2024-12-30", "2025-01-02", "30 December 2024\u{2013}2 January 2025"),
    ])
    func rangeSharesTheCommonPartsAcrossAnEnDash(from: String, to: String, expected: String) {
        #expect(UNDate.range(Self.date(from), Self.date(to)) == expected)
    }

    @Test func rangeUsesAnEnDashWithoutSpaces() {
        let text = UNDate.range(Self.date("2024-12-04"), Self.date("2024-12-06"))
        #expect(text.unicodeScalars.contains("\u{2013}"))
        #expect(!text.contains("-") && !text.contains(" \u{2013}") && !text.contains("\u{2013} "))
    }

    @Test(arguments: [
        ("2024-10-16", "2024-10-16", "on 16 October 2024"),
        ("2024-12-04", "2024-12-06", "from 4 to 6 December 2024"),
        ("2023-11-29", "2023-12-01", "from 29 November to 1 December 2023"),
        ("2024-12-30", "2025-01-02", "from 30 December 2024 to 2 January 2025"),
    ])
    func proseRangeReadsFromTo(from: String, to: String, expected: String) {
        #expect(UNDate.proseRange(Self.date(from), Self.date(to)) == expected)
    }

    @Test func monthNameCoversTheYear() {
        #expect(
            (1...12).map(UNDate.monthName) == [
                "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November", "December",
            ])
    }

    @Test(arguments: [
        "16 October 2024", "Wednesday, 16 October 2024", "Wednesday 16 October 2024", "16th October 2024",
        "October 16, 2024", "October 16th, 2024", "16 Oct 2024", "16 Oct. 2024", "Wed, 16 Oct 2024",
        "16 OCTOBER 2024", "  16   October 2024 ", "2024-10-16", "16 October, 2024",
    ])
    func parseReadsWrittenDates(text: String) {
        #expect(UNDate.parse(text) == Self.date("2024-10-16"))
    }

    @Test(arguments: [
        ("1 Sept 2023", "2023-09-01"), ("29 February 2024", "2024-02-29"), ("May 27, 2019", "2019-05-27"),
        ("2nd January 2025", "2025-01-02"), ("Monday, 27 May 2019", "2019-05-27"),
    ])
    func parseReadsOtherMonthsAndSuffixes(text: String, iso: String) {
        #expect(UNDate.parse(text) == Self.date(iso))
    }

    @Test(arguments: [
        "", "16/10/2024", "16.10.2024", "30 February 2024", "29 February 2023", "16 Octobre 2024",
        "16 October", "October 2024", "16st October 2024", "Thursday, 16 October 2024", "16 October 24",
        "Wednesday", "16 October 2024 10:00",
    ])
    func parseRejectsOtherTextImpossibleDatesAndWrongWeekdays(text: String) {
        #expect(UNDate.parse(text) == nil)
    }
}
