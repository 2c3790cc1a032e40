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
        try read { db in try Self.resolution(text, db: db) }
    }

    static func resolution(_ text: String, db: Database) throws -> Resolution {
        let key = try RapporteurError.parsing { try ResolutionKey.parse(text) }
        if let found = try Resolution.filter(Column("symbol") == key.symbol).fetchOne(db) {
            return found
        }
        let known = try Resolution.order(Column("session"), Column("number")).fetchAll(db).map(\.key.key)
        var message: Phrase = "unknown resolution \(key.key)"
        if let nearest = NameMatching.nearest(to: key.key, among: known, maxDistance: 1) {
            message.append(" (did you mean \(nearest)?)")
        }
        message.append("; the known resolutions are \(Self.describeRanges(known))")
        throw RapporteurError.invalid(message)
    }

    /// "1/1–1/5, 2/1–2/10": a compact list of resolution keys, by session.
    static func describeRanges(_ keys: [String]) -> Phrase {
        var bySession: [(session: String, keys: [String])] = []
        for key in keys {
            let session = String(key.split(separator: "/").first ?? "")
            if bySession.last?.session == session {
                bySession[bySession.count - 1].keys.append(key)
            } else {
                bySession.append((session, [key]))
            }
        }
        let parts = bySession.map { group in
            group.keys.count == 1 ? group.keys[0] : "\(group.keys.first!)–\(group.keys.last!)"
        }
        return parts.isEmpty ? "none (\(step: .loadReferenceData))" : Phrase(parts.joined(separator: ", "))
    }

    public func decisions(body: String? = nil) throws -> [Decision] {
        try read { db in
            var request = Decision.all()
            if let body { request = request.filter(Column("bodyId") == (try Self.body(body, db: db)).id) }
            return try request.order(Column("bodyId"), Column("series"), Column("number")).fetchAll(db)
        }
    }

    /// The decision a user means ("2024/3", "decision 2024/3 of the Executive Board").
    public func decision(_ text: String) throws -> Decision {
        try read { db in try Self.decision(text, db: db) }
    }

    static func decision(_ text: String, db: Database) throws -> Decision {
        let key = try RapporteurError.parsing { try DecisionKey.parse(text) }
        let matches = try Decision
            .filter(Column("series") == key.series && Column("number") == key.number)
            .fetchAll(db)
        if matches.count == 1 { return matches[0] }
        let body = key.isNumberedByYear ? "EB" : "HA"
        if matches.isEmpty {
            throw RapporteurError.invalid(
                "unknown decision \(key.key); \(step: .recordDecision(body: body, key: key.key))", field: .decision, value: text)
        }
        // Two bodies with the same series and number: prefer the one the numbering implies.
        let preferred = try Self.body(body, db: db)
        if let match = matches.first(where: { $0.bodyId == preferred.id }) { return match }
        throw RapporteurError.invalid("decision \(key.key) exists for several bodies; write it with the body's symbol")
    }

    /// Records a decision of a body. Board decisions are numbered by year, the Assembly's by session.
    @discardableResult
    public func addDecision(body code: String, key text: String, title: String?, adoptedOn: CalendarDate?) throws -> Decision {
        let key = try RapporteurError.parsing { try DecisionKey.parse(text) }
        let stamp = audit.now
        return try write { db in
            let body = try Self.body(code, db: db)
            let numberedByYear = body.meetingNumbering == .yearSession || body.meetingNumbering == .year
                || body.meetingNumbering == .number
            if numberedByYear != key.isNumberedByYear {
                let example = numberedByYear ? "2024/3 (year/number)" : "1/3 (session/number)"
                throw RapporteurError.invalid(
                    "decisions of \(body.code) are numbered like \(example); '\(text)' does not fit")
            }
            if try Decision.filter(Column("bodyId") == body.id && Column("series") == key.series
                                   && Column("number") == key.number).fetchCount(db) > 0 {
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
