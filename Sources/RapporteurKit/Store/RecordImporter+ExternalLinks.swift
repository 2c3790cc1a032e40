extension RecordImporter {
    /// What other meetings' records say about a meeting being replaced, to put back.
    struct ExternalLinks {
        /// An answer from another meeting to an ask of a meeting being replaced.
        struct Answer {
            let meeting: String
            let askKey: String
            let answer: RapporteurKit.Answer
        }

        /// Another meeting's ask superseded by an ask of a meeting being replaced.
        struct Supersession {
            let meeting: String
            let askKey: String
            let supersededAsk: Ask
        }

        var answers: [Answer] = []
        var supersessions: [Supersession] = []
    }

    /// The links from outside a record being replaced into it: answers to its asks from
    /// responses outside it, and asks outside it that its asks superseded (opened for
    /// now, closed again once the new record is in). The record is a whole meeting, or
    /// with `day` one day of it; every other day and meeting is outside.
    func linksInto(meeting: Meeting, day: Int? = nil) throws -> ExternalLinks {
        let keys = try RecordKeys(meetingId: meeting.id!, db: db)
        // `inside(x)` holds for a record of the meeting (and of the day, when one is given).
        func inside(_ alias: String) -> String {
            "(\(alias).meetingId = ?1 AND (?2 IS NULL OR ifnull(\(alias).day, 0) = ?2))"
        }
        var external = ExternalLinks()
        let answers = try RapporteurKit.Answer.fetchAll(
            db,
            sql: """
                SELECT w.* FROM answer w JOIN ask a ON a.id = w.askId JOIN intervention i ON i.id = a.interventionId
                JOIN response r ON r.id = w.responseId
                WHERE \(inside("i")) AND NOT \(inside("r"))
                ORDER BY w.responseId, w.askId
                """, arguments: [meeting.id, day])
        external.answers = answers.map {
            ExternalLinks.Answer(meeting: meeting.handle, askKey: keys.asks[$0.askId]!, answer: $0)
        }
        let superseded = try Ask.fetchAll(
            db,
            sql: """
                SELECT q.* FROM ask q JOIN ask a ON a.id = q.supersededById JOIN intervention i ON i.id = a.interventionId
                JOIN intervention o ON o.id = q.interventionId
                WHERE \(inside("i")) AND NOT \(inside("o"))
                """, arguments: [meeting.id, day])
        external.supersessions = try reopen(superseded, meeting: meeting.handle, keys: keys)
        return external
    }
}
