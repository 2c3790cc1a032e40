import GRDB

/// The keys of one meeting's records as a record file writes them: the key a file
/// gave a record when it came from one, otherwise the next free number of its letter,
/// in the order of the record.
struct RecordKeys {
    private(set) var interventions: [Int64: String] = [:]
    private(set) var asks: [Int64: String] = [:]
    private(set) var responses: [Int64: String] = [:]
    private(set) var commitments: [Int64: String] = [:]

    init(meetingId: Int64, db: Database) throws {
        let interventionRows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, recordKey FROM intervention WHERE meetingId = ? ORDER BY sequence
                """, arguments: [meetingId])
        interventions = Self.assign(interventionRows, letter: "I")
        asks = try Self.asks(meetingId: meetingId, db: db)
        let responseRows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, recordKey FROM response WHERE meetingId = ? ORDER BY sequence
                """, arguments: [meetingId])
        responses = Self.assign(responseRows, letter: "R")
        let commitmentRows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, recordKey FROM commitment WHERE meetingId = ? ORDER BY id
                """, arguments: [meetingId])
        commitments = Self.assign(commitmentRows, letter: "A")
    }

    /// The keys of the meeting's asks alone, for an import that resolves answers to
    /// another meeting's asks and needs nothing else of it.
    static func asks(meetingId: Int64, db: Database) throws -> [Int64: String] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.id, a.recordKey FROM ask a JOIN intervention i ON i.id = a.interventionId
                WHERE i.meetingId = ? ORDER BY i.sequence, a.position
                """, arguments: [meetingId])
        return assign(rows, letter: "Q")
    }

    /// Rows of (id, recordKey), read by position: by name, every read looked the column up.
    private static func assign(_ rows: [Row], letter: Character) -> [Int64: String] {
        var keys: [Int64: String] = [:]
        var next =
            1
            + rows.compactMap { row -> Int? in
                guard let key: String = row[1], key.first == letter else { return nil }
                return Int(key.dropFirst())
            }.reduce(0, max)
        for row in rows {
            let id: Int64 = row[0]
            if let key: String = row[1] {
                keys[id] = key
            } else {
                keys[id] = "\(letter)\(next)"
                next += 1
            }
        }
        return keys
    }
}
