/// What `meeting new` is told about a meeting to be planned.
public struct MeetingPlan: Sendable {
    public var body: String
    public var number: Int?
    public var session: Int?
    public var year: Int?
    public var startDate: CalendarDate
    public var endDate: CalendarDate
    public var startTime: ClockTime?
    public var endTime: ClockTime?
    public var venue: String?
    public var modality: Modality
    /// The Chair as written in the heading, honorifics first ("H.E. Dr. Pedro Leon Cortes Ruiz").
    public var chair: String?
    public var chairFunction: String?
    public var chairDelegation: String?

    public init(body: String, number: Int? = nil, session: Int? = nil, year: Int? = nil,
                startDate: CalendarDate, endDate: CalendarDate? = nil,
                startTime: ClockTime? = nil, endTime: ClockTime? = nil,
                venue: String? = nil, modality: Modality = .inPerson,
                chair: String? = nil, chairFunction: String? = nil, chairDelegation: String? = nil) {
        self.body = body
        self.number = number
        self.session = session
        self.year = year
        self.startDate = startDate
        self.endDate = endDate ?? startDate
        self.startTime = startTime
        self.endTime = endTime
        self.venue = venue
        self.modality = modality
        self.chair = chair
        self.chairFunction = chairFunction
        self.chairDelegation = chairDelegation
    }

    /// Checks the plan against the body's numbering and returns the meeting's handle
    /// (PBA-56, EB-2024-2, HA-2, OECPR-2021) with the numbers it keeps.
    func numbering(for body: Body) throws -> (handle: String, number: Int?, session: Int?, year: Int?) {
        func refuse(_ flag: String, _ value: Int?) throws {
            if value != nil {
                throw RapporteurError.invalid("\(body.code) meetings are not numbered by \(flag); leave out --\(flag)")
            }
        }
        func positive(_ value: Int?, _ flag: String, example: String) throws -> Int {
            guard let value else {
                throw RapporteurError.invalid("\(body.code) meetings need --\(flag) (for example --\(flag) \(example))")
            }
            guard value > 0 else {
                throw RapporteurError.invalid("--\(flag) must be a positive whole number, not \(value)")
            }
            return value
        }
        if let year, !(1900...2999).contains(year) {
            throw RapporteurError.invalid("--year must be a four-digit year, not \(year)")
        }
        switch body.meetingNumbering {
        case .number:
            try refuse("session", session)
            try refuse("year", year)
            let number = try positive(number, "number", example: "56")
            return ("\(body.code)-\(number)", number, nil, nil)
        case .yearSession:
            try refuse("number", number)
            let session = try positive(session, "session", example: "2")
            let year = year ?? startDate.year
            return ("\(body.code)-\(year)-\(session)", nil, session, year)
        case .session:
            try refuse("number", number)
            try refuse("year", year)
            let session = try positive(session, "session", example: "1")
            return ("\(body.code)-\(session)", nil, session, nil)
        case .year:
            try refuse("number", number)
            try refuse("session", session)
            let year = year ?? startDate.year
            return ("\(body.code)-\(year)", nil, nil, year)
        }
    }
}
