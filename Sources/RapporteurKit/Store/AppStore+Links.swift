import GRDB

extension AppStore {
    /// The answer links of a meeting's responses, or only the proposals no one has
    /// confirmed yet.
    public func answerLinks(meeting handle: String, proposedOnly: Bool = false) throws -> [AnswerView] {
        try responses(meeting: handle).flatMap(\.answers).filter { !proposedOnly || $0.isProposed }
    }

    /// The same links with both ends spelled out (paragraphs, speakers, texts), in the
    /// order of the responses, for review.
    public func answerLinkDetails(meeting handle: String, proposedOnly: Bool = false) throws -> [AnswerLinkDetail] {
        let responses = try responses(meeting: handle)
        let links = responses.flatMap(\.answers).filter { !proposedOnly || $0.isProposed }
        guard !links.isEmpty else { return [] }
        let askIds = Set(links.map(\.ask))
        // Asks may come from earlier meetings: read each one's intervention wherever it is.
        var asks: [String: (AskView, InterventionView)] = [:]
        for intervention in try interventions(answering: askIds) {
            for ask in intervention.asks where askIds.contains(ask.id) { asks[ask.id] = (ask, intervention) }
        }
        let responsesById = Dictionary(uniqueKeysWithValues: responses.map { ($0.id, $0) })
        return links.compactMap { link in
            guard let (ask, intervention) = asks[link.ask], let response = responsesById[link.response] else {
                return nil
            }
            return AnswerLinkDetail(
                meeting: response.meeting,
                ask: .init(
                    id: ask.id, intervention: intervention.id, paragraph: intervention.sourceParagraph,
                    speakers: intervention.speakers, item: intervention.item, text: ask.text),
                response: .init(
                    id: response.id, intervention: nil, paragraph: response.sourceParagraph,
                    speakers: [response.unit ?? "Secretariat"], item: response.item, text: response.text),
                extent: link.extent, inferred: link.inferred, confidence: link.confidence, state: link.state)
        }
    }

    /// The interventions that hold these asks ("Q5"), in any meeting.
    private func interventions(answering askIds: Set<String>) throws -> [InterventionView] {
        let ids = try askIds.map { try RecordID.parse($0, expecting: [.ask]).number }
        return try read { db in
            var records: [Intervention] = []
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                records += try Intervention.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT i.* FROM intervention i JOIN ask a ON a.interventionId = i.id
                        WHERE a.id IN (\(chunk.map { _ in "?" }.joined(separator: ", ")))
                        """, arguments: StatementArguments(chunk))
            }
            var reader = try RecordReader(db: db)
            return try reader.interventions(records)
        }
    }

    /// Confirms a proposed link: the officer read it and agrees, in full or, with
    /// `extent`, to that extent. The link keeps its origin and confidence, so the
    /// register still shows it was inferred; from now on it answers its ask.
    public func confirmLink(ask askText: String, response responseText: String, extent: AnswerExtent? = nil) throws {
        let stamp = audit.now
        try write { db in
            let (ask, response) = try Self.linkEnds(askText, responseText, db: db)
            guard
                var answer = try Answer.filter(Column("askId") == ask.id && Column("responseId") == response.id)
                    .fetchOne(db)
            else {
                throw RapporteurError.invalid("\(response.handle) does not answer \(ask.handle); \(step: .addLink)")
            }
            guard answer.state == .proposed else {
                throw RapporteurError.failure("the link from \(response.handle) to \(ask.handle) is already confirmed")
            }
            if ask.status == .withdrawn || ask.status == .superseded {
                let step = NextStep.removeLink(
                    ask: RecordID(kind: .ask, number: ask.id!),
                    response: RecordID(kind: .response, number: response.id!))
                throw RapporteurError.failure(
                    "\(ask.handle) was \(ask.status.words); it takes no answer: \(step: step)")
            }
            // As for a link added by hand: an ask answered in full takes no more answers.
            if ask.status == .answered {
                let by = try String.fetchAll(
                    db,
                    sql:
                        "SELECT 'R' || responseId FROM answer WHERE askId = ? AND extent = 'full' AND state = 'confirmed'",
                    arguments: [ask.id])
                let step = NextStep.removeLink(
                    ask: RecordID(kind: .ask, number: ask.id!),
                    response: RecordID(kind: .response, number: response.id!))
                throw RapporteurError.failure(
                    "\(ask.handle) is already answered in full (by \(by.joined(separator: ", "))): \(step: step)")
            }
            answer.state = .confirmed
            if let extent { answer.extent = extent }
            try answer.update(db)
            try Self.refreshStatus(ofAsk: ask.id!, user: audit.user, stamp: stamp, db: db)
        }
    }

    /// Removes a link; the ask goes back to the status its other answers give it.
    public func removeLink(ask askText: String, response responseText: String) throws {
        let stamp = audit.now
        try write { db in
            let (ask, response) = try Self.linkEnds(askText, responseText, db: db)
            let deleted = try Answer.filter(Column("askId") == ask.id && Column("responseId") == response.id).deleteAll(
                db)
            guard deleted > 0 else {
                throw RapporteurError.invalid("\(response.handle) does not answer \(ask.handle)")
            }
            try Self.refreshStatus(ofAsk: ask.id!, user: audit.user, stamp: stamp, db: db)
        }
    }

    private static func linkEnds(_ askText: String, _ responseText: String, db: Database) throws -> (Ask, Response) {
        let ask = try Ask.find(db, recordID: try RecordID.parse(askText, expecting: [.ask]))
        let response = try Response.find(db, recordID: try RecordID.parse(responseText, expecting: [.response]))
        return (ask, response)
    }
}
