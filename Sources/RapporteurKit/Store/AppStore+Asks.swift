import GRDB

extension AppStore {
    /// Links a response to an ask it answers, under the rules: a withdrawn or superseded
    /// ask takes no answer, an ask answered in full takes no more confirmed answers (a
    /// proposal may still stand beside it, for review), and an answer cannot come before
    /// the question.
    static func link(
        ask: Ask, to response: Response, extent: AnswerExtent, origin: Answer.Origin = .recorded,
        confidence: Double? = nil, state: AnswerState = .confirmed, user: String, stamp: String, db: Database
    ) throws {
        switch ask.status {
        case .withdrawn, .superseded:
            throw RapporteurError.failure("\(ask.handle) was \(ask.status.words); it takes no answer")
        case .answered where state == .confirmed:
            let by = try String.fetchAll(
                db,
                sql: "SELECT 'R' || responseId FROM answer WHERE askId = ? AND extent = 'full' AND state = 'confirmed'",
                arguments: [ask.id])
            throw RapporteurError.failure(
                "\(ask.handle) is already answered in full (by \(by.joined(separator: ", ")))")
        case .open, .partiallyAnswered, .answered:
            break
        }
        if let existing = try Answer.filter(Column("askId") == ask.id && Column("responseId") == response.id)
            .fetchOne(db)
        {
            guard existing.state == .confirmed else {
                let step = NextStep.confirmLink(
                    ask: RecordID(kind: .ask, number: ask.id!),
                    response: RecordID(kind: .response, number: response.id!))
                throw RapporteurError.failure(
                    "\(response.handle) is proposed as an answer to \(ask.handle); \(step: step)")
            }
            throw RapporteurError.failure("\(response.handle) already answers \(ask.handle)")
        }
        let asked = try Meeting.fetchOne(
            db,
            sql: """
                SELECT m.* FROM meeting m JOIN intervention i ON i.meetingId = m.id WHERE i.id = ?
                """, arguments: [ask.interventionId])!
        let answered = try Meeting.fetchOne(db, key: response.meetingId)!
        if answered.startDate < asked.startDate {
            throw RapporteurError.invalid(
                "\(response.handle) was given at \(answered.handle) (\(UNDate.long(answered.startDate))), "
                    + "before \(ask.handle) was asked at \(asked.handle) (\(UNDate.long(asked.startDate)))")
        }
        let answer = Answer(
            responseId: response.id!, askId: ask.id!, extent: extent, origin: origin,
            confidence: confidence, state: state, createdBy: user, createdAt: stamp)
        try answer.insert(db)
        try refreshStatus(ofAsk: ask.id!, user: user, stamp: stamp, db: db)
    }

    /// Sets an ask's status from its confirmed answers (`AskStatus.from(confirmedExtents:)`).
    /// Withdrawn and superseded stay.
    static func refreshStatus(ofAsk id: Int64, user: String, stamp: String, db: Database) throws {
        guard var ask = try Ask.fetchOne(db, key: id), ask.status != .withdrawn, ask.status != .superseded else {
            return
        }
        let status = AskStatus.from(confirmedExtents: try confirmedExtents(ofAsk: id, db: db))
        guard status != ask.status else { return }
        ask.status = status
        ask.stampUpdate(by: user, at: stamp)
        try ask.update(db)
    }

    /// The extents of the links that answer an ask: proposals do not count.
    static func confirmedExtents(ofAsk id: Int64, db: Database) throws -> [AnswerExtent] {
        try String.fetchAll(
            try db.cachedStatement(sql: "SELECT extent FROM answer WHERE askId = ? AND state = 'confirmed'"),
            arguments: [id]
        ).compactMap(AnswerExtent.init(rawValue:))
    }

    /// Records that the Member State withdrew an ask, or that a later ask replaces it.
    @discardableResult
    public func closeAsk(
        _ typed: String, as status: AskStatus, supersededBy replacement: String? = nil,
        note: String? = nil
    ) throws -> Ask {
        guard status == .withdrawn || status == .superseded else {
            throw RapporteurError.invalid(
                "an ask is closed by hand only as withdrawn or superseded; answers close it otherwise")
        }
        let id = try RecordID.parse(typed, expecting: [.ask])
        let stamp = audit.now
        return try write { db in
            var ask = try Ask.find(db, recordID: id)
            guard ask.status.isOutstanding else {
                throw RapporteurError.failure("\(ask.handle) is already \(ask.status.words)")
            }
            if status == .superseded {
                guard let replacement else {
                    throw RapporteurError.invalid(
                        "say which ask replaces \(ask.handle) with \(field: .supersedingAsk, value: "Q…")")
                }
                let newer = try Ask.find(db, recordID: try RecordID.parse(replacement, expecting: [.ask]))
                guard newer.id != ask.id else { throw RapporteurError.invalid("an ask cannot supersede itself") }
                ask.supersededById = newer.id
            }
            ask.status = status
            ask.statusNote = RecordText.line(note)
            ask.stampUpdate(by: audit.user, at: stamp)
            try ask.update(db)
            return ask
        }
    }
}
