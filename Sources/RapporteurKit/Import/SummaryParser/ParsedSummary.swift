/// A published meeting summary read into structure, with nothing stored anywhere.
public struct ParsedSummary: Sendable, Equatable {
    /// Body code: "PBA", "EB", "HA", "OEWG-H", "CPR", "OECPR"; "" when not recognised.
    public var body: String
    /// 56 for "fifty-sixth meeting".
    public var number: Int?
    public var date: CalendarDate?
    /// The day of a session that spans several, for a daily journal.
    public var day: SessionDay?
    public var startTime: ClockTime?
    public var endTime: ClockTime?
    /// As written: "East Africa Time".
    public var timeZone: String?
    public var venue: String?
    /// With honorifics: "H.E. Dr. Pedro Leon Cortes Ruiz".
    public var chair: String?
    public var chairFunction: String?
    /// From "called to order at 10:05".
    public var openedAt: ClockTime?
    /// From "adjourned at 13:05 hrs.".
    public var adjournedAt: ClockTime?
    public var agendaAdopted: Bool
    public var agendaAmended: Bool
    public var agenda: [ParsedAgendaItem]
    /// Every numbered paragraph in order; a paragraph with several speakers appears
    /// once per speaker with the same number.
    public var paragraphs: [ParsedParagraph]
    public var diagnostics: [SummaryDiagnostic]

    public init(
        body: String = "", number: Int? = nil, date: CalendarDate? = nil, day: SessionDay? = nil,
        startTime: ClockTime? = nil,
        endTime: ClockTime? = nil, timeZone: String? = nil, venue: String? = nil, chair: String? = nil,
        chairFunction: String? = nil, openedAt: ClockTime? = nil, adjournedAt: ClockTime? = nil,
        agendaAdopted: Bool = false, agendaAmended: Bool = false, agenda: [ParsedAgendaItem] = [],
        paragraphs: [ParsedParagraph] = [], diagnostics: [SummaryDiagnostic] = []
    ) {
        self.body = body
        self.number = number
        self.date = date
        self.day = day
        self.startTime = startTime
        self.endTime = endTime
        self.timeZone = timeZone
        self.venue = venue
        self.chair = chair
        self.chairFunction = chairFunction
        self.openedAt = openedAt
        self.adjournedAt = adjournedAt
        self.agendaAdopted = agendaAdopted
        self.agendaAmended = agendaAmended
        self.agenda = agenda
        self.paragraphs = paragraphs
        self.diagnostics = diagnostics
    }

    /// The diagnostics that are errors.
    public var errors: [SummaryDiagnostic] { diagnostics.filter { $0.severity == .error } }
}
