/// Everything a meeting's documents are written from, read in one go from the store.
public struct MeetingRecordSource: Sendable {
    public let meeting: Meeting
    public let body: Body
    public let agenda: [AgendaNode]
    public let interventions: [InterventionView]
    public let responses: [ResponseView]
    /// Titles of the resolutions, by key ("2/7").
    public let resolutionTitles: [String: String]
    /// Dates of adoption of the resolutions, by key ("2/7": "2023-06-09").
    public let resolutionDates: [String: String]
    /// The published summary the record was read from, as printed; nil for a record
    /// entered by hand.
    public let published: PublishedSummary?
    /// The days of a session of several days; none for a meeting of one day.
    public let days: [MeetingDay]

    public init(
        meeting: Meeting, body: Body, agenda: [AgendaNode], interventions: [InterventionView],
        responses: [ResponseView], resolutionTitles: [String: String],
        resolutionDates: [String: String] = [:], published: PublishedSummary? = nil, days: [MeetingDay] = []
    ) {
        self.meeting = meeting
        self.body = body
        self.agenda = agenda
        self.interventions = interventions
        self.responses = responses
        self.resolutionTitles = resolutionTitles
        self.resolutionDates = resolutionDates
        self.published = published
        self.days = days
    }
}
