import GRDB

extension AppStore {
    public func resolutions(session: Int? = nil) throws -> [Resolution] {
        try read { db in
            var request = Resolution.all()
            if let session { request = request.filter(Column("session") == session) }
            return try request.order(Column("session"), Column("number")).fetchAll(db)
        }
    }

    /// The resolution a user means, in any written form ("2/7", "res 2/7", "HSP/HA.2/RES.7").
    public func resolution(_ text: String) throws -> Resolution {
        try read { db in try Resolution.find(db, typed: text) }
    }

    public func decisions(body: String? = nil) throws -> [Decision] {
        try read { db in
            var request = Decision.all()
            if let body { request = request.filter(Column("bodyId") == (try Body.find(db, code: body)).id) }
            return try request.order(Column("bodyId"), Column("series"), Column("number")).fetchAll(db)
        }
    }

    /// The decision a user means ("2024/3", "decision 2024/3 of the Executive Board").
    public func decision(_ text: String) throws -> Decision {
        try read { db in try Decision.find(db, typed: text) }
    }

    /// Records a decision of a body. Board decisions are numbered by year, the Assembly's by session.
    @discardableResult
    public func addDecision(body code: String, key text: String, title: String?, adoptedOn: CalendarDate?) throws
        -> Decision
    {
        let key = try RapporteurError.parsing { try DecisionKey.parse(text) }
        let stamp = audit.now
        return try write { db in
            let body = try Body.find(db, code: code)
            let numberedByYear =
                body.meetingNumbering == .yearSession || body.meetingNumbering == .year
                || body.meetingNumbering == .number
            if numberedByYear != key.isNumberedByYear {
                let example = numberedByYear ? "2024/3 (year/number)" : "1/3 (session/number)"
                throw RapporteurError.invalid(
                    "decisions of \(body.code) are numbered like \(example); '\(text)' does not fit")
            }
            if try Decision.all().filter(bodyId: body.id, series: key.series, number: key.number).fetchCount(db) > 0 {
                throw RapporteurError.failure("decision \(key.key) of \(body.code) is already recorded")
            }
            var decision = Decision(
                id: nil, bodyId: body.id!, seriesKind: key.isNumberedByYear ? .year : .session,
                series: key.series, number: key.number, title: RecordText.line(title), symbol: nil,
                adoptedOn: adoptedOn?.iso, createdBy: audit.user, createdAt: stamp)
            try decision.insert(db)
            return decision
        }
    }
}
