import GRDB

extension Intervention {
    /// The intervention with this identifier ("I7"); an unknown one points to where they are listed.
    static func find(_ db: Database, recordID id: RecordID) throws -> Intervention {
        guard let found = try Intervention.fetchOne(db, key: id.number) else {
            throw RapporteurError.invalid("no intervention \(id); \(step: .listRecords(.intervention))")
        }
        return found
    }

    /// Where a record entered by hand goes: after the meeting's others, and in a session
    /// of several days at the end of its last day, whose day it takes.
    static func nextPlace(_ db: Database, in meeting: Meeting) throws -> (sequence: Int, day: Int?) {
        guard
            let lastDay = try Int.fetchOne(
                db, sql: "SELECT max(number) FROM meetingDay WHERE meetingId = ?", arguments: [meeting.id])
        else {
            return (try nextSequence(db, in: meeting), nil)
        }
        let last = try Int.fetchOne(
            db,
            sql: """
                SELECT max(sequence) FROM (
                    SELECT sequence FROM intervention WHERE meetingId = ?1 AND day = ?2
                    UNION ALL SELECT sequence FROM response WHERE meetingId = ?1 AND day = ?2)
                """, arguments: [meeting.id, lastDay])
        return (try last.map { $0 + 1 } ?? MeetingDay.sequence(day: lastDay, position: 1), lastDay)
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
