import GRDB

extension AppStore {
    /// Empties a meeting's record, for an import that replaces it and for `meeting
    /// remove`: its commitments, responses, interventions (and with them their asks) and
    /// agenda items, in that order, since each refers to the next, and its documents and days. Asks of other meetings
    /// that its responses answered get their status back from the answers that remain.
    static func emptyRecord(ofMeeting meetingId: Int64, user: String, stamp: String, db: Database) throws {
        let answeredElsewhere = try Int64.fetchAll(
            db,
            sql: """
                SELECT DISTINCT w.askId FROM answer w JOIN response r ON r.id = w.responseId
                JOIN ask a ON a.id = w.askId JOIN intervention i ON i.id = a.interventionId
                WHERE r.meetingId = ?1 AND i.meetingId != ?1
                """, arguments: [meetingId])
        for table in ["commitment", "response", "intervention", "agendaItem", "meetingDocument", "meetingDay"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE meetingId = ?", arguments: [meetingId])
        }
        try PublishedSummary.delete(meetingId: meetingId, db: db)
        for askId in answeredElsewhere {
            try refreshStatus(ofAsk: askId, user: user, stamp: stamp, db: db)
        }
    }
}
