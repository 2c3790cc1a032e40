import GRDB

extension MeetingDay {
    /// The meeting's days in order; none for a meeting of one day.
    static func all(meetingId: Int64, db: Database) throws -> [MeetingDay] {
        try Row.fetchAll(
            db, sql: "SELECT number, date FROM meetingDay WHERE meetingId = ? ORDER BY number", arguments: [meetingId]
        ).map { MeetingDay(number: $0[0], date: $0[1]) }
    }

    /// Records the day, or gives a day already recorded its new date.
    static func save(_ day: MeetingDay, meetingId: Int64, db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO meetingDay (meetingId, number, date) VALUES (?, ?, ?)
                ON CONFLICT (meetingId, number) DO UPDATE SET date = excluded.date
                """, arguments: [meetingId, day.number, day.date])
    }

    /// Where a record of `day` goes among the meeting's records (`sequence`): each day
    /// has its own range, so that a day replaced keeps its place between the others
    /// without renumbering them. A meeting of one day numbers its records 1, 2, 3.
    static func sequence(day: Int?, position: Int) throws -> Int {
        guard let day else { return position }
        guard position < daySpan else {
            throw RapporteurError.invalid("day \(day) holds \(position) records; a day holds fewer than \(daySpan)")
        }
        return day * daySpan + position
    }

    static let daySpan = 100_000
}
