import GRDB

/// Answers and closures, after every meeting is in.
extension RecordImporter {
    func linkAnswers(_ pending: PendingAnswers) {
        let handle = try? Meeting.fetchOne(db, key: pending.meetingId)?.handle
        let reportIndex = report.meetings.firstIndex { $0.handle == handle }
        for response in pending.responses {
            for answer in response.answers {
                _ = attempt(pending.file, response.line) {
                    let askId = try resolveAsk(answer.ask, local: pending.asksByKey)
                    try link(
                        askId: askId, responseId: response.id, responseMeetingId: pending.meetingId,
                        extent: answer.extent, origin: answer.inferred ? .inferred : .recorded,
                        confidence: answer.confidence, state: answer.isProposed ? .proposed : .confirmed)
                    if let reportIndex {
                        if answer.isProposed {
                            report.meetings[reportIndex].proposedAnswers += 1
                        } else {
                            report.meetings[reportIndex].answers += 1
                        }
                    }
                }
            }
        }
    }

    /// AppStore.link, done with prepared statements for the usual case: the ask is open
    /// or partly answered, this response does not answer it yet, and it was asked no
    /// later than answered. Anything else goes to AppStore.link itself, which refuses it
    /// with its own message. Either way the answer row and the ask's status end up the same.
    func link(
        askId: Int64, responseId: Int64, responseMeetingId: Int64, extent: AnswerExtent,
        origin: Answer.Origin, confidence: Double?, state: AnswerState
    ) throws {
        let asked = try Row.fetchOne(
            try db.cachedStatement(
                sql: """
                    SELECT a.status, m.startDate FROM ask a JOIN intervention i ON i.id = a.interventionId
                    JOIN meeting m ON m.id = i.meetingId WHERE a.id = ?
                    """), arguments: [askId])
        let status = (asked?[0] as String?).flatMap(AskStatus.init(rawValue:))
        let answeredAlready =
            try Bool.fetchOne(
                try db.cachedStatement(
                    sql: "SELECT EXISTS (SELECT 1 FROM answer WHERE askId = ? AND responseId = ?)"),
                arguments: [askId, responseId]) ?? false
        guard let asked, status == .open || status == .partiallyAnswered || (status == .answered && state == .proposed),
            !answeredAlready,
            try startDate(ofMeeting: responseMeetingId) >= asked[1] as String
        else {
            try AppStore.link(
                ask: try Ask.fetchOne(db, key: askId)!, to: try Response.fetchOne(db, key: responseId)!,
                extent: extent, origin: origin, confidence: confidence, state: state, user: user, stamp: stamp, db: db)
            return
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO answer (responseId, askId, extent, origin, confidence, state, createdBy, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(binding: responseId, askId, extent.rawValue, origin.rawValue, confidence, state.rawValue, user, stamp)
        // A proposal leaves the ask as it was.
        guard state == .confirmed else { return }
        let newStatus = AskStatus.from(confirmedExtents: try AppStore.confirmedExtents(ofAsk: askId, db: db))
        guard newStatus != status else { return }
        try db.cachedStatement(sql: "UPDATE ask SET status = ?, \(Ask.stampUpdateAssignments) WHERE id = ?")
            .execute(binding: newStatus.rawValue, user, stamp, askId)
    }

    func startDate(ofMeeting id: Int64) throws -> String {
        if let known = meetingStartDates[id] { return known }
        let date = try String.fetchOne(
            try db.cachedStatement(sql: "SELECT startDate FROM meeting WHERE id = ?"), arguments: [id])!
        meetingStartDates[id] = date
        return date
    }

    func applyClosures(_ pending: PendingAnswers) {
        for closure in pending.closures {
            _ = attempt(pending.file, closure.line) {
                var ask = try Ask.fetchOne(db, key: closure.id)!
                ask.status = closure.ask.closed!
                ask.statusNote = RecordText.line(closure.ask.note)
                if let newer = closure.ask.supersededBy {
                    ask.supersededById = try resolveAsk(newer, local: pending.asksByKey)
                }
                try ask.update(db)
            }
        }
    }

    /// "Q3" in this meeting, or "PBA-55/Q3" in another.
    func resolveAsk(_ key: String, local: [String: Int64]) throws -> Int64 {
        guard let slash = key.lastIndex(of: "/") else {
            guard let id = local[key] else { throw RapporteurError.invalid("no ask \(key) in this meeting") }
            return id
        }
        let handle = String(key[..<slash])
        let askKey = String(key[key.index(after: slash)...])
        if askIdsByMeeting[handle] == nil {
            let meeting = try Meeting.find(db, handle: handle)
            let asks = try RecordKeys.asks(meetingId: meeting.id!, db: db)
            askIdsByMeeting[handle] = (
                meeting.handle, Dictionary(asks.map { ($0.value, $0.key) }, uniquingKeysWith: min)
            )
        }
        let (meetingHandle, askIds) = askIdsByMeeting[handle]!
        guard let id = askIds[askKey] else {
            throw RapporteurError.invalid("no ask \(askKey) in \(meetingHandle)")
        }
        return id
    }
}
