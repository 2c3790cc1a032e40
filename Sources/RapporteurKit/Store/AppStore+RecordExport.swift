import Foundation
import GRDB

extension AppStore {
    /// A meeting's whole record in the shape of the record format.
    public func exportRecord(_ handle: String) throws -> RecordFile {
        try read { db in
            var exporter = RecordExporter(db: db)
            return try exporter.export(try Meeting.find(db, handle: handle))
        }
    }
}

/// Reads one meeting's record into a `RecordFile`, in the canonical order the
/// format writes.
struct RecordExporter {
    let db: Database
    private var keysByMeeting: [Int64: RecordKeys] = [:]

    init(db: Database) {
        self.db = db
    }

    private mutating func keys(_ meetingId: Int64) throws -> RecordKeys {
        if let known = keysByMeeting[meetingId] { return known }
        let keys = try RecordKeys(meetingId: meetingId, db: db)
        keysByMeeting[meetingId] = keys
        return keys
    }

    mutating func export(_ meeting: Meeting) throws -> RecordFile {
        let body = try Body.fetchOne(db, key: meeting.bodyId)!
        var record = RecordFile(
            handle: meeting.handle, body: body.code, startDate: meeting.startDate, endDate: meeting.endDate)
        record.bodyDefinition = try AppStore.definition(of: body, db: db)
        record.number = meeting.number
        record.session = meeting.session
        record.year = meeting.year
        record.startTime = meeting.startTime
        record.endTime = meeting.endTime
        record.openedAt = meeting.openedAt
        record.adjournedAt = meeting.adjournedAt
        record.timeZoneLabel = meeting.timeZoneLabel
        record.timeZoneName = meeting.timeZoneName
        record.venue = meeting.venue
        record.modality = meeting.modality
        record.chair = meeting.chair
        record.chairFunction = meeting.chairFunction
        record.chairDelegation = meeting.chairDelegation
        record.openingTitle = meeting.openingTitle
        record.openingAnnotation = meeting.openingAnnotation.map { AgendaAnnotation.paragraphs(of: $0) } ?? []
        record.status = meeting.status
        record.agendaStatus = meeting.agendaStatus

        record.documents = try MeetingDocument.all(of: meeting.id!, db: db).map { document in
            let entry = try document.entry(db)
            return RecordFile.IssuedDocument(
                kind: entry.kind, symbol: entry.symbol, issued: entry.issued, item: entry.item)
        }
        let agenda = try meeting.agendaNodes(db)
        record.agenda = Self.flatten(agenda)
        if meeting.agendaStatus == .adoptedAsAmended, let json = meeting.provisionalAgenda {
            record.provisionalAgenda = Self.flatten(try JSONDecoder().decode([AgendaNode].self, from: Data(json.utf8)))
        }
        if let published = try PublishedSummary.fetch(db, meetingId: meeting.id!) {
            record.publishedStyle = published.style
            record.publishedParagraphs = published.paragraphs.map {
                var paragraph = RecordFile.PublishedParagraph(
                    number: $0.number, item: $0.item, text: $0.text, edited: $0.edited)
                paragraph.day = $0.day
                return paragraph
            }
        }
        record.days = try MeetingDay.all(meetingId: meeting.id!, db: db).map {
            RecordFile.Day(number: $0.number, date: $0.date)
        }

        let keys = try keys(meeting.id!)
        var parties: [Int64: String] = [:]
        let interventions = try Intervention.filter(Column("meetingId") == meeting.id).fetchAll(db)
        let responses = try Response.filter(Column("meetingId") == meeting.id).fetchAll(db)
        var labels: [Int64: String] = [:]
        let tree = try AgendaTree(meeting: meeting, db: db)
        for item in tree.items { labels[item.id!] = tree.label(of: item).display }

        var entries: [(Int, RecordFile.Entry)] = []
        for intervention in interventions {
            let speakers = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.* FROM interventionSpeaker s JOIN party p ON p.id = s.partyId
                    WHERE s.interventionId = ? ORDER BY s.position
                    """, arguments: [intervention.id])
            var typed: [String] = []
            for row in speakers {
                let party = try Party(row: row)
                if parties[party.id!] == nil { parties[party.id!] = try party.typedForm(db) }
                typed.append(parties[party.id!]!)
            }
            var asks: [RecordFile.Ask] = []
            for ask in try Ask.filter(Column("interventionId") == intervention.id).order(Column("position")).fetchAll(
                db)
            {
                var entry = RecordFile.Ask(key: keys.asks[ask.id!]!, text: ask.text)
                if ask.status == .withdrawn || ask.status == .superseded {
                    entry.closed = ask.status
                    entry.note = ask.statusNote
                    if let newer = ask.supersededById { entry.supersededBy = try askKey(newer, from: meeting.id!) }
                }
                asks.append(entry)
            }
            var entry = RecordFile.Intervention(
                key: keys.interventions[intervention.id!]!, item: labels[intervention.agendaItemId] ?? "?",
                speakers: typed, kind: intervention.kind, named: intervention.named,
                pledgeAmount: intervention.pledgeAmount, pledgeCurrency: intervention.pledgeCurrency,
                sourceParagraph: intervention.sourceParagraph, text: intervention.text,
                references: try references("interventionId", intervention.id!), asks: asks)
            entry.day = intervention.day
            entries.append((intervention.sequence, .intervention(entry)))
        }
        for response in responses {
            let answerRows = try Row.fetchAll(
                db,
                sql: """
                    SELECT w.askId, w.extent, w.origin, w.confidence, w.state FROM answer w
                    JOIN ask a ON a.id = w.askId JOIN intervention i ON i.id = a.interventionId
                    JOIN meeting m ON m.id = i.meetingId
                    WHERE w.responseId = ? ORDER BY m.startDate, m.handle, i.sequence, a.position
                    """, arguments: [response.id])
            var answers: [RecordFile.Answer] = []
            for row in answerRows {
                answers.append(
                    RecordFile.Answer(
                        ask: try askKey(row["askId"], from: meeting.id!),
                        extent: AnswerExtent(rawValue: row["extent"])!,
                        inferred: row["origin"] == "inferred", confidence: row["confidence"],
                        confirmed: row["state"] == AnswerState.confirmed.rawValue))
            }
            var entry = RecordFile.Response(
                key: keys.responses[response.id!]!, item: labels[response.agendaItemId] ?? "?",
                unit: response.unit,
                sourceParagraph: response.sourceParagraph, text: response.text, answers: answers,
                references: try references("responseId", response.id!))
            entry.day = response.day
            entries.append((response.sequence, .response(entry)))
        }
        record.entries = entries.sorted { $0.0 < $1.0 }.map(\.1)

        for commitment in try Commitment.filter(Column("meetingId") == meeting.id).order(Column("id")).fetchAll(db) {
            var entry = RecordFile.Commitment(key: keys.commitments[commitment.id!]!, text: commitment.text)
            entry.origin =
                commitment.responseId.map { keys.responses[$0]! }
                ?? commitment.interventionId.map { keys.interventions[$0]! }
            switch commitment.ownerKind {
            case .secretariat: entry.owner = "Secretariat"
            case .unit: entry.owner = "Secretariat: \(commitment.ownerName ?? "")"
            case .state: entry.owner = try MemberState.fetchOne(db, key: commitment.ownerStateId)?.name ?? "?"
            }
            switch commitment.dueKind {
            case .none: entry.due = .none
            case .uponRequest: entry.due = .uponRequest
            case .asEarlyAsPossible: entry.due = .asEarlyAsPossible
            case .date: entry.due = .date(commitment.dueDate!)
            case .meeting: entry.due = .meeting(try CommitmentDueMeeting.handle(of: commitment, db: db)!)
            }
            entry.status = commitment.status
            entry.doneAt = try commitment.doneMeetingId.map { try Meeting.fetchOne(db, key: $0)!.handle }
            entry.doneOn = commitment.doneOn
            entry.note = commitment.statusNote
            entry.sourceParagraph = commitment.sourceParagraph
            entry.references = try references("commitmentId", commitment.id!)
            entry.day = commitment.day
            record.commitments.append(entry)
        }

        record.decisions = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT b.code, d.series, d.number, d.title FROM decision d JOIN body b ON b.id = d.bodyId
                WHERE d.id IN (
                    SELECT decisionId FROM agendaItemDecision l JOIN agendaItem i ON i.id = l.agendaItemId WHERE i.meetingId = ?1
                    UNION SELECT x.decisionId FROM recordReference x
                        LEFT JOIN intervention i ON i.id = x.interventionId LEFT JOIN response r ON r.id = x.responseId
                        LEFT JOIN commitment c ON c.id = x.commitmentId
                        WHERE x.decisionId IS NOT NULL AND ?1 IN (i.meetingId, r.meetingId, c.meetingId))
                ORDER BY b.code, d.series, d.number
                """, arguments: [meeting.id]
        ).map { row in
            RecordFile.DecisionDeclaration(
                body: row["code"], key: DecisionKey(series: row["series"], number: row["number"]).key,
                title: row["title"])
        }
        return record
    }

