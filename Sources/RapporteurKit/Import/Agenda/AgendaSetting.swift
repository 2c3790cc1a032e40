/// When and where the meeting an agenda is for takes place, as the document says:
/// "held on 19 and 20 November 2019 in Conference Room 2, starting at 9.00 a.m. at
/// United Nations offices at Gigiri, Nairobi, Kenya"; "Nairobi, 4–8 April 2005".
public struct AgendaSetting: Sendable, Equatable {
    public var startDate: CalendarDate?
    public var endDate: CalendarDate?
    public var startTime: ClockTime?
    public var endTime: ClockTime?
    public var venue: String?
    /// The line each was read from.
    public var datesLine: Int?
    public var timeLine: Int?
    public var venueLine: Int?

    public init() {}

    public var isEmpty: Bool { startDate == nil && startTime == nil && venue == nil }
}
