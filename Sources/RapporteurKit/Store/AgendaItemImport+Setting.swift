import GRDB

extension AgendaItemImport {
    /// Fills the meeting's venue and times, and the annotation of its opening, from what
    /// the document says where the meeting has none, and returns what was filled ("venue
    /// Nairobi"). What the meeting has is never changed: a date, time, venue or opening
    /// the document gives otherwise is a warning naming both.
    mutating func fill(_ meeting: inout Meeting, from setting: AgendaSetting, opening: AgendaOpening?, db: Database)
        throws -> [String]
    {
        if let start = setting.startDate, let end = setting.endDate, let line = setting.datesLine,
            start != meeting.startDate || end != meeting.endDate
        {
            warn(
                line,
                "the document gives the dates as \(UNDate.range(start, end)); \(meeting.handle) has \(UNDate.range(meeting.startDate, meeting.endDate)), which are kept"
            )
        }
        var filled: [String] = []
        let handle = meeting.handle
        func fill<Value: Equatable>(
            _ kept: inout Value?, with read: Value?, line: Int?, _ name: String, quoted: Bool = false,
            _ shown: (Value) -> String
        ) {
            guard let read, let line else { return }
            if let kept {
                if kept != read {
                    let (given, had) =
                        quoted ? ("\"\(shown(read))\"", "\"\(shown(kept))\"") : (shown(read), shown(kept))
                    warn(line, "the document gives the \(name) as \(given); \(handle) has \(had), which is kept")
                }
            } else {
                kept = read
                filled.append("\(name) \(shown(read))")
            }
        }
        fill(&meeting.startTime, with: setting.startTime, line: setting.timeLine, "start time", \.hhmm)
        // An end before the start the meeting keeps is none.
        let end = setting.endTime.flatMap { end in meeting.startTime.map { $0 < end } ?? true ? end : nil }
        fill(&meeting.endTime, with: end, line: setting.timeLine, "end time", \.hhmm)
        fill(&meeting.venue, with: setting.venue, line: setting.venueLine, "venue", quoted: true) { $0 }
        if let opening {
            if meeting.openingTitle == nil {
                meeting.openingTitle = opening.title
                meeting.openingAnnotation = opening.annotation
                filled.append("annotation of \"\(opening.title)\"")
            } else if meeting.openingTitle != opening.title || meeting.openingAnnotation != opening.annotation {
                warn(
                    opening.line,
                    "what the document says under \"\(opening.title)\" differs from the annotation of the opening \(handle) has, which is kept"
                )
            }
        }
        if !filled.isEmpty {
            meeting.stampUpdate(by: user, at: stamp)
            try meeting.update(db)
        }
        return filled
    }
}
