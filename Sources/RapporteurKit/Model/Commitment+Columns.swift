import GRDB

extension Commitment {
    /// The columns `init(columns:at:)` reads, in its order, for a SELECT list.
    static func columnList(_ alias: String) -> String {
        [
            "id", "meetingId", "responseId", "interventionId", "text", "ownerKind", "ownerName", "ownerStateId",
            "dueKind", "dueDate", "dueMeetingId", "status", "doneMeetingId", "doneOn", "statusNote", "sourceParagraph",
            "recordKey", "createdBy", "createdAt", "updatedBy", "updatedAt", "dueBodyId", "dueNumber", "dueSession",
            "dueYear", "day",
        ]
        .map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// A commitment read by column position rather than through Codable (see
    /// `Intervention.init(columns:at:)`).
    init(columns row: Row, at start: Int) throws {
        guard let ownerKind = OwnerKind(rawValue: row[start + 5]), let dueKind = DueKind(rawValue: row[start + 8]),
            let status = CommitmentStatus(rawValue: row[start + 11])
        else {
            throw RapporteurError.failure("commitment \(row[start] as Int64): unknown owner kind, due kind or status")
        }
        self.init(
            id: row[start], meetingId: row[start + 1], responseId: row[start + 2], interventionId: row[start + 3],
            text: row[start + 4], ownerKind: ownerKind, ownerName: row[start + 6], ownerStateId: row[start + 7],
            dueKind: dueKind, dueDate: try Self.date(row, start + 9), dueMeetingId: row[start + 10],
            dueBodyId: row[start + 21], dueNumber: row[start + 22], dueSession: row[start + 23],
            dueYear: row[start + 24],
            status: status,
            doneMeetingId: row[start + 12], doneOn: try Self.date(row, start + 13), statusNote: row[start + 14],
            sourceParagraph: row[start + 15], recordKey: row[start + 16], day: row[start + 25],
            createdBy: row[start + 17],
            createdAt: row[start + 18], updatedBy: row[start + 19], updatedAt: row[start + 20])
    }

    private static func date(_ row: Row, _ index: Int) throws -> CalendarDate? {
        let value: DatabaseValue = row[index]
        if value.isNull { return nil }
        guard let date = CalendarDate.fromDatabaseValue(value) else {
            throw RapporteurError.failure("commitment \(row[0] as Int64): not a date: \(value)")
        }
        return date
    }
}
