/// A meeting as `meeting show` presents it, and its JSON shape.
public struct MeetingOverview: Encodable, Sendable {
    public let meeting: Meeting
    public let body: Body
    public let agenda: [AgendaNode]
    /// The days of a session of several days whose record has them; none otherwise.
    public let days: [MeetingDay]

    public init(meeting: Meeting, body: Body, agenda: [AgendaNode], days: [MeetingDay] = []) {
        self.meeting = meeting
        self.body = body
        self.agenda = agenda
        self.days = days
    }

    private enum Keys: String, CodingKey {
        case handle, body, title, fullTitle, date, from, to, startTime, endTime, timeZone, venue, modality
        case chair, status, agendaStatus, agenda, number, session, year, days
    }

    private enum ChairKeys: String, CodingKey {
        case honorific, name, function, delegation
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(meeting.handle, forKey: .handle)
        try container.encode(body.code, forKey: .body)
        try container.encode(meeting.title(in: body), forKey: .title)
        try container.encode(meeting.fullTitle(in: body), forKey: .fullTitle)
        // A one-day meeting has a date; a session over several days has from and to.
        if meeting.startDate == meeting.endDate {
            try container.encode(meeting.startDate, forKey: .date)
        } else {
            try container.encode(meeting.startDate, forKey: .from)
            try container.encode(meeting.endDate, forKey: .to)
        }
        try container.encodeIfPresent(meeting.number, forKey: .number)
        try container.encodeIfPresent(meeting.session, forKey: .session)
        try container.encodeIfPresent(meeting.year, forKey: .year)
        try container.encodeIfPresent(meeting.startTime, forKey: .startTime)
        try container.encodeIfPresent(meeting.endTime, forKey: .endTime)
        try container.encode(meeting.timeZoneLabel, forKey: .timeZone)
        try container.encodeIfPresent(meeting.venue, forKey: .venue)
        try container.encode(meeting.modality, forKey: .modality)
        if meeting.chairName != nil {
            var chair = container.nestedContainer(keyedBy: ChairKeys.self, forKey: .chair)
            try chair.encodeIfPresent(meeting.chairHonorific, forKey: .honorific)
            try chair.encodeIfPresent(meeting.chairName, forKey: .name)
            try chair.encodeIfPresent(meeting.chairFunction, forKey: .function)
            try chair.encodeIfPresent(meeting.chairDelegation, forKey: .delegation)
        }
        try container.encode(meeting.status, forKey: .status)
        try container.encode(meeting.agendaStatus, forKey: .agendaStatus)
        try container.encode(agenda, forKey: .agenda)
        // Left out for a meeting without days, whose shape stays as it was.
        if !days.isEmpty { try container.encode(days, forKey: .days) }
    }
}
