import GRDB

/// The writing of `AppStore.importAgenda`, inside its transaction: the items made or
/// completed, their links, the meeting's setting filled, and the warnings on the way.
struct AgendaItemImport {
    let meeting: Meeting
    let file: String
    let user: String
    let stamp: String
    var warnings: [Diagnostic]

    /// Makes `entries` the meeting's agenda, replacing the one it has only when asked
    /// and when nothing is recorded under it. An agenda the session's daily journals
    /// began, with items they did not name, is completed instead: the document gives
    /// those items their titles, and the items the journals named keep their records.
    mutating func replaceAgenda(of tree: inout AgendaTree, with entries: [AgendaEntry], replace: Bool, db: Database)
        throws
    {
        if tree.items.contains(where: { UnnamedAgendaItem.isStandIn($0.title) }) {
            try addToAgenda(&tree, entries, db: db)
            let inDocument = Set(entries.map { (try? AgendaLabel.typed($0.label))?.display })
            for label in AgendaTree.labelsInOrder(tree) where !inDocument.contains(label) {
                warn(
                    entries[0].line,
                    "item \(label) is on the agenda of \(meeting.handle) but not in this agenda; it is kept")
            }
            return
        }
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
        for entry in entries { try add(entry, to: &tree, db: db) }
    }

    /// Adds an excerpt's items, or a page's documents by item, to the agenda the meeting
    /// has: each item found by its label is completed, an item that comes next after the
    /// last one there is added, any other is refused.
    mutating func addToAgenda(_ tree: inout AgendaTree, _ entries: [AgendaEntry], db: Database) throws {
        if tree.items.isEmpty {
            let labels = entries.map(\.label).joined(separator: ", ")
            if entries.allSatisfy({ $0.title == nil }) {
                throw RapporteurError.invalid(
                    "\(file) gives the documents of agenda items \(labels) but not their titles, and \(meeting.handle) has no agenda yet; import its agenda first, and this page then adds the documents to its items"
                )
            }
            throw RapporteurError.invalid(
                "\(file) gives the agenda from item \(entries[0].label) on, so the items before it are not in it, and \(meeting.handle) has no agenda yet; import the whole agenda, or add the items before \(entries[0].label) first (\(step: .addAgendaItems))"
            )
        }
        for entry in entries {
            let label = try AgendaLabel.typed(entry.label)
            if let item = try? tree.item(label) {
                try complete(item, with: entry, tree: tree, db: db)
            } else if entry.title != nil, isNext(label, in: tree) {
                try add(entry, to: &tree, db: db)
            } else {
                throw ImportFailure([
                    Diagnostic(
                        file: file, line: entry.line, .error,
                        "item \(entry.label) is not on the agenda of \(meeting.handle), whose items are \(AgendaTree.labelsInOrder(tree).joined(separator: ", ")); add it first, or import the whole agenda"
                    )
                ])
            }
        }
    }

    /// Whether `label` is the item after the last of its siblings, under a parent there.
    private func isNext(_ label: AgendaLabel, in tree: AgendaTree) -> Bool {
        let parentId: Int64?
        if let parent = label.parent {
            guard let item = try? tree.item(parent) else { return false }
            parentId = item.id
        } else {
            parentId = nil
        }
        return label.path.last == tree.childCount(of: parentId) + 1
    }

    private mutating func add(_ entry: AgendaEntry, to tree: inout AgendaTree, db: Database) throws {
        let label = try AgendaLabel.typed(entry.label)
        let parent = try label.parent.map { parentLabel -> AgendaItem in
            guard let parent = try? tree.item(parentLabel) else {
                throw RapporteurError.invalid("item \(entry.label) comes before the item it belongs to")
            }
            return parent
        }
        let position = try tree.openGap(
            under: parent?.id, at: nil, describing: "the agenda of \(meeting.handle)", db: db)
        var stored = AgendaItem(
            id: nil, meetingId: meeting.id!, parentId: parent?.id, position: position,
            title: try AppStore.itemTitle(entry.title ?? ""))
        stored.annotation = entry.annotation
        stored.stampInsert(by: user, at: stamp)
        try tree.insert(&stored, db: db)
        try link(stored, entry, db: db)
    }

    /// Gives an item already on the agenda what the document says of it, changing nothing
    /// it has: a different title or annotation is a warning.
    private mutating func complete(_ item: AgendaItem, with entry: AgendaEntry, tree: AgendaTree, db: Database)
        throws
    {
        let label = tree.label(of: item).display
        if let title = entry.title, UnnamedAgendaItem.isStandIn(item.title) {
            var titled = item
            titled.title = try AppStore.itemTitle(title)
            titled.stampUpdate(by: user, at: stamp)
            try titled.update(db, columns: ["title", "updatedBy", "updatedAt"])
        } else if let title = entry.title, !AgendaListEntry.sameTitle(title, item.title) {
            warn(
                entry.line,
                "item \(label) is titled \"\(title)\" here and \"\(item.title)\" on the agenda of \(meeting.handle); the agenda's title is kept"
            )
        }
        if let annotation = entry.annotation {
            if item.annotation == nil {
                var annotated = item
                annotated.annotation = annotation
                annotated.stampUpdate(by: user, at: stamp)
                try annotated.update(db, columns: ["annotation", "updatedBy", "updatedAt"])
            } else if item.annotation != annotation {
                warn(entry.line, "item \(label) has an annotation already, which differs from this one; it is kept")
            }
        }
        try link(item, entry, db: db)
    }

    /// Links what the item cites; a resolution or decision the database does not know is
    /// a warning and no link.
    private mutating func link(_ item: AgendaItem, _ entry: AgendaEntry, db: Database) throws {
        func known(_ keys: [String], _ kind: String, _ find: (String) throws -> Any) -> [String] {
            keys.filter { key in
                if (try? find(key)) != nil { return true }
                warn(entry.line, "item \(entry.label) names \(kind) \(key), which is not known; it is not linked")
                return false
            }
        }
        let resolutions = known(entry.resolutions, "resolution") { try Resolution.find(db, typed: $0) }
        let decisions = known(entry.decisions, "decision") { try Decision.find(db, typed: $0) }
        try AppStore.link(
            item, to: AgendaLinks(resolutions: resolutions, decisions: decisions, documents: entry.documents), db: db,
            user: user, stamp: stamp)
    }

    mutating func warn(_ line: Int, _ message: Phrase) {
        warnings.append(Diagnostic(file: file, line: line, .warning, message))
    }
}
