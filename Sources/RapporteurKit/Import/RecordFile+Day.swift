extension RecordFile {
    /// One day of a session of several days, as a `day 2 2024-12-05` line heads it: the
    /// paragraphs, interventions, responses and commitments after it are that day's.
    public struct Day: Sendable, Equatable {
        /// 1 for the opening day.
        public var number: Int
        public var date: CalendarDate
        public var line: Int

        public init(number: Int, date: CalendarDate, line: Int = 0) {
            self.number = number
            self.date = date
            self.line = line
        }
    }
}
