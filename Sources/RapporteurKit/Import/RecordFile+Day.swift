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

    /// The record with every paragraph, intervention, response and commitment on day `number`.
    func allOnDay(_ number: Int) -> RecordFile {
        var record = self
        for index in record.publishedParagraphs.indices { record.publishedParagraphs[index].day = number }
        record.entries = record.entries.map { entry in
            switch entry {
            case .intervention(var intervention):
                intervention.day = number
                return .intervention(intervention)
            case .response(var response):
                response.day = number
                return .response(response)
            }
        }
        for index in record.commitments.indices { record.commitments[index].day = number }
        return record
    }
}
