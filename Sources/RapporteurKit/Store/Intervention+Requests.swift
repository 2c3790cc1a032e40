import GRDB

extension Intervention {
    /// The intervention with this identifier ("I7"); an unknown one points to where they are listed.
    static func find(_ db: Database, recordID id: RecordID) throws -> Intervention {
        guard let found = try Intervention.fetchOne(db, key: id.number) else {
            throw RapporteurError.invalid("no intervention \(id); \(step: .listRecords(.intervention))")
        }
        return found
    }

    /// The next number in a meeting's record order, which interventions and responses share.
    static func nextSequence(_ db: Database, in meeting: Meeting) throws -> Int {
        let last = try Int.fetchOne(
            db,
            sql: """
                SELECT max(sequence) FROM (
                    SELECT sequence FROM intervention WHERE meetingId = ?
                    UNION ALL SELECT sequence FROM response WHERE meetingId = ?)
                """, arguments: [meeting.id, meeting.id])
        return (last ?? 0) + 1
    }
}
