import GRDB

extension AppStore {
    /// The answer links of a meeting's responses, or only those an importer inferred
    /// and no officer has confirmed yet.
    public func answerLinks(meeting handle: String, inferredOnly: Bool = false) throws -> [AnswerView] {
        try responses(meeting: handle).flatMap(\.answers).filter { !inferredOnly || $0.inferred }
    }

    /// Confirms an inferred link: the officer read it and agrees.
    public func confirmLink(ask askText: String, response responseText: String) throws {
        try write { db in
            let (ask, response) = try Self.linkEnds(askText, responseText, db: db)
            guard
                var answer = try Answer.filter(Column("askId") == ask.id && Column("responseId") == response.id)
                    .fetchOne(db)
            else {
                throw RapporteurError.invalid("\(response.handle) does not answer \(ask.handle); \(step: .addLink)")
            }
            guard answer.origin == .inferred else {
                throw RapporteurError.failure("the link from \(response.handle) to \(ask.handle) is already confirmed")
            }
            answer.origin = .recorded
            answer.confidence = nil
            try answer.update(db)
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
