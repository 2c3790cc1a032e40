extension ReportParser {
    /// The first day of the session a report's header names, and the header line that names it.
    public struct SessionStart: Sendable, Equatable {
        public var date: CalendarDate
        public var line: Int
    }

    /// The header's place and dates: "Nairobi, 4–6 December 2024", "Nairobi, 12 June 2024",
    /// "Nairobi, 30 November–2 December 2024", "Gigiri, Nairobi, 19–20 November 2024".
    /// Groups: first day, its month when the session spans two, the last month, the year.
    static let sessionDates = TextPattern(
        #"[A-Z][^,0-9]*(?:,\s*[A-Z][^,0-9]*)*,\s+([0-9]{1,2})(?:\s+([A-Za-z]+))?(?:\s*[–-]\s*[0-9]{1,2})?\s+([A-Za-z]+)\s+([0-9]{4})"#
    )

    /// The session's first day, if `line` is the header line naming its place and dates.
    static func sessionStart(in line: String, at number: Int) -> SessionStart? {
        guard let match = sessionDates.wholeMatch(in: line),
            let day = Int(match.group(1) ?? ""), let year = Int(match.group(4) ?? ""),
            let month = UNDate.monthNumber((match.group(2) ?? match.group(3) ?? "").lowercased()),
            CalendarDate.enteredYears.contains(year),
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return SessionStart(date: date, line: number)
    }
}
