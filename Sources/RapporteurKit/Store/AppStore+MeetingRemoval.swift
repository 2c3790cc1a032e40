import GRDB

extension AppStore {
    /// What removing the meeting would take with it; nothing is changed.
    public func removal(of handle: String) throws -> MeetingRemoval {
        try read { db in try Self.removal(of: try Meeting.find(db, handle: handle), db: db) }
    }

    /// Removes a meeting with its agenda and its whole record in one transaction, and
    /// returns what went. Refused while other meetings' records depend on it in a way
    /// that removing it would falsify: a commitment due by it or done at it, or an ask
    /// of another meeting superseded by one of its asks.
    @discardableResult
    public func removeMeeting(_ handle: String) throws -> MeetingRemoval {
        let stamp = audit.now
        return try write { db in
            let meeting = try Meeting.find(db, handle: handle)
            try Self.ensureNothingElsewhereDependsOn(meeting, db: db)
            let removal = try Self.removal(of: meeting, db: db)
            try Self.emptyRecord(ofMeeting: meeting.id!, user: audit.user, stamp: stamp, db: db)
            try db.execute(sql: "DELETE FROM meeting WHERE id = ?", arguments: [meeting.id])
            return removal
        }
    }

    private static func ensureNothingElsewhereDependsOn(_ meeting: Meeting, db: Database) throws {
        let due = try Row.fetchAll(
            db,
            sql: """
                SELECT c.id, m.handle, c.dueMeetingId = ?1 AS isDue FROM commitment c JOIN meeting m ON m.id = c.meetingId
                WHERE c.meetingId != ?1 AND (c.dueMeetingId = ?1 OR c.doneMeetingId = ?1) ORDER BY c.id
                """, arguments: [meeting.id])
        if let first = due.first {
            let list = due.map { "A\($0[0] as Int64) (\($0[1] as String))" }.joined(separator: ", ")
            let fix: Phrase =
                (first[2] as Bool)
                ? "\(step: .giveAnotherDueDate(first: RecordID(kind: .commitment, number: first[0]), count: due.count))"
                : "change where \(due.count == 1 ? "it was" : "they were") done first"
            throw RapporteurError.failure(
                "\(list) \(due.count == 1 ? "is" : "are") due by or done at \(meeting.handle); \(fix), then remove the meeting"
            )
        }
        let superseded = try Int64.fetchAll(
            db,
            sql: """
                SELECT q.id FROM ask q JOIN ask a ON a.id = q.supersededById JOIN intervention i ON i.id = a.interventionId
                JOIN intervention o ON o.id = q.interventionId
                WHERE i.meetingId = ?1 AND o.meetingId != ?1 ORDER BY q.id
                """, arguments: [meeting.id])
        if !superseded.isEmpty {
            throw RapporteurError.failure(
                "\(superseded.map { "Q\($0)" }.joined(separator: ", ")) of other meetings "
                    + "\(superseded.count == 1 ? "is" : "are") superseded by asks of \(meeting.handle); reopen "
                    + "\(superseded.count == 1 ? "it" : "them") first, then remove the meeting")
        }
    }

    static func removal(of meeting: Meeting, db: Database) throws -> MeetingRemoval {
        let id = meeting.id!
        func handles(_ letter: String, _ sql: String) throws -> [String] {
            try Int64.fetchAll(db, sql: sql, arguments: [id]).map { "\(letter)\($0)" }
        }
        let items =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM agendaItem WHERE meetingId = ?", arguments: [id]) ?? 0
        let fromElsewhere = try Row.fetchAll(
            db,
            sql: """
                SELECT w.responseId, m.handle, w.askId FROM answer w JOIN response r ON r.id = w.responseId
                JOIN meeting m ON m.id = r.meetingId JOIN ask a ON a.id = w.askId JOIN intervention i ON i.id = a.interventionId
                WHERE i.meetingId = ?1 AND r.meetingId != ?1 ORDER BY w.responseId, w.askId
                """, arguments: [id]
        ).map { "R\($0[0] as Int64) (\($0[1] as String)) answered Q\($0[2] as Int64)" }
        let answeredElsewhere = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT w.askId, m.handle FROM answer w JOIN response r ON r.id = w.responseId
                JOIN ask a ON a.id = w.askId JOIN intervention i ON i.id = a.interventionId JOIN meeting m ON m.id = i.meetingId
                WHERE r.meetingId = ?1 AND i.meetingId != ?1 ORDER BY w.askId
                """, arguments: [id]
        ).map { "Q\($0[0] as Int64) (\($0[1] as String))" }
        return MeetingRemoval(
            meeting: meeting.handle, items: items,
            interventions: try handles("I", "SELECT id FROM intervention WHERE meetingId = ? ORDER BY sequence"),
            asks: try handles(
                "Q",
                """
                SELECT a.id FROM ask a JOIN intervention i ON i.id = a.interventionId
                WHERE i.meetingId = ? ORDER BY i.sequence, a.position
                """),
            responses: try handles("R", "SELECT id FROM response WHERE meetingId = ? ORDER BY sequence"),
            commitments: try handles("A", "SELECT id FROM commitment WHERE meetingId = ? ORDER BY id"),
            answersFromElsewhere: fromElsewhere, asksAnsweredElsewhere: answeredElsewhere,
            documents: try MeetingDocument.all(of: id, db: db).map { document in
                "\(document.kind.words) \(try document.symbol(db) ?? "(no symbol yet)")"
            })
    }
}
