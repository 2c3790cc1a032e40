import Foundation
import GRDB

/// A meeting's record: its decisions, agenda, interventions, responses and commitments,
/// with their references.
extension RecordImporter {
    func storeContent(_ record: RecordFile, file: String, meetingId: Int64) throws -> PendingAnswers? {
        var meeting = try Meeting.fetchOne(db, key: meetingId)!
        let reportIndex = report.meetings.firstIndex { $0.handle == record.handle }!
        for decision in record.decisions {
            _ = attempt(file, record.line) {
                let key = try RapporteurError.parsing { try DecisionKey.parse(decision.key) }
                let body = try Body.find(db, code: decision.body)
                if try Decision.all().filter(bodyId: body.id, series: key.series, number: key.number).fetchCount(db)
                    == 0
                {
                    var row = Decision(
                        id: nil, bodyId: body.id!, seriesKind: key.isNumberedByYear ? .year : .session,
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
                    throw RapporteurError.invalid(
                        "item \(label.display) is out of order; the next item here is "
                            + (label.parent.map { $0.child(expected).display } ?? "\(expected)"))
                }
                items[label.display] = try insertItem(
                    item, parentId: parentId, position: expected, meetingId: meetingId, tree: &tree)
                report.meetings[reportIndex].items += 1
            }
        }
        for document in record.documents {
            _ = attempt(file, document.line) {
                try AppStore.recordMeetingDocument(
                    document.kind, of: meeting, symbol: document.symbol, issued: document.issued,
                    item: document.item, user: user, stamp: stamp, db: db)
            }
        }
        if record.agendaStatus.isAdopted {
            let provisional =
                try record.provisionalAgenda.map(Self.nodes) ?? AgendaNode.withoutAnnotations(meeting.agendaNodes(db))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            meeting.provisionalAgenda = String(decoding: try encoder.encode(provisional), as: UTF8.self)
            meeting.agendaStatus = record.agendaStatus
            meeting.agendaAdoptedAt = stamp
            try meeting.update(db)
        }

        // A session of several days: its days, within the meeting's dates.
        for day in record.days {
            _ = attempt(file, day.line) {
                try checkDate(of: day, in: meeting)
                try MeetingDay.save(MeetingDay(number: day.number, date: day.date), meetingId: meetingId, db: db)
            }
        }
        let dayNumbers = Set(record.days.map(\.number))
        func checkDay(_ day: Int?, _ name: String) throws {
            guard let day, !dayNumbers.contains(day) else { return }
            throw RapporteurError.invalid("\(name) is of day \(day), which \(record.handle) does not have")
        }

        // The published summary's paragraphs as printed, checked line by line.
        var published: [PublishedParagraph] = []
        for paragraph in record.publishedParagraphs {
            _ = attempt(file, paragraph.line) {
                try checkDay(paragraph.day, "paragraph \(paragraph.number)")
                if !paragraph.item.isEmpty {
                    let label = try RapporteurError.parsing { try AgendaLabel.parse(paragraph.item) }
                    guard items[label.display] != nil else {
                        throw RapporteurError.invalid(
                            "paragraph \(paragraph.number): agenda item \(paragraph.item) is not on the agenda of \(record.handle)"
                        )
                    }
                }
                published.append(try Self.stored(paragraph, day: paragraph.day))
            }
        }
        try PublishedSummary.save(
            style: record.publishedStyle,
            paragraphs: published.sorted { ($0.day ?? 0, $0.number) < ($1.day ?? 0, $1.number) },
            meetingId: meetingId, db: db)

        // Each record's item as typed ("2", "2(a)"), parsed once per meeting rather than
        // once per record. Only found items are kept; others are parsed again, to fail alike.
        var itemIdsAsTyped: [String: Int64] = [:]
        func agendaItemId(_ typed: String) throws -> Int64? {
            if let id = itemIdsAsTyped[typed] { return id }
            let id = items[try RapporteurError.parsing { try AgendaLabel.parse(typed) }.display]
            if let id { itemIdsAsTyped[typed] = id }
            return id
        }
        let pending = try storeEntries(
            record, file: file, meetingId: meetingId, reportIndex: reportIndex, agendaItemId: agendaItemId,
            checkDay: checkDay)
        return pending
    }

    /// The record's interventions and their asks, responses and commitments, each on its
    /// day; answers are left pending until every meeting is in.
    func storeEntries(
        _ record: RecordFile, file: String, meetingId: Int64, reportIndex: Int,
        agendaItemId: (String) throws -> Int64?, checkDay: (Int?, String) throws -> Void
    ) throws -> PendingAnswers {
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
                        throw RapporteurError.invalid(
                            "\(intervention.key): agenda item \(intervention.item) is not on the agenda of \(record.handle)"
                        )
                    }
                    if intervention.kind != .pledge,
                        intervention.pledgeAmount != nil || intervention.pledgeCurrency != nil
                    {
                        throw RapporteurError.invalid(
                            "\(intervention.key): a pledge goes with `kind: pledge`, not \(intervention.kind.rawValue)")
                    }
                    try checkDay(intervention.day, intervention.key)
                    var row = Intervention(
                        id: nil, meetingId: meetingId, agendaItemId: itemId,
                        sequence: try MeetingDay.sequence(day: intervention.day, position: index + 1),
                        kind: intervention.kind,
                        text: try RecordText.clean(intervention.text, field: "intervention's text"),
                        named: intervention.named,
                        pledgeAmount: try intervention.pledgeAmount.map(RecordText.amount),
                        pledgeCurrency: try intervention.pledgeCurrency.map(RecordText.currency),
                        sourceParagraph: intervention.sourceParagraph, recordKey: intervention.key,
                        day: intervention.day)
                    row.stampInsert(by: user, at: stamp)
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
                        var askRow = Ask(
                            id: nil, interventionId: row.id!, position: position + 1,
                            text: try RecordText.clean(ask.text, field: "ask"), status: .open,
                            recordKey: ask.key)
                        askRow.stampInsert(by: user, at: stamp)
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
                        throw RapporteurError.invalid(
                            "\(response.key): agenda item \(response.item) is not on the agenda of \(record.handle)")
                    }
                    try checkDay(response.day, response.key)
                    var row = Response(
                        id: nil, meetingId: meetingId, agendaItemId: itemId,
                        sequence: try MeetingDay.sequence(day: response.day, position: index + 1),
                        unit: RecordText.line(response.unit),
                        text: try RecordText.clean(response.text, field: "response's text"),
                        sourceParagraph: response.sourceParagraph, recordKey: response.key, day: response.day)
                    row.stampInsert(by: user, at: stamp)
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
                    id: nil, meetingId: meetingId,
                    text: try RecordText.clean(commitment.text, field: "commitment's text"),
                    ownerKind: .secretariat, dueKind: .none, status: commitment.status,
                    statusNote: RecordText.line(commitment.note),
                    sourceParagraph: commitment.sourceParagraph, recordKey: commitment.key, day: commitment.day)
                try checkDay(commitment.day, commitment.key)
                row.stampInsert(by: user, at: stamp)
                if let origin = commitment.origin {
                    if let id = responsesByKey[origin] {
                        row.responseId = id
                    } else if let id = interventionsByKey[origin] {
                        row.interventionId = id
                    } else {
                        throw RapporteurError.invalid(
                            "\(commitment.key) comes from \(origin), which is not a response or intervention of \(record.handle)"
                        )
                    }
                }
                let owner = try party(commitment.owner)
                switch owner.kind {
                case .secretariat where owner.name.isEmpty: break
                case .secretariat: row.ownerKind = .unit; row.ownerName = owner.name
                case .state: row.ownerKind = .state; row.ownerStateId = owner.stateId
                default:
                    throw RapporteurError.invalid(
                        "the owner of \(commitment.key) must be the Secretariat, a unit or a State")
                }
                switch commitment.due {
                case .none: break
                case .uponRequest: row.dueKind = .uponRequest
                case .asEarlyAsPossible: row.dueKind = .asEarlyAsPossible
                case .date(let date): row.dueKind = .date; row.dueDate = date
                case .meeting(let handle):
                    // A meeting not recorded yet is kept as a reference, linked when it is created.
                    try CommitmentDueMeeting.set(handle, on: &row, db: db)
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
        return PendingAnswers(
            file: file, meetingId: meetingId, responses: pendingResponses, closures: closures,
            asksByKey: asksByKey)
    }

    /// A day falls within its meeting's dates.
    func checkDate(of day: RecordFile.Day, in meeting: Meeting) throws {
        guard day.date >= meeting.startDate, day.date <= meeting.endDate else {
            throw RapporteurError.invalid(
                "day \(day.number) is dated \(UNDate.long(day.date)), outside the dates of \(meeting.handle), "
                    + "\(meeting.dates); correct the date, or the meeting's dates")
        }
    }

    /// A published paragraph of the record as the store keeps it, on `day`.
    static func stored(_ paragraph: RecordFile.PublishedParagraph, day: Int?) throws -> PublishedParagraph {
        try StoredText.check(paragraph.text, field: "publishedParagraph.text")
        return PublishedParagraph(
            number: paragraph.number, item: paragraph.item,
            text: try RecordText.publishedParagraph(paragraph.text, number: paragraph.number),
            edited: paragraph.edited, day: day)
    }

    /// Adds an agenda item of the record, with its links, at `position` under its parent.
    func insertItem(
        _ item: RecordFile.Item, parentId: Int64?, position: Int, meetingId: Int64, tree: inout AgendaTree
    ) throws -> Int64 {
        var row = AgendaItem(
            id: nil, meetingId: meetingId, parentId: parentId, position: position,
            title: try AppStore.itemTitle(item.title),
            annotation: AgendaAnnotation.normalized(item.annotation.joined(separator: "\n\n")))
        row.stampInsert(by: user, at: stamp)
        try tree.insert(&row, db: db)
        try linkResolutions(item.resolutions, toItem: row.id!)
        try AppStore.link(
            row, to: AgendaLinks(decisions: item.decisions, documents: item.documents), db: db, user: user,
            stamp: stamp)
        return row.id!
    }

    func saveReferences(
        _ references: [RecordFile.Reference], interventionId: Int64? = nil,
        responseId: Int64? = nil, commitmentId: Int64? = nil
    ) throws {
        for reference in references {
            var row = RecordReference(
                id: nil, interventionId: interventionId, responseId: responseId, commitmentId: commitmentId,
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
            case .document:
                row.documentId = try Document.findOrInsert(db, typed: reference.key, user: user, stamp: stamp).id
            }
            try insert(&row)
        }
    }

    /// What AppStore.link does with an item's resolutions, with the lookups of this
    /// import and a prepared statement, where it looked up and prepared anew for every
    /// item.
    func linkResolutions(_ typed: [String], toItem itemId: Int64) throws {
        for text in typed {
            let resolutionId = try resolutionId(text)
            try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO agendaItemResolution (agendaItemId, resolutionId) VALUES (?, ?)"
            )
            .execute(binding: itemId, resolutionId)
        }
    }

    func resolutionId(_ typed: String) throws -> Int64? {
        if let id = resolutionIds[typed] { return id }
        let id = try Resolution.find(db, typed: typed).id
        resolutionIds[typed] = id
        return id
    }
}