    /// "Q3" for an ask of this meeting, "PBA-55/Q3" for another meeting's.
    private mutating func askKey(_ askId: Int64, from meetingId: Int64) throws -> String {
        let owner = try Int64.fetchOne(
            db,
            sql: """
                SELECT i.meetingId FROM ask a JOIN intervention i ON i.id = a.interventionId WHERE a.id = ?
                """, arguments: [askId])!
        let key = try keys(owner).asks[askId]!
        if owner == meetingId { return key }
        return "\(try Meeting.fetchOne(db, key: owner)!.handle)/\(key)"
    }

    private func references(_ column: String, _ id: Int64) throws -> [RecordFile.Reference] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT r.session, r.number AS resolutionNumber, d.series, d.number AS decisionNumber, doc.symbol,
                       x.paragraph, x.source
                FROM recordReference x
                LEFT JOIN resolution r ON r.id = x.resolutionId
                LEFT JOIN decision d ON d.id = x.decisionId
                LEFT JOIN document doc ON doc.id = x.documentId
                WHERE x.\(column) = ? ORDER BY x.id
                """, arguments: [id]
        ).map { row in
            let source = RecordReference.Source(rawValue: row["source"])!
            if let session: Int = row["session"] {
                return RecordFile.Reference(
                    kind: .resolution, key: ResolutionKey(session: session, number: row["resolutionNumber"]).key,
                    paragraph: row["paragraph"], source: source)
            }
            if let series: Int = row["series"] {
                return RecordFile.Reference(
                    kind: .decision, key: DecisionKey(series: series, number: row["decisionNumber"]).key,
                    source: source)
            }
            return RecordFile.Reference(kind: .document, key: row["symbol"], source: source)
        }
    }

    static func flatten(_ nodes: [AgendaNode]) -> [RecordFile.Item] {
        nodes.flatMap { node in
            [
                RecordFile.Item(
                    label: node.label, title: node.title, resolutions: node.resolutions,
                    decisions: node.decisions, documents: node.documents,
                    annotation: node.annotation.map { AgendaAnnotation.paragraphs(of: $0) } ?? [])
            ] + flatten(node.children)
        }
    }
}
