/// What the lines above the first agenda item say about the meeting.
struct SummaryHeader {
    var body = ""
    var number: Int?
    var date: CalendarDate?
    var startTime: ClockTime?
    var endTime: ClockTime?
    var timeZone: String?
    var venue: String?
    var chair: String?
    var chairFunction: String?
    /// The heading lines as cleaned, so that a running title repeated on later pages
    /// can be recognised as page furniture.
    var repeatedLines: Set<String> = []
    var diagnostics: [SummaryDiagnostic] = []
}
