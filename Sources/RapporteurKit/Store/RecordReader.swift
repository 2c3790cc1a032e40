import GRDB

/// Builds the views of interventions, responses and commitments in a few batched
/// queries, however many records a list holds.
struct RecordReader {
    private struct MeetingFacts {
        let handle: String
        let body: String
        let startDate: CalendarDate
        let endDate: CalendarDate
        /// The meeting's record is its final summary.
        let summaryFinal: Bool

        /// A record that cites a paragraph of the meeting's final summary was read from it.
        func fromPublishedSummary(sourceParagraph: Int?) -> Bool { summaryFinal && sourceParagraph != nil }
    }

    private struct Links {
        var resolutions: [String] = []
        var decisions: [String] = []
        var documents: [String] = []
        var paragraphs: [String] = []
    }

    private let db: Database
    private var meetings: [Int64: MeetingFacts] = [:]
    private var itemLabels: [Int64: String] = [:]
    private var labelledMeetings: Set<Int64> = []
    private var partyNames: [Int64: String] = [:]
    private var partySpeakers: [Int64: Speaker] = [:]
    /// How each body numbers its meetings, for a due meeting not recorded yet.
    private var identities: [Int64: MeetingIdentity] = [:]

    init(db: Database) throws {
        self.db = db
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT m.id, m.handle, b.code, m.startDate, m.endDate, m.status FROM meeting m JOIN body b ON b.id = m.bodyId
                """)
        for row in rows {
            meetings[row[0]] = MeetingFacts(
                handle: row[1], body: row[2],
                startDate: CalendarDate.fromDatabaseValue(row[3])!, endDate: CalendarDate.fromDatabaseValue(row[4])!,
                summaryFinal: (row[5] as String?) == MeetingStatus.summaryFinal.rawValue)
        }
        for body in try Body.fetchAll(db) { identities[body.id!] = MeetingIdentity(of: body) }
    }

    func meetingHandle(_ id: Int64) -> String { meetings[id]?.handle ?? "?" }

    /// The meeting a commitment is due at, by handle: recorded, or the reference to one not yet.
    func dueMeetingHandle(_ record: Commitment) -> String? {
        if let id = record.dueMeetingId { return meetingHandle(id) }
        guard let body = record.dueBodyId else { return nil }
        return identities[body]?.handle(number: record.dueNumber, session: record.dueSession, year: record.dueYear)
    }
    func meetingEnd(_ id: Int64) -> CalendarDate { meetings[id]!.endDate }

    /// Labels ("2(a)") of every agenda item of these meetings, computed once a meeting.
    mutating func loadLabels(meetingIds: Set<Int64>) throws {
        let missing = meetingIds.subtracting(labelledMeetings)
        guard !missing.isEmpty else { return }
        for chunk in Self.chunks(Array(missing)) {
            // Only what a label needs, read by column (see `Intervention.init(columns:at:)`).
            let items = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT id, parentId, position FROM agendaItem WHERE meetingId IN (\(Self.placeholders(chunk)))
                        """), arguments: StatementArguments(chunk)
            ).map { row in
                (id: row[0] as Int64, parentId: row[1] as Int64?, position: row[2] as Int)
            }
            let byId = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
            for item in items {
                var path = [item.position]
                var current = item
                while let parentId = current.parentId, let parent = byId[parentId] {
                    path.insert(parent.position, at: 0)
                    current = parent
                }
                itemLabels[item.id] = AgendaLabel(path: path).display
            }
        }
        labelledMeetings.formUnion(missing)
    }

    private mutating func speakers(of interventionIds: [Int64]) throws -> [Int64: [(String, Speaker)]] {
        var result: [Int64: [(String, Speaker)]] = [:]
        for chunk in Self.chunks(interventionIds) {
            // The party's State and group come with it (columns 6 to 9), rather than
            // from two lookups a party.
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT s.interventionId, \(Party.columnList("p")), st.name, st.iso3, g.name, g.code
                        FROM interventionSpeaker s JOIN party p ON p.id = s.partyId
                        LEFT JOIN state st ON st.id = p.stateId LEFT JOIN stateGroup g ON g.id = p.stateGroupId
                        WHERE s.interventionId IN (\(Self.placeholders(chunk))) ORDER BY s.interventionId, s.position
                        """), arguments: StatementArguments(chunk))
            while let row = try rows.next() {
                let party = try Party(columns: row, at: 1)
                if partyNames[party.id!] == nil {
                    let state = (row[6] as String?).map { PartyNames(name: $0, code: row[7]) }
                    let group = (row[8] as String?).map { PartyNames(name: $0, code: row[9]) }
                    partyNames[party.id!] = party.listName(state: state, group: group)
                    partySpeakers[party.id!] = party.speaker(state: state, group: group)
                }
                result[row[0] as Int64, default: []].append((partyNames[party.id!]!, partySpeakers[party.id!]!))
            }
        }
        return result
    }

    private func links(column: String, ids: [Int64]) throws -> [Int64: Links] {
        var result: [Int64: Links] = [:]
        for chunk in Self.chunks(ids) {
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT x.\(column) AS owner, r.session, r.number AS resolutionNumber, d.series, d.number AS decisionNumber,
                               doc.symbol, x.paragraph
                        FROM recordReference x
                        LEFT JOIN resolution r ON r.id = x.resolutionId
                        LEFT JOIN decision d ON d.id = x.decisionId
                        LEFT JOIN document doc ON doc.id = x.documentId
                        WHERE x.\(column) IN (\(Self.placeholders(chunk)))
                        ORDER BY x.\(column), r.session, r.number, d.series, d.number, doc.symbol, x.paragraph
                        """), arguments: StatementArguments(chunk))
            // Columns by position: owner, session, resolutionNumber, series, decisionNumber, symbol, paragraph.
            while let row = try rows.next() {
                let owner: Int64 = row[0]
                var links = result[owner, default: Links()]
                if let session: Int = row[1] {
                    let key = ResolutionKey(session: session, number: row[2]).key
                    let paragraph: String = row[6]
                    if paragraph.isEmpty {
                        if !links.resolutions.contains(key) { links.resolutions.append(key) }
                    } else {
                        links.paragraphs.append("\(key) OP\(paragraph)")
                        if !links.resolutions.contains(key) { links.resolutions.append(key) }
                    }
                } else if let series: Int = row[3] {
                    links.decisions.append(DecisionKey(series: series, number: row[4]).key)
                } else if let symbol: String = row[5] {
                    links.documents.append(symbol)
                }
                result[owner] = links
            }
        }
        return result
    }

    private func answers(column: String, ids: [Int64]) throws -> [Int64: [AnswerView]] {
        var result: [Int64: [AnswerView]] = [:]
        for chunk in Self.chunks(ids) {
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT a.askId, a.responseId, a.extent, a.origin, a.confidence, r.meetingId, a.state, r.sourceParagraph,
                               a.\(column)
                        FROM answer a JOIN response r ON r.id = a.responseId JOIN meeting m ON m.id = r.meetingId
                        WHERE a.\(column) IN (\(Self.placeholders(chunk))) ORDER BY m.startDate, r.sequence, a.askId
                        """), arguments: StatementArguments(chunk))
            // Columns by position, as selected; the last is the one the answers are grouped by.
            while let row = try rows.next() {
                let view = AnswerView(
                    ask: "Q\(row[0] as Int64)", response: "R\(row[1] as Int64)",
                    meeting: meetingHandle(row[5]), responseParagraph: row[7], extent: AnswerExtent(rawValue: row[2])!,
                    inferred: row[3] == "inferred", confidence: row[4],
                    state: AnswerState(rawValue: row[6]) ?? .confirmed)
                result[row[8] as Int64, default: []].append(view)
            }
        }
        return result
    }

    mutating func interventions(_ records: [Intervention]) throws -> [InterventionView] {
        let ids = records.map { $0.id! }
        try loadLabels(meetingIds: Set(records.map(\.meetingId)))
        let speakers = try speakers(of: ids)
        let links = try links(column: "interventionId", ids: ids)
        // Only the columns an ask's view shows, read by position.
        var asks: [Int64: [(id: Int64, text: String, status: AskStatus)]] = [:]
        for chunk in Self.chunks(ids) {
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT id, interventionId, text, status FROM ask
                        WHERE interventionId IN (\(Self.placeholders(chunk))) ORDER BY position
                        """), arguments: StatementArguments(chunk))
            while let row = try rows.next() {
                guard let status = AskStatus(rawValue: row[3]) else {
                    throw RapporteurError.failure("ask \(row[0] as Int64): unknown status \(row[3] as String)")
                }
                asks[row[1] as Int64, default: []].append((row[0], row[2], status))
            }
        }
        let answers = try answers(column: "askId", ids: asks.values.flatMap { $0.map(\.id) })
        return records.map { record in
            let facts = meetings[record.meetingId]!
            let link = links[record.id!] ?? Links()
            return InterventionView(
                id: record.handle, meeting: facts.handle, body: facts.body, date: facts.startDate,
                item: itemLabels[record.agendaItemId] ?? "?", sequence: record.sequence, kind: record.kind,
                speakers: (speakers[record.id!] ?? []).map(\.0), speakerDetails: (speakers[record.id!] ?? []).map(\.1),
                text: record.text, named: record.named,
                pledge: record.kind == .pledge && (record.pledgeAmount != nil || record.pledgeCurrency != nil)
                    ? .init(amount: record.pledgeAmount, currency: record.pledgeCurrency) : nil,
                asks: (asks[record.id!] ?? []).map { ask in
                    AskView(
                        id: RecordID(kind: .ask, number: ask.id).description, intervention: record.handle,
                        text: ask.text, status: ask.status, answers: answers[ask.id] ?? [])
                },
                resolutions: link.resolutions, decisions: link.decisions, documents: link.documents,
                paragraphs: link.paragraphs, sourceParagraph: record.sourceParagraph, day: record.day,
                fromPublishedSummary: facts.fromPublishedSummary(sourceParagraph: record.sourceParagraph))
        }
    }

    mutating func responses(_ records: [Response]) throws -> [ResponseView] {
        let ids = records.map { $0.id! }
        try loadLabels(meetingIds: Set(records.map(\.meetingId)))
        let links = try links(column: "responseId", ids: ids)
        let answers = try answers(column: "responseId", ids: ids)
        var commitments: [Int64: [String]] = [:]
        for chunk in Self.chunks(ids) {
            for row in try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT id, responseId FROM commitment WHERE responseId IN (\(Self.placeholders(chunk))) ORDER BY id
                        """), arguments: StatementArguments(chunk))
            {
                commitments[row[1] as Int64, default: []].append("A\(row[0] as Int64)")
            }
        }
        return records.map { record in
            let facts = meetings[record.meetingId]!
            let link = links[record.id!] ?? Links()
            return ResponseView(
                id: record.handle, meeting: facts.handle, body: facts.body, date: facts.startDate,
                item: itemLabels[record.agendaItemId] ?? "?", sequence: record.sequence, unit: record.unit,
                text: record.text, answers: answers[record.id!] ?? [], commitments: commitments[record.id!] ?? [],
                resolutions: link.resolutions, decisions: link.decisions, documents: link.documents,
                paragraphs: link.paragraphs, sourceParagraph: record.sourceParagraph, day: record.day,
                fromPublishedSummary: facts.fromPublishedSummary(sourceParagraph: record.sourceParagraph))
        }
    }

    /// Commitment views; with `asOf`, each says whether it is overdue and how old it is.
    mutating func commitments(_ records: [Commitment], asOf: CalendarDate? = nil) throws -> [CommitmentView] {
        let ids = records.map { $0.id! }
        try loadLabels(meetingIds: Set(records.map(\.meetingId)))
        let links = try links(column: "commitmentId", ids: ids)
        var originItems: [Int64: Int64] = [:]
        for chunk in Self.chunks(ids) {
            for row in try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT c.id, coalesce(r.agendaItemId, i.agendaItemId) AS item FROM commitment c
                        LEFT JOIN response r ON r.id = c.responseId LEFT JOIN intervention i ON i.id = c.interventionId
                        WHERE c.id IN (\(Self.placeholders(chunk)))
                        """), arguments: StatementArguments(chunk))
            {
                if let item: Int64 = row[1] { originItems[row[0] as Int64] = item }
            }
        }
        var stateNames: [Int64: String] = [:]
        for record in records {
            if let stateId = record.ownerStateId, stateNames[stateId] == nil {
                stateNames[stateId] = try MemberState.fetchOne(db, key: stateId)?.name
            }
        }
        return records.map { record in
            let facts = meetings[record.meetingId]!
            let link = links[record.id!] ?? Links()
            let owner: String
            switch record.ownerKind {
            case .secretariat: owner = "the Secretariat"
            case .unit: owner = "the Secretariat (\(record.ownerName ?? ""))"
            case .state: owner = stateNames[record.ownerStateId!] ?? "a Member State"
            }
            let due: String?
            switch record.dueKind {
            case .date: due = record.dueDate?.iso
            case .meeting: due = "by \(dueMeetingHandle(record) ?? "?")"
            case .uponRequest: due = "upon request"
            case .asEarlyAsPossible: due = "as early as possible"
            case .none: due = nil
            }
            var overdue: Bool?
            var age: Int?
            if let asOf {
                age = facts.startDate.days(until: asOf)
                switch (record.status, record.dueKind) {
                case (.open, .date): overdue = record.dueDate! < asOf
                // A meeting not recorded yet has not been held: nothing due at it is late.
                case (.open, .meeting): overdue = record.dueMeetingId.map { meetingEnd($0) < asOf } ?? false
                default: overdue = false
                }
            }
            return CommitmentView(
                id: record.handle, meeting: facts.handle, body: facts.body, date: facts.startDate,
                item: originItems[record.id!].flatMap { itemLabels[$0] },
                origin: record.responseId.map { "R\($0)" } ?? record.interventionId.map { "I\($0)" },
                owner: owner, text: record.text, due: due, dueDate: record.dueDate,
                dueMeeting: dueMeetingHandle(record),
                dueMeetingDate: record.dueMeetingId.flatMap { meetings[$0]?.startDate }, status: record.status,
                doneAt: record.doneMeetingId.map(meetingHandle), doneOn: record.doneOn, note: record.statusNote,
                resolutions: link.resolutions, decisions: link.decisions, documents: link.documents,
                paragraphs: link.paragraphs, overdue: overdue, ageDays: age,
                fromPublishedSummary: facts.fromPublishedSummary(sourceParagraph: record.sourceParagraph))
        }
    }

    /// SQLite limits the number of bound values in one statement; lists go in chunks.
    /// Every full chunk has the same SQL, so the queries use cached statements: long
    /// lists prepared the same statement dozens of times.
    static func chunks(_ ids: [Int64], size: Int = 500) -> [[Int64]] {
        stride(from: 0, to: ids.count, by: size).map { Array(ids[$0..<min($0 + size, ids.count)]) }
    }

    static func placeholders(_ ids: [Int64]) -> String {
        ids.map { _ in "?" }.joined(separator: ",")
    }
}
