import GRDB

extension AppStore {
    /// Every State with the names a text may give it: formal name, aliases, ISO3 code,
    /// and the adjectives of `Schema/reference/state-demonyms.tsv`.
    public func stateNames() throws -> [StateNames] {
        var demonyms: [String: [String]] = [:]
        let table = try ReferenceTable.embedded("state-demonyms.tsv")
        for row in table.rows {
            demonyms[try row.require("iso3", file: table.file)] =
                try row.require("demonyms", file: table.file).split(separator: "|").map(String.init)
        }
        return try read { db in
            var aliases: [Int64: [String]] = [:]
            for alias in try StateAlias.order(Column("id")).fetchAll(db) {
                aliases[alias.stateId, default: []].append(alias.alias)
            }
            return try MemberState.order(Column("iso3")).fetchAll(db).map { state in
                StateNames(
                    iso3: state.iso3, name: state.name,
                    otherNames: (state.formalName.map { [$0] } ?? []) + (aliases[state.id!] ?? []),
                    demonyms: demonyms[state.iso3] ?? [])
            }
        }
    }

    /// The texts of a meeting's record that would reveal a speaker in its summary, in
    /// `style` (by default the body's); see `SpeakerLeakDetector` for the rule.
    public func speakerLeaks(meeting handle: String, style: AttributionStyle? = nil) throws -> [SpeakerLeak] {
        try speakerLeaks(meetings: [handle], style: style)
    }

    /// The leaks of several meetings (those an import wrote), meeting by meeting. Only
    /// the texts and speakers are read; a meeting's summary is written (for the
    /// paragraph numbers) only when it has a leak, and a meeting whose summary names
    /// its speakers is not read at all.
    public func speakerLeaks(meetings handles: [String], style: AttributionStyle? = nil) throws -> [SpeakerLeak] {
        var detector: SpeakerLeakDetector?
        var leaks: [SpeakerLeak] = []
        for handle in handles {
            let texts: [SpokenText]? = try read { db in
                let meeting = try Meeting.find(db, handle: handle)
                let bodyStyle = try Body.fetchOne(db, key: meeting.bodyId)?.attributionStyle
                guard (style ?? bodyStyle) == .anonymous else { return nil }
                return try Self.spokenTexts(of: meeting.id!, db: db)
            }
            guard let texts else { continue }
            if detector == nil { detector = SpeakerLeakDetector(states: try stateNames()) }
            let found = detector!.leaks(meeting: handle, texts: texts)
            if !found.isEmpty {
                leaks += SpeakerLeakDetector.numbered(found, texts: texts, in: try recordSource(of: handle))
            }
        }
        return leaks
    }

    /// A meeting's texts in record order (interventions with their asks, responses,
    /// commitments), read by column: only what the leak check needs.
    static func spokenTexts(of meetingId: Int64, db: Database) throws -> [SpokenText] {
        var states: [Int64: [String]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT s.interventionId, st.iso3 FROM interventionSpeaker s
                JOIN intervention i ON i.id = s.interventionId JOIN party p ON p.id = s.partyId
                JOIN state st ON st.id = p.stateId
                WHERE i.meetingId = ? AND p.kind = 'state' ORDER BY s.interventionId, s.position
                """, arguments: [meetingId])
        {
            states[row[0] as Int64, default: []].append(row[1])
        }
        var asks: [Int64: [(id: Int64, text: String)]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT q.interventionId, q.id, q.text FROM ask q JOIN intervention i ON i.id = q.interventionId
                WHERE i.meetingId = ? ORDER BY q.position
                """, arguments: [meetingId])
        {
            asks[row[0] as Int64, default: []].append((row[1], row[2]))
        }
        var texts: [SpokenText] = []
        for row in try Row.fetchAll(
            db, sql: "SELECT id, text, named FROM intervention WHERE meetingId = ? ORDER BY sequence",
            arguments: [meetingId])
        {
            let id: Int64 = row[0]
            let handle = RecordID(kind: .intervention, number: id).description
            let speakers = states[id] ?? []
            let named: Bool = row[2]
            texts.append(
                SpokenText(
                    record: handle, text: row[1], paragraphRecord: handle, states: speakers, named: named,
                    isIntervention: true))
            for ask in asks[id] ?? [] {
                texts.append(
                    SpokenText(
                        record: RecordID(kind: .ask, number: ask.id).description, text: ask.text,
                        paragraphRecord: handle, states: speakers, named: named))
            }
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT id, text FROM response WHERE meetingId = ? ORDER BY sequence",
            arguments: [meetingId])
        {
            let handle = RecordID(kind: .response, number: row[0]).description
            texts.append(SpokenText(record: handle, text: row[1], paragraphRecord: handle))
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT id, text, responseId, interventionId FROM commitment WHERE meetingId = ? ORDER BY id
                """, arguments: [meetingId])
        {
            let origin =
                (row[2] as Int64?).map { RecordID(kind: .response, number: $0).description }
                ?? (row[3] as Int64?).map { RecordID(kind: .intervention, number: $0).description }
            texts.append(
                SpokenText(
                    record: RecordID(kind: .commitment, number: row[0]).description, text: row[1],
                    paragraphRecord: origin))
        }
        return texts
    }
}
