import GRDB

extension AppStore {
    /// Puts a provisional agenda read from a document (`ProvisionalAgendaReader`) on a
    /// planned meeting, in one transaction. An adopted agenda is never overwritten; an
    /// agenda already there is replaced only with `replace`, and only when nothing was
    /// recorded under its items. The resolutions an item names are linked to it; one the
    /// database does not know is a warning, and the item is kept without that link.
    /// Decisions an item names are not linked yet; an officer links them by editing the item.
    public func importAgenda(
        _ text: String, file: String, meeting handle: String, replace: Bool = false, dryRun: Bool = false
    ) throws -> AgendaImport {
        let read = ProvisionalAgendaReader.read(text)
        guard let first = read.line, !read.items.isEmpty else {
            throw ImportFailure([
                Diagnostic(
                    file: file, line: 1, .error,
                    "no agenda found: an agenda is a list of items numbered from 1 (\"1. Opening of the session.\"), sub-items lettered (a), (b) and their parts (i), (ii)"
                )
            ])
        }
        var result = AgendaImport(meeting: handle, items: read.items, line: first)
        if let cut = ProvisionalAgendaReader.stopsShort(text) {
            result.warnings.append(
                Diagnostic(
                    file: file, line: cut, .warning,
                    "the text seems to stop short here, in the middle of a sentence; the agenda was read from what comes before"
                ))
        }
        let stamp = audit.now
        try allOrNothing(dryRun: dryRun) { db in
            let (meeting, agenda) = try editableAgenda(handle, asAmended: false, db: db)
            var tree = agenda
            result.meeting = meeting.handle
            if !tree.items.isEmpty {
                guard replace else {
                    throw RapporteurError.failure(
                        "\(meeting.handle) already has an agenda of \(tree.items.count) items; \(field: .replace) replaces it"
                    )
                }
                let recorded = try Int.fetchOne(
                    db,
                    sql: """
                        SELECT (SELECT count(*) FROM intervention WHERE meetingId = ?1)
                             + (SELECT count(*) FROM response WHERE meetingId = ?1)
                        """, arguments: [meeting.id])!
                guard recorded == 0 else {
                    throw RapporteurError.failure(
                        "\(meeting.handle) has \(recorded) records under its agenda, which an imported agenda would lose; change its items one by one instead"
                    )
                }
                for root in tree.children(of: nil) { try tree.delete(root, db: db) }
            }
            var created: [String: AgendaItem] = [:]
            for item in read.items {
                let label = try AgendaLabel.typed(item.label)
                let parent = try label.parent.map { parentLabel -> AgendaItem in
                    guard let parent = created[parentLabel.display] else {
                        throw RapporteurError.invalid("item \(item.label) comes before the item it belongs to")
                    }
                    return parent
                }
                let position = try tree.openGap(
                    under: parent?.id, at: nil, describing: "the agenda of \(meeting.handle)", db: db)
                var stored = AgendaItem(
                    id: nil, meetingId: meeting.id!, parentId: parent?.id, position: position, title: item.title)
                stored.annotation = item.annotation
                stored.stampInsert(by: audit.user, at: stamp)
                try tree.insert(&stored, db: db)
                created[tree.label(of: stored).display] = stored
                for key in item.resolutions where (try? Resolution.find(db, typed: key)) == nil {
                    result.warnings.append(
                        Diagnostic(
                            file: file, line: first, .warning,
                            "item \(item.label) names resolution \(key), which is not known; it is not linked"))
                }
                let resolutions = item.resolutions.filter { (try? Resolution.find(db, typed: $0)) != nil }
                try Self.link(
                    stored, to: AgendaLinks(resolutions: resolutions), db: db, user: audit.user, stamp: stamp)
            }
            return []
        }
        return result
    }
}
