/// One day of a session of several days (the Board's second session of 2024 met on
/// three): its number, 1 for the opening day, and its date. A meeting of one day has none.
public struct MeetingDay: Sendable, Hashable, Codable {
    public var number: Int
    public var date: CalendarDate

    public init(number: Int, date: CalendarDate) {
        self.number = number
        self.date = date
    }
}
