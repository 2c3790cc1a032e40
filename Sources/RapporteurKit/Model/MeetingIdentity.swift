/// How one body tells its meetings apart: which numbers a meeting of it carries, and the
/// handle they give (PBA-56, EB-2024-2, HA-2, OEWG-H-1, OECPR-2021). Built from the body's
/// code and numbering, so a body added later numbers its meetings with no code to write.
public struct MeetingIdentity: Hashable, Sendable {
    public var code: String
    public var numbering: MeetingNumbering

    public init(code: String, numbering: MeetingNumbering) {
        self.code = code
        self.numbering = numbering
    }

    public init(of body: Body) {
        self.init(code: body.code, numbering: body.meetingNumbering)
    }

    /// Checks the numbers `meeting new` is given against the body's numbering and returns
    /// those the meeting keeps, with its handle. A numbering by year takes the start
    /// date's year when none is given.
    public func numbers(
        number: Int?, session: Int?, year: Int?,
        startingOn startDate: CalendarDate
    ) throws -> MeetingNumbers {
        // The word after "numbered by": session, year or number.
        func noun(_ field: InputField) -> String {
            switch field {
            case .session: "session"
            case .year: "year"
            default: "number"
            }
        }
        func refuse(_ field: InputField, _ value: Int?) throws {
            if let value {
                throw RapporteurError.invalid(
                    "\(code) meetings are not numbered by \(noun(field)); leave out \(field: field)",
                    value: String(value))
            }
        }
        func positive(_ value: Int?, _ field: InputField, example: String) throws -> Int {
            guard let value else {
                throw RapporteurError.invalid(
                    "\(code) meetings need \(field: field) (for example \(field: field, value: example))")
            }
            guard value > 0 else {
                throw RapporteurError.invalid(
                    "\(field: field) must be a positive whole number, not \(value)", value: String(value))
            }
            return value
        }
        if let year, !(1900...2999).contains(year) {
            throw RapporteurError.invalid("\(field: .year) must be a four-digit year, not \(year)", value: String(year))
        }
        var kept = MeetingNumbers(handle: "")
        switch numbering {
        case .number:
            try refuse(.session, session)
            try refuse(.year, year)
            kept.number = try positive(number, .number, example: "56")
        case .yearSession:
            try refuse(.number, number)
            kept.session = try positive(session, .session, example: "2")
            kept.year = year ?? startDate.year
        case .session:
            try refuse(.number, number)
            try refuse(.year, year)
            kept.session = try positive(session, .session, example: "1")
        case .year:
            try refuse(.number, number)
            try refuse(.session, session)
            kept.year = year ?? startDate.year
        }
        // Every number the numbering needs is there now, so the handle is never nil.
        kept.handle = handle(number: kept.number, session: kept.session, year: kept.year)!
        return kept
    }

    /// The numbers of a meeting whose document gives one ordinal ("fifty-sixth meeting",
    /// "second session"): a meeting number or a session number, as the body numbers.
    public func numbers(ordinal: Int, startingOn startDate: CalendarDate) throws -> MeetingNumbers {
        let placed = place(ordinal)
        return try numbers(number: placed.number, session: placed.session, year: nil, startingOn: startDate)
    }

    /// The handle of the meeting an ordinal and a year describe ("second session of 2024"),
    /// unchecked; nil when the body's numbering needs one of them and it is missing.
    public func handle(ordinal: Int?, year: Int?) -> String? {
        let placed: (number: Int?, session: Int?) = ordinal.map(place) ?? (nil, nil)
        return handle(number: placed.number, session: placed.session, year: year)
    }

    /// The handle the numbers give, unchecked; nil when the body's numbering needs a number
    /// that is missing. Numbers the numbering does not use are ignored.
    public func handle(number: Int?, session: Int?, year: Int?) -> String? {
        switch numbering {
        case .number: number.map { "\(code)-\($0)" }
        case .yearSession: year.flatMap { year in session.map { "\(code)-\(year)-\($0)" } }
        case .session: session.map { "\(code)-\($0)" }
        case .year: year.map { "\(code)-\($0)" }
        }
    }

    /// The numbers a handle of this body gives ("EB-2024-2" gives session 2 of 2024), the
    /// inverse of `handle(number:session:year:)`; nil when it is not a handle of this body.
    public func numbers(ofHandle handle: String) -> (number: Int?, session: Int?, year: Int?)? {
        let wanted = handle.uppercased()
        guard wanted.hasPrefix(code.uppercased() + "-") else { return nil }
        let parts = wanted.dropFirst(code.count + 1).split(separator: "-", omittingEmptySubsequences: false)
        let values = parts.map { Int($0) }
        guard !values.contains(nil), values.allSatisfy({ $0! > 0 }) else { return nil }
        let numbers: (number: Int?, session: Int?, year: Int?)
        switch (numbering, values.count) {
        case (.number, 1): numbers = (values[0], nil, nil)
        case (.yearSession, 2): numbers = (nil, values[1], values[0])
        case (.session, 1): numbers = (nil, values[0], nil)
        case (.year, 1): numbers = (nil, nil, values[0])
        default: return nil
        }
        if let year = numbers.year, !(1900...2999).contains(year) { return nil }
        guard self.handle(number: numbers.number, session: numbers.session, year: numbers.year) == wanted else {
            return nil
        }
        return numbers
    }

    /// The number a handle ends with ("PBA-56" gives 56, "EB-2024-2" gives 2), which a
    /// summary whose heading gives no number takes as its ordinal.
    public static func trailingNumber(of handle: String) -> Int? {
        Int(handle.split(separator: "-").last ?? "")
    }

    /// Where the one ordinal a document gives goes: a meeting number, or a session number
    /// (within a year or not); a numbering by year has no ordinal.
    private func place(_ ordinal: Int) -> (number: Int?, session: Int?) {
        switch numbering {
        case .number: (ordinal, nil)
        case .yearSession, .session: (nil, ordinal)
        case .year: (nil, nil)
        }
    }
}
