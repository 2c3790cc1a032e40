import GRDB

extension Party {
    /// The columns `init(columns:at:)` reads, in its order, for a SELECT list.
    static func columnList(_ alias: String) -> String {
        ["id", "kind", "stateId", "stateGroupId", "name"].map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// A party read by column position rather than through Codable (see
    /// `Intervention.init(columns:at:)`).
    init(columns row: Row, at start: Int) throws {
        guard let kind = PartyKind(rawValue: row[start + 1]) else {
            throw RapporteurError.failure("party \(row[start] as Int64): unknown kind \(row[start + 1] as String)")
        }
        self.init(
            id: row[start], kind: kind, stateId: row[start + 2], stateGroupId: row[start + 3], name: row[start + 4])
    }
}
