import GRDB

extension Intervention {
    /// The columns `init(columns:at:)` reads, in its order, for a SELECT list ("i.id, i.meetingId, …").
    static func columnList(_ alias: String) -> String {
        [
            "id", "meetingId", "agendaItemId", "sequence", "kind", "text", "named", "pledgeAmount", "pledgeCurrency",
            "sourceParagraph", "recordKey", "day", "createdBy", "createdAt", "updatedBy", "updatedAt",
        ]
        .map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// An intervention read by column position from a row that has `columnList` at
    /// `start`. Lists read thousands of records, and Codable decoding, which looks
    /// every column up by name through a decoder, was a third of a follow-up list's
    /// work.
    init(columns row: Row, at start: Int) throws {
        guard let kind = InterventionKind(rawValue: row[start + 4]) else {
            throw RapporteurError.failure(
                "intervention \(row[start] as Int64): unknown kind \(row[start + 4] as String)")
        }
        self.init(
            id: row[start], meetingId: row[start + 1], agendaItemId: row[start + 2], sequence: row[start + 3],
            kind: kind, text: row[start + 5], named: row[start + 6], pledgeAmount: row[start + 7],
            pledgeCurrency: row[start + 8], sourceParagraph: row[start + 9], recordKey: row[start + 10],
            day: row[start + 11], createdBy: row[start + 12], createdAt: row[start + 13], updatedBy: row[start + 14],
            updatedAt: row[start + 15])
    }
}
