import GRDB

extension AgendaItemImport {
    /// Fills the meeting's venue and times from what the document says where the
    /// meeting has none, and returns what was filled ("venue: Nairobi"). What the meeting
    /// has is never changed: a date, time or venue the document gives otherwise is a
    /// warning naming both.
    mutating func fill(_ meeting: inout Meeting, from setting: AgendaSetting, db: Database) throws -> [String] {
        var filled: [String] = []
        if let start = setting.startDate, let end = setting.endDate, let line = setting.datesLine,
            start != meeting.startDate || end != meeting.endDate
        {
            warn(
                line,
                "the document gives the dates as \(UNDate.range(start, end)); \(meeting.handle) has \(UNDate.range(meeting.startDate, meeting.endDate)), which are kept"
            )
        }
        if let time = setting.startTime, let line = setting.timeLine {
            if let kept = meeting.startTime {
                if kept != time {
                    warn(
                        line,
                        "the document gives the start time as \(time.hhmm); \(meeting.handle) has \(kept.hhmm), which is kept"
                    )
                }
            } else {
                meeting.startTime = time
                filled.append("start time \(time.hhmm)")
            }
        }
        if let time = setting.endTime, let line = setting.timeLine {
            if let kept = meeting.endTime {
                if kept != time {
                    warn(
                        line,
                        "the document gives the end time as \(time.hhmm); \(meeting.handle) has \(kept.hhmm), which is kept"
                    )
                }
            } else if meeting.startTime.map({ $0 < time }) ?? true {
                meeting.endTime = time
                filled.append("end time \(time.hhmm)")
            }
        }
        if let venue = setting.venue, let line = setting.venueLine {
            if let kept = meeting.venue {
                if kept != venue {
                    warn(
                        line,
                        "the document gives the venue as \"\(venue)\"; \(meeting.handle) has \"\(kept)\", which is kept"
                    )
                }
            } else {
                meeting.venue = venue
                filled.append("venue \(venue)")
            }
        }
        if !filled.isEmpty {
            meeting.stampUpdate(by: user, at: stamp)
            try meeting.update(db)
        }
        return filled
    }
}
