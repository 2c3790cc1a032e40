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

    public init(
        body: String, number: Int? = nil, session: Int? = nil, year: Int? = nil,
        startDate: CalendarDate, endDate: CalendarDate? = nil,
        startTime: ClockTime? = nil, endTime: ClockTime? = nil,
        venue: String? = nil, modality: Modality = .inPerson,
        chair: String? = nil, chairFunction: String? = nil, chairDelegation: String? = nil
    ) {
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
    func numbering(for body: Body) throws -> MeetingNumbers {
        try MeetingIdentity(of: body).numbers(number: number, session: session, year: year, startingOn: startDate)
    }
}
