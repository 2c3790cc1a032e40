import GRDB

extension RecordReference {
    /// The resolutions a response or intervention itself concerns (not by paragraph).
    static func resolutionIds(_ db: Database, of id: RecordID) throws -> [Int64] {
        let column = id.kind == .response ? "responseId" : "interventionId"
        return try Int64.fetchAll(
            db,
            sql: """
                SELECT resolutionId FROM recordReference WHERE \(column) = ? AND resolutionId IS NOT NULL
                AND paragraph = '' ORDER BY id
                """, arguments: [id.number])
    }

    /// The resolutions the interventions behind these asks concern.
    static func resolutionIds(_ db: Database, ofAsks askIds: [Int64]) throws -> [Int64] {
        guard !askIds.isEmpty else { return [] }
        return try Int64.fetchAll(
            db,
            sql: """
                SELECT DISTINCT r.resolutionId FROM recordReference r JOIN ask a ON a.interventionId = r.interventionId
                WHERE a.id IN (\(askIds.map(String.init).joined(separator: ","))) AND r.resolutionId IS NOT NULL
                  AND r.paragraph = ''
                ORDER BY r.resolutionId
                """)
    }
}
