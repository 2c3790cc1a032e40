import Foundation
import GRDB

/// Stores record files in one transaction. Problems become diagnostics with their file
/// and line; the caller throws them all at the end, which rolls everything back.
/// Meetings are created first, then their records, then answers and closures, so that
/// files may refer to each other in any order.
final class RecordImporter {
    let db: Database
    let user: String
    let stamp: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var report = ImportReport()
    private var parties: [String: Party] = [:]
    // Lookups repeated for every record of a corpus, done once each. Nothing the import
    // writes changes them: resolutions are never created here, decisions only before
    // the records that refer to them, and asks are all in before any answer is linked.
    private var resolutionIds: [String: Int64] = [:]
    private var decisionIds: [String: Int64] = [:]
    /// By meeting as typed ("PBA-55"): its handle as stored, and its asks' ids by key.
    private var askIdsByMeeting: [String: (handle: String, asks: [String: Int64])] = [:]
    private var meetingStartDates: [Int64: String] = [:]

    init(db: Database, user: String, stamp: String) {
        self.db = db
        self.user = user
        self.stamp = stamp
    }

    /// Runs `body`; a RapporteurError becomes an error diagnostic at `line`.
    private func attempt<T>(_ file: String, _ line: Int, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            diagnostics.append(Diagnostic(file: file, line: line, error: error))
        }
        return nil
    }

    private func party(_ typed: String) throws -> Party {
        if let known = parties[typed] { return known }
        let party = try Party.findOrInsert(db, typed: typed)
        parties[typed] = party
        return party
    }

    /// `meetings` are the records in order, of which only the meeting itself (handle,
    /// body, dates…) is read; `records` hands over the same records, whole, one at a
    /// time, so that a corpus need never be held in memory all at once.
    func importRecords(meetings: [(file: String, record: RecordFile)], records: AppStore.RecordPass) throws {
        // A meeting that cannot be prepared is reported and left out; the others go on,
        // so that every problem is found in one run.
        var prepared: [(handle: String, meetingId: Int64?)] = []
        var external = ExternalLinks()
        for (file, record) in meetings {
            let meeting = attempt(file, record.line) { try prepareMeeting(record) }
            prepared.append((record.handle, meeting?.0.id))
            if let links = meeting?.1 {
                external.answers += links.answers
                external.supersessions += links.supersessions
            }
        }
        var pending: [PendingAnswers] = []
        var index = 0
        try records { file, record in
            guard index < prepared.count, prepared[index].handle == record.handle else {
                throw RapporteurError.failure("\(file) changed while it was being imported; nothing was stored")
            }
            defer { index += 1 }
            guard let meetingId = prepared[index].meetingId else { return }
            if let answers = try storeContent(record, file: file, meetingId: meetingId) { pending.append(answers) }
        }
        guard index == prepared.count else {
            throw RapporteurError.failure("the record files changed while they were being imported; nothing was stored")
        }
        // Answers first, then those of other meetings, and only then the asks closed by
        // hand: a closed ask takes no answer, but may have had some before it closed.
        for answers in pending { linkAnswers(answers) }
        try relink(external)
        for answers in pending { applyClosures(answers) }
    }

    // MARK: Meetings

    /// An answer from another meeting to an ask of a meeting being replaced.
    private struct ExternalAnswer {
        let meeting: String
        let askKey: String
        let answer: Answer
    }

    /// Another meeting's ask superseded by an ask of a meeting being replaced.
    private struct ExternalSupersession {
        let meeting: String
        let askKey: String
        let supersededAsk: Ask
    }

    /// What other meetings' records say about a meeting being replaced, to put back.
    private struct ExternalLinks {
        var answers: [ExternalAnswer] = []
        var supersessions: [ExternalSupersession] = []
    }

    /// Creates the meeting, or empties an existing one for its new record; returns the
    /// answers other meetings gave to its asks, to link them again afterwards.
    private func prepareMeeting(_ record: RecordFile) throws -> (Meeting, ExternalLinks) {
        let body = try Body.find(db, code: record.body)
        var plan = MeetingPlan(body: body.code, number: record.number, session: record.session, year: record.year,
                               startDate: record.startDate, endDate: record.endDate)
        plan.startTime = record.startTime
        plan.endTime = record.endTime
        let numbering = try plan.numbering(for: body)
        guard numbering.handle == record.handle else {
            throw RapporteurError.invalid("meeting \(record.handle) does not match its numbering, which gives \(numbering.handle)")
        }
        var external = ExternalLinks()
        var meeting: Meeting
        if let existing = try Meeting.all().filter(handle: record.handle).fetchOne(db) {
            meeting = existing
            let keys = try RecordKeys(meetingId: existing.id!, db: db)
            let answers = try Answer.fetchAll(db, sql: """
                SELECT w.* FROM answer w JOIN ask a ON a.id = w.askId JOIN intervention i ON i.id = a.interventionId
                JOIN response r ON r.id = w.responseId
                WHERE i.meetingId = ? AND r.meetingId != ?
                """, arguments: [existing.id, existing.id])
            external.answers = answers.map { ExternalAnswer(meeting: record.handle, askKey: keys.asks[$0.askId]!, answer: $0) }
            // Asks of other meetings superseded by this meeting's asks: opened for now,
            // closed again once the new record is in.
            let superseded = try Ask.fetchAll(db, sql: """
                SELECT q.* FROM ask q JOIN ask a ON a.id = q.supersededById JOIN intervention i ON i.id = a.interventionId
                JOIN intervention o ON o.id = q.interventionId
                WHERE i.meetingId = ?1 AND o.meetingId != ?1
                """, arguments: [existing.id])
            for var ask in superseded {
                external.supersessions.append(ExternalSupersession(meeting: record.handle, askKey: keys.asks[ask.supersededById!]!,
                                                                   supersededAsk: ask))
                ask.status = .open
                ask.supersededById = nil
                try ask.update(db)
            }
            try AppStore.emptyRecord(ofMeeting: existing.id!, user: user, stamp: stamp, db: db)
            meeting.updatedBy = user
            meeting.updatedAt = stamp
        } else {
            meeting = Meeting(
                id: nil, bodyId: body.id!, handle: record.handle, number: numbering.number, session: numbering.session,
                year: numbering.year, startDate: record.startDate, endDate: record.endDate,
                timeZoneLabel: body.timeZoneLabel, timeZoneName: body.timeZoneName, modality: .inPerson,
                status: .planned, agendaStatus: .provisional, createdBy: user, createdAt: stamp)
        }
        meeting.startDate = record.startDate
        meeting.endDate = record.endDate
        meeting.startTime = record.startTime
        meeting.endTime = record.endTime
        meeting.openedAt = record.openedAt
        meeting.adjournedAt = record.adjournedAt
        if let label = record.timeZoneLabel { meeting.timeZoneLabel = label }
        if let name = record.timeZoneName { meeting.timeZoneName = name }
        meeting.venue = RecordText.line(record.venue)
        meeting.modality = record.modality
        let chair = RecordText.line(record.chair).map(Honorific.split)
        meeting.chairHonorific = chair?.honorific
        meeting.chairName = chair?.name
        meeting.chairFunction = RecordText.line(record.chairFunction)
        meeting.chairDelegation = try record.chairDelegation.map { try MemberState.find(db, typed: $0).name }
        meeting.status = record.status
        // The agenda goes in afterwards; it is adopted once its items are there.
        meeting.agendaStatus = .provisional
        meeting.provisionalAgenda = nil
        meeting.agendaAdoptedAt = nil
        try meeting.save(db)
        report.meetings.append(.init(handle: record.handle, replaced: meeting.updatedAt == stamp))
        return (meeting, external)
    }

    // MARK: Records

    private struct PendingAnswers {
        let file: String
        let meetingId: Int64
        let responses: [(id: Int64, line: Int, answers: [RecordFile.Answer])]
        let closures: [(id: Int64, line: Int, ask: RecordFile.Ask)]
        let asksByKey: [String: Int64]
    }

    private func storeContent(_ record: RecordFile, file: String, meetingId: Int64) throws -> PendingAnswers? {
        var meeting = try Meeting.fetchOne(db, key: meetingId)!
        let reportIndex = report.meetings.firstIndex { $0.handle == record.handle }!
        for decision in record.decisions {
            _ = attempt(file, record.line) {
                let key = try RapporteurError.parsing { try DecisionKey.parse(decision.key) }
                let body = try Body.find(db, code: decision.body)
                if try Decision.all().filter(bodyId: body.id, series: key.series, number: key.number).fetchCount(db) == 0 {
                    var row = Decision(id: nil, bodyId: body.id!, seriesKind: key.isNumberedByYear ? .year : .session,
                                       series: key.series, number: key.number, title: RecordText.line(decision.title), symbol: nil,
                                       adoptedOn: nil, createdBy: user, createdAt: stamp)
                    try row.insert(db)
                }
            }
        }

        // The agenda: labels must come in order, each parent before its sub-items.
        var items: [String: Int64] = [:]
        var tree = try AgendaTree(meeting: meeting, db: db)
        for item in record.agenda {
            _ = attempt(file, item.line) {
                let label = try RapporteurError.parsing { try AgendaLabel.parse(item.label) }
                let parentId = try label.parent.map { parent -> Int64 in
                    guard let id = items[parent.display] else {
                        throw RapporteurError.invalid("item \(label.display) comes before its parent \(parent.display)")
                    }
                    return id
                }
                let expected = tree.childCount(of: parentId) + 1
                guard label.path.last == expected else {
                    throw RapporteurError.invalid("item \(label.display) is out of order; the next item here is "
                        + (label.parent.map { $0.child(expected).display } ?? "\(expected)"))
                }
                var row = AgendaItem(id: nil, meetingId: meetingId, parentId: parentId, position: expected,
                                     title: try AppStore.itemTitle(item.title), createdBy: user, createdAt: stamp)
                try tree.insert(&row, db: db)
                try linkResolutions(item.resolutions, toItem: row.id!)
                try AppStore.link(row, to: AgendaLinks(decisions: item.decisions, documents: item.documents),
                                  db: db, user: user, stamp: stamp)
                items[label.display] = row.id!
                report.meetings[reportIndex].items += 1
            }
        }
        if record.agendaStatus.isAdopted {
            let provisional = try record.provisionalAgenda.map(Self.nodes) ?? AppStore.agendaNodes(of: meeting, db: db)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            meeting.provisionalAgenda = String(decoding: try encoder.encode(provisional), as: UTF8.self)
            meeting.agendaStatus = record.agendaStatus
            meeting.agendaAdoptedAt = stamp
            try meeting.update(db)
        }

        // Each record's item as typed ("2", "2(a)"), parsed once per meeting rather than
        // once per record. Only found items are kept; others are parsed again, to fail alike.
        var itemIdsAsTyped: [String: Int64] = [:]
        func agendaItemId(_ typed: String) throws -> Int64? {
            if let id = itemIdsAsTyped[typed] { return id }
            let id = items[try RapporteurError.parsing { try AgendaLabel.parse(typed) }.display]
            if let id { itemIdsAsTyped[typed] = id }
            return id
        }
        var interventionsByKey: [String: Int64] = [:]
        var responsesByKey: [String: Int64] = [:]
        var asksByKey: [String: Int64] = [:]
        var pendingResponses: [(id: Int64, line: Int, answers: [RecordFile.Answer])] = []
        var closures: [(id: Int64, line: Int, ask: RecordFile.Ask)] = []
        for (index, entry) in record.entries.enumerated() {
            switch entry {
            case .intervention(let intervention):
                _ = attempt(file, intervention.line) {
                    guard interventionsByKey[intervention.key] == nil else {
                        throw RapporteurError.invalid("the key \(intervention.key) is used twice in \(record.handle)")
                    }
                    guard let itemId = try agendaItemId(intervention.item) else {
                        throw RapporteurError.invalid("\(intervention.key): agenda item \(intervention.item) is not on the agenda of \(record.handle)")
                    }
                    if intervention.kind != .pledge, intervention.pledgeAmount != nil || intervention.pledgeCurrency != nil {
                        throw RapporteurError.invalid("\(intervention.key): a pledge goes with `kind: pledge`, not \(intervention.kind.rawValue)")
                    }
                    var row = Intervention(
                        id: nil, meetingId: meetingId, agendaItemId: itemId, sequence: index + 1, kind: intervention.kind,
                        text: try RecordText.clean(intervention.text, field: "intervention's text"), named: intervention.named,
                        pledgeAmount: try intervention.pledgeAmount.map(RecordText.amount),
                        pledgeCurrency: try intervention.pledgeCurrency.map(RecordText.currency),
                        sourceParagraph: intervention.sourceParagraph, recordKey: intervention.key,
                        createdBy: user, createdAt: stamp)
                    try insert(&row)
                    // "France" and "FRA" are one speaker: each party once, in the order given.
                    var parties: [Int64] = []
                    for typed in intervention.speakers {
                        let id = try party(typed).id!
                        if !parties.contains(id) { parties.append(id) }
                    }
                    let insertSpeaker = try db.cachedStatement(
                        sql: "INSERT INTO interventionSpeaker (interventionId, partyId, position) VALUES (?, ?, ?)")
                    for (position, partyId) in parties.enumerated() {
                        try insertSpeaker.execute(binding: row.id, partyId, position + 1)
                    }
                    try saveReferences(intervention.references, interventionId: row.id)
                    interventionsByKey[intervention.key] = row.id!
                    report.meetings[reportIndex].interventions += 1
                    for (position, ask) in intervention.asks.enumerated() {
                        guard asksByKey[ask.key] == nil else {
                            throw RapporteurError.invalid("the key \(ask.key) is used twice in \(record.handle)")
                        }
                        var askRow = Ask(id: nil, interventionId: row.id!, position: position + 1,
                                         text: try RecordText.clean(ask.text, field: "ask"), status: .open,
                                         recordKey: ask.key, createdBy: user, createdAt: stamp)
                        try insert(&askRow)
                        asksByKey[ask.key] = askRow.id!
                        if ask.closed != nil { closures.append((askRow.id!, ask.line, ask)) }
                        report.meetings[reportIndex].asks += 1
                    }
                }
            case .response(let response):
                _ = attempt(file, response.line) {
                    guard responsesByKey[response.key] == nil else {
                        throw RapporteurError.invalid("the key \(response.key) is used twice in \(record.handle)")
                    }
                    guard let itemId = try agendaItemId(response.item) else {
                        throw RapporteurError.invalid("\(response.key): agenda item \(response.item) is not on the agenda of \(record.handle)")
                    }
                    var row = Response(
                        id: nil, meetingId: meetingId, agendaItemId: itemId, sequence: index + 1, unit: RecordText.line(response.unit),
                        text: try RecordText.clean(response.text, field: "response's text"),
                        sourceParagraph: response.sourceParagraph, recordKey: response.key, createdBy: user, createdAt: stamp)
                    try insert(&row)
                    try saveReferences(response.references, responseId: row.id)
                    responsesByKey[response.key] = row.id!
                    pendingResponses.append((row.id!, response.line, response.answers))
                    report.meetings[reportIndex].responses += 1
                }
            }
        }

        var commitmentKeys: Set<String> = []
        for commitment in record.commitments {
            _ = attempt(file, commitment.line) {
                guard commitmentKeys.insert(commitment.key).inserted else {
                    throw RapporteurError.invalid("the key \(commitment.key) is used twice in \(record.handle)")
                }
                var row = Commitment(
                    id: nil, meetingId: meetingId, text: try RecordText.clean(commitment.text, field: "commitment's text"),
                    ownerKind: .secretariat, dueKind: .none, status: commitment.status, statusNote: RecordText.line(commitment.note),
                    sourceParagraph: commitment.sourceParagraph, recordKey: commitment.key, createdBy: user, createdAt: stamp)
                if let origin = commitment.origin {
                    if let id = responsesByKey[origin] {
                        row.responseId = id
                    } else if let id = interventionsByKey[origin] {
                        row.interventionId = id
                    } else {
                        throw RapporteurError.invalid("\(commitment.key) comes from \(origin), which is not a response or intervention of \(record.handle)")
                    }
                }
                let owner = try party(commitment.owner)
                switch owner.kind {
                case .secretariat where owner.name.isEmpty: break
                case .secretariat: row.ownerKind = .unit; row.ownerName = owner.name
                case .state: row.ownerKind = .state; row.ownerStateId = owner.stateId
                default: throw RapporteurError.invalid("the owner of \(commitment.key) must be the Secretariat, a unit or a State")
                }
                switch commitment.due {
                case .none: break
                case .uponRequest: row.dueKind = .uponRequest
                case .date(let date): row.dueKind = .date; row.dueDate = date
                case .meeting(let handle): row.dueKind = .meeting; row.dueMeetingId = try Meeting.find(db, handle: handle).id
                }
                if commitment.status == .done {
                    row.doneMeetingId = try commitment.doneAt.map { try Meeting.find(db, handle: $0).id! }
                    row.doneOn = commitment.doneOn
                }
                try row.insert(db)
                try saveReferences(commitment.references, commitmentId: row.id)
                report.meetings[reportIndex].commitments += 1
            }
        }
        return PendingAnswers(file: file, meetingId: meetingId, responses: pendingResponses, closures: closures,
                              asksByKey: asksByKey)
    }

    private func saveReferences(_ references: [RecordFile.Reference], interventionId: Int64? = nil,
                                         responseId: Int64? = nil, commitmentId: Int64? = nil) throws {
        for reference in references {
            var row = RecordReference(id: nil, interventionId: interventionId, responseId: responseId, commitmentId: commitmentId,
                                      paragraph: reference.paragraph, source: reference.source)
            switch reference.kind {
            case .resolution: row.resolutionId = try resolutionId(reference.key)
            case .decision:
                if let id = decisionIds[reference.key] {
                    row.decisionId = id
                } else {
                    row.decisionId = try Decision.find(db, typed: reference.key).id
                    decisionIds[reference.key] = row.decisionId
                }
            case .document: row.documentId = try Document.findOrInsert(db, typed: reference.key, user: user, stamp: stamp).id
            }
            try insert(&row)
        }
    }

    /// What AppStore.link does with an item's resolutions, with the lookups of this
    /// import and a prepared statement, where it looked up and prepared anew for every
    /// item.
    private func linkResolutions(_ typed: [String], toItem itemId: Int64) throws {
        for text in typed {
            let resolutionId = try resolutionId(text)
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO agendaItemResolution (agendaItemId, resolutionId) VALUES (?, ?)")
                .execute(binding: itemId, resolutionId)
        }
    }

    private func resolutionId(_ typed: String) throws -> Int64? {
        if let id = resolutionIds[typed] { return id }
        let id = try Resolution.find(db, typed: typed).id
        resolutionIds[typed] = id
        return id
    }

    // MARK: Answers, after every meeting is in

    private func linkAnswers(_ pending: PendingAnswers) {
        let handle = try? Meeting.fetchOne(db, key: pending.meetingId)?.handle
        let reportIndex = report.meetings.firstIndex { $0.handle == handle }
        for response in pending.responses {
            for answer in response.answers {
                _ = attempt(pending.file, response.line) {
                    let askId = try resolveAsk(answer.ask, local: pending.asksByKey)
                    try link(askId: askId, responseId: response.id, responseMeetingId: pending.meetingId,
                             extent: answer.extent, origin: answer.inferred ? .inferred : .recorded,
                             confidence: answer.confidence)
                    if let reportIndex { report.meetings[reportIndex].answers += 1 }
                }
            }
        }
    }

    /// AppStore.link, done with prepared statements for the usual case: the ask is open
    /// or partly answered, this response does not answer it yet, and it was asked no
    /// later than answered. Anything else goes to AppStore.link itself, which refuses it
    /// with its own message. Either way the answer row and the ask's status end up the same.
    private func link(askId: Int64, responseId: Int64, responseMeetingId: Int64, extent: AnswerExtent,
                      origin: Answer.Origin, confidence: Double?) throws {
        let asked = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT a.status, m.startDate FROM ask a JOIN intervention i ON i.id = a.interventionId
            JOIN meeting m ON m.id = i.meetingId WHERE a.id = ?
            """), arguments: [askId])
        let status = (asked?[0] as String?).flatMap(AskStatus.init(rawValue:))
        let answeredAlready = try Bool.fetchOne(try db.cachedStatement(
            sql: "SELECT EXISTS (SELECT 1 FROM answer WHERE askId = ? AND responseId = ?)"), arguments: [askId, responseId]) ?? false
        guard let asked, status == .open || status == .partiallyAnswered, !answeredAlready,
              try startDate(ofMeeting: responseMeetingId) >= asked[1] as String else {
            try AppStore.link(ask: try Ask.fetchOne(db, key: askId)!, to: try Response.fetchOne(db, key: responseId)!,
                              extent: extent, origin: origin, confidence: confidence, user: user, stamp: stamp, db: db)
            return
        }
        try db.cachedStatement(sql: """
            INSERT INTO answer (responseId, askId, extent, origin, confidence, createdBy, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(binding: responseId, askId, extent.rawValue, origin.rawValue, confidence, user, stamp)
        // As AppStore.refreshStatus: any full answer makes the ask answered, else a partial one partly answered.
        let extents = try String.fetchAll(try db.cachedStatement(sql: "SELECT extent FROM answer WHERE askId = ?"),
                                          arguments: [askId])
        let newStatus: AskStatus = extents.contains("full") ? .answered : (extents.isEmpty ? .open : .partiallyAnswered)
        guard newStatus != status else { return }
        try db.cachedStatement(sql: "UPDATE ask SET status = ?, updatedBy = ?, updatedAt = ? WHERE id = ?")
            .execute(binding: newStatus.rawValue, user, stamp, askId)
    }

    private func startDate(ofMeeting id: Int64) throws -> String {
        if let known = meetingStartDates[id] { return known }
        let date = try String.fetchOne(try db.cachedStatement(sql: "SELECT startDate FROM meeting WHERE id = ?"), arguments: [id])!
        meetingStartDates[id] = date
        return date
    }

    private func applyClosures(_ pending: PendingAnswers) {
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
    private func resolveAsk(_ key: String, local: [String: Int64]) throws -> Int64 {
        guard let slash = key.lastIndex(of: "/") else {
            guard let id = local[key] else { throw RapporteurError.invalid("no ask \(key) in this meeting") }
            return id
        }
        let handle = String(key[..<slash])
        let askKey = String(key[key.index(after: slash)...])
        if askIdsByMeeting[handle] == nil {
            let meeting = try Meeting.find(db, handle: handle)
            let asks = try RecordKeys.asks(meetingId: meeting.id!, db: db)
            askIdsByMeeting[handle] = (meeting.handle, Dictionary(asks.map { ($0.value, $0.key) }, uniquingKeysWith: min))
        }
        let (meetingHandle, askIds) = askIdsByMeeting[handle]!
        guard let id = askIds[askKey] else {
            throw RapporteurError.invalid("no ask \(askKey) in \(meetingHandle)")
        }
        return id
    }

    /// Links again the answers other meetings gave to the asks of a replaced meeting;
    /// an ask that is no longer there is reported, not dropped silently.
    private func relink(_ external: ExternalLinks) throws {
        for item in external.supersessions {
            let meeting = try Meeting.find(db, handle: item.meeting)
            let keys = try RecordKeys(meetingId: meeting.id!, db: db)
            var ask = item.supersededAsk
            guard let newer = keys.asks.first(where: { $0.value == item.askKey })?.key else {
                report.warnings.append(Diagnostic(file: item.meeting, line: 0, .warning,
                    "Q\(ask.id!) was superseded by \(item.meeting)/\(item.askKey), which the new record no longer has; it is open again"))
                continue
            }
            ask.status = .superseded
            ask.supersededById = newer
            try ask.update(db)
        }
        for item in external.answers {
            let meeting = try Meeting.find(db, handle: item.meeting)
            let keys = try RecordKeys(meetingId: meeting.id!, db: db)
            guard let askId = keys.asks.first(where: { $0.value == item.askKey })?.key,
                  let response = try Response.fetchOne(db, key: item.answer.responseId) else {
                report.warnings.append(Diagnostic(file: item.meeting, line: 0, .warning,
                    "R\(item.answer.responseId) answered \(item.meeting)/\(item.askKey), which the new record no longer has; the answer link is removed"))
                continue
            }
            try AppStore.link(ask: try Ask.fetchOne(db, key: askId)!, to: response, extent: item.answer.extent,
                              origin: item.answer.origin, confidence: item.answer.confidence, user: user, stamp: stamp, db: db)
        }
    }

    static func nodes(_ items: [RecordFile.Item]) -> [AgendaNode] {
        // Rebuild the tree from labels in order: "2(a)" goes under the last "2".
        var roots: [AgendaNode] = []
        for item in items {
            let node = AgendaNode(label: item.label, title: item.title, resolutions: item.resolutions,
                                  decisions: item.decisions, documents: item.documents)
            let depth = (try? AgendaLabel.parse(item.label))?.depth ?? 0
            insert(node, depth: depth, into: &roots)
        }
        return roots
    }

    private static func insert(_ node: AgendaNode, depth: Int, into nodes: inout [AgendaNode]) {
        if depth == 0 || nodes.isEmpty {
            nodes.append(node)
        } else {
            insert(node, depth: depth - 1, into: &nodes[nodes.count - 1].children)
        }
    }
}
