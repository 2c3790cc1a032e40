/// One day of a session that spans several, as a daily journal heads its text
/// ("DAY 2 – THURSDAY, 5 DECEMBER 2024", or "First Daily Journal" with the date in the
/// opening sentence). A summary of a one-day meeting has none.
public struct SessionDay: Sendable, Equatable, Hashable {
    /// 1 for the opening day.
    public var number: Int
    public var date: CalendarDate?

    public init(number: Int, date: CalendarDate? = nil) {
        self.number = number
        self.date = date
    }
}
