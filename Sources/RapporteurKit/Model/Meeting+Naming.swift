extension Meeting {
    /// The meeting in words, as the body writes it: "fifty-sixth meeting",
    /// "second session of 2024", "first session", "meeting of 2021".
    public func title(in body: Body) -> String {
        func ordinal(_ n: Int) -> String {
            body.ordinalStyle == .words ? OrdinalWords.words(n) : OrdinalWords.figures(n)
        }
        switch body.meetingNumbering {
        case .number:
            return "\(ordinal(number ?? 0)) \(body.meetingNoun)"
        case .yearSession:
            return "\(ordinal(session ?? 0)) \(body.meetingNoun) of \(year ?? startDate.year)"
        case .session:
            return "\(ordinal(session ?? 0)) \(body.meetingNoun)"
        case .year:
            return "\(body.meetingNoun) of \(year ?? startDate.year)"
        }
    }

    /// "fifty-sixth meeting of the ad hoc working group on …".
    public func fullTitle(in body: Body) -> String {
        "\(title(in: body)) of the \(body.name)"
    }

    /// "16 October 2024" or "4–6 December 2024".
    public var dates: String {
        UNDate.range(startDate, endDate)
    }

    /// "10:00 – 13:00 East Africa Time" or "10 a.m. – 1 p.m. East Africa Time"; nil without times.
    public func timeRange(in body: Body) -> String? {
        guard let startTime else { return nil }
        func written(_ time: ClockTime) -> String {
            body.timeStyle == .twentyFourHour ? time.hhmm : time.twelveHour
        }
        let range = endTime.map { "\(written(startTime)) – \(written($0))" } ?? written(startTime)
        return "\(range) \(timeZoneName)"
    }

    /// "H.E. Dr. Pedro Leon Cortes Ruiz", or nil when no Chair is recorded.
    public var chair: String? {
        guard let chairName else { return nil }
        return [chairHonorific, chairName].compactMap { $0 }.joined(separator: " ")
    }
}
