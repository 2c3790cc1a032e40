import GRDB

extension AgendaItem {
    /// The resolutions an agenda item concerns, or those of the item above it.
    static func resolutionIds(_ db: Database, ofItem itemId: Int64) throws -> [Int64] {
        var current: Int64? = itemId
        while let id = current {
            let ids = try Int64.fetchAll(
                db,
                sql: """
                    SELECT l.resolutionId FROM agendaItemResolution l JOIN resolution r ON r.id = l.resolutionId
                    WHERE l.agendaItemId = ? ORDER BY r.session, r.number
                    """, arguments: [id])
            if !ids.isEmpty { return ids }
            current = try Int64.fetchOne(db, sql: "SELECT parentId FROM agendaItem WHERE id = ?", arguments: [id])
        }
        return []
    }
}
