/// The view of an agenda as a document: the body, the meeting in words, when and
/// where, the items with what they concern, and when documents are due.
public struct AgendaDocument: Sendable {
    public let bodyName: String
    /// "Fifty-sixth meeting", "Second session of 2024".
    public let meetingTitle: String
    /// "Wednesday, 16 October 2024, 10:00 – 13:00 East Africa Time".
    public let when: String
    public let venue: String?
    /// "Provisional agenda", or how the meeting adopted it.
    public let status: String
    public let lines: [ListLine]
    /// True when each item's annotation is laid out under it.
    public let annotated: Bool
    /// In an annotated agenda, what it says of the opening before the first item.
    public let opening: AgendaOpeningText?
    /// "Documents for the meeting are due by …", from the body's lead time.
    public let documentsDue: String

    /// `annotated` lays each item's annotation out under it, under the heading
    /// "Annotated provisional agenda" (or "Annotated agenda …"); otherwise the agenda's
    /// annotations are left out. Typeset for documents people read (`Typography`).
    public init(
        meeting: Meeting, body: Body, agenda: [AgendaNode], showingProvisional: Bool = false, annotated: Bool = false,
        typesetting: Typesetting = .typeset
    ) {
        bodyName = typesetting.apply(body.displayName)
        meetingTitle = typesetting.apply(OrdinalWords.capitalized(meeting.title(in: body)))
        var when = meeting.startDate == meeting.endDate ? UNDate.withWeekday(meeting.startDate) : meeting.dates
        if let time = meeting.timeRange(in: body) { when += ", \(time)" }
        self.when = typesetting.apply(when)
        venue = typesetting.apply(meeting.venue)
        let status: String
        switch (meeting.agendaStatus, showingProvisional) {
        case (.provisional, _), (_, true): status = "Provisional agenda"
        case (.adopted, false): status = "Agenda (adopted without any change)"
        case (.adoptedAsAmended, false): status = "Agenda (adopted as amended)"
        }
        self.status = annotated ? "Annotated " + status.prefix(1).lowercased() + status.dropFirst() : status
        self.annotated = annotated
        opening = annotated ? AgendaOpeningText(meeting, typesetting: typesetting) : nil
        lines = AgendaLines.lines(annotated ? agenda : AgendaNode.withoutAnnotations(agenda)).map {
            $0.typeset(typesetting)
        }
        let due = meeting.startDate.adding(days: -body.documentLeadDays)
        let days = body.documentLeadDays
        let documentsDue: String
        let lead = "\(CardinalWords.prose(days)) day\(days == 1 ? "" : "s") before it opens."
        if days == 0 {
            documentsDue = "Documents for the \(body.meetingNoun) are due on the day it opens."
        } else if due.days(until: meeting.startDate) == days {
            documentsDue = "Documents for the \(body.meetingNoun) are due by \(UNDate.withWeekday(due)), " + lead
        } else {
            // Before the first day a date can hold (a meeting stored in year 1): no date.
            documentsDue = "Documents for the \(body.meetingNoun) are due " + lead
        }
        self.documentsDue = typesetting.apply(documentsDue)
    }
}
