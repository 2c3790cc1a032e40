import Foundation
import GRDB

extension AppStore {
    /// The agenda of a meeting as a tree with labels and links.
    public func agenda(of handle: String) throws -> [AgendaNode] {
        try read { db in try Meeting.find(db, handle: handle).agendaNodes(db) }
    }

    /// The provisional agenda as it stood when the meeting adopted it; nil while provisional.
    public func frozenProvisionalAgenda(of handle: String) throws -> [AgendaNode]? {
        let meeting = try self.meeting(handle)
        guard let json = meeting.provisionalAgenda else { return nil }
        return try JSONDecoder().decode([AgendaNode].self, from: Data(json.utf8))
    }

    /// Adds an item at the top level or under `parent`, at `position` among its
    /// siblings (default: last), linked to what it concerns.
    @discardableResult
    public func addAgendaItem(
        meeting handle: String, title: String, under parent: String? = nil, at position: String? = nil,
        links: AgendaLinks = AgendaLinks(), asAmended: Bool = false
    ) throws -> AgendaChange {
        let title = try Self.itemTitle(title)
        let stamp = audit.now
        return try write { db in
            var (meeting, tree) = try editableAgenda(handle, asAmended: asAmended, db: db)
            var parentItem: AgendaItem?
            var slot: Int?
            if let parent {
                parentItem = try tree.item(try AgendaLabel.typed(parent))
                if let position {
                    guard let number = Int(position) else {
                        throw RapporteurError.invalid(
                            "with \(field: .parentItem), \(field: .position) takes a position among the sub-items (1, 2, …), not '\(position)'",
                            field: .position, value: position, allowed: "a position among the sub-items (1, 2, …)")
                    }
                    slot = number
                }
            } else if let position {
                let label = try AgendaLabel.typed(position)
                parentItem = try label.parent.map { try tree.item($0) }
                slot = label.path.last
            }
            if let parentItem, tree.depth(of: parentItem) >= AgendaTree.maximumDepth {
                throw RapporteurError.invalid(
                    "item \(tree.label(of: parentItem).display) is already at the deepest level an agenda uses ((i)); add the item beside it instead"
                )
            }
            let describing =
                parentItem.map { "item \(tree.label(of: $0).display)" } ?? "the agenda of \(meeting.handle)"
            let at = try tree.openGap(under: parentItem?.id, at: slot, describing: describing, db: db)
            var item = AgendaItem(
                id: nil, meetingId: meeting.id!, parentId: parentItem?.id, position: at,
                title: title)
            item.stampInsert(by: audit.user, at: stamp)
            try tree.insert(&item, db: db)
            try Self.link(item, to: links, db: db, user: audit.user, stamp: stamp)
            let amended = try markAmendment(&meeting, asAmended: asAmended, db: db, stamp: stamp)
            return AgendaChange(label: tree.label(of: item).display, title: title, amendedAdoptedAgenda: amended)
        }
    }

    /// Changes an item's title or adds to what it concerns.
    @discardableResult
    public func editAgendaItem(
        meeting handle: String, item label: String, title: String?, links: AgendaLinks,
        asAmended: Bool = false
    ) throws -> AgendaChange {
        let newTitle = try title.map(Self.itemTitle)
        let stamp = audit.now
        return try write { db in
            var (meeting, tree) = try editableAgenda(handle, asAmended: asAmended, db: db)
            var item = try tree.item(try AgendaLabel.typed(label))
            if newTitle == nil, links.isEmpty {
                throw RapporteurError.invalid(
                    "nothing to change: give \(field: .title), \(field: .resolution), \(field: .decision) or \(field: .document)"
                )
            }
            if let newTitle {
                item.title = newTitle
                item.stampUpdate(by: audit.user, at: stamp)
                try item.update(db)
            }
            try Self.link(item, to: links, db: db, user: audit.user, stamp: stamp)
            let amended = try markAmendment(&meeting, asAmended: asAmended, db: db, stamp: stamp)
            return AgendaChange(label: tree.label(of: item).display, title: item.title, amendedAdoptedAgenda: amended)
        }
    }

    /// Moves an item (with its sub-items) so that it takes the label `target`;
    /// the items around it are renumbered.
    @discardableResult
    public func moveAgendaItem(
        meeting handle: String, item source: String, to target: String,
        asAmended: Bool = false
    ) throws -> AgendaChange {
        let stamp = audit.now
        return try write { db in
            var (meeting, tree) = try editableAgenda(handle, asAmended: asAmended, db: db)
            let item = try tree.item(try AgendaLabel.typed(source))
            let targetLabel = try AgendaLabel.typed(target)
            let newParent = try targetLabel.parent.map { try tree.item($0) }
            if let newParent,
                newParent.id == item.id || tree.descendants(of: item).contains(where: { $0.id == newParent.id })
            {
                throw RapporteurError.invalid("item \(tree.label(of: item).display) cannot move under itself")
            }
            if targetLabel.depth + tree.height(of: item) > AgendaTree.maximumDepth {
                throw RapporteurError.invalid(
                    "moving item \(tree.label(of: item).display) to \(targetLabel.display) would put its sub-items deeper than (i)"
                )
            }
            let describing =
                newParent.map { "item \(tree.label(of: $0).display) (without the item moved)" }
                ?? "the agenda of \(meeting.handle) (without the item moved)"
            // Take the item out of its list, then open a gap where it goes.
            tree.detach(item)
            try tree.renumber(tree.children(of: item.parentId), db: db)
            let at = try tree.openGap(under: newParent?.id, at: targetLabel.path.last, describing: describing, db: db)
            try tree.reparent(item, to: newParent?.id, at: at, db: db)
            let moved = tree.item(withId: item.id!)!
            let amended = try markAmendment(&meeting, asAmended: asAmended, db: db, stamp: stamp)
            return AgendaChange(label: tree.label(of: moved).display, title: item.title, amendedAdoptedAgenda: amended)
        }
    }

    /// Removes an item and its sub-items, and reports what went.
    @discardableResult
    public func removeAgendaItem(meeting handle: String, item label: String, asAmended: Bool = false) throws
        -> AgendaChange
    {
        let stamp = audit.now
        return try write { db in
            var (meeting, tree) = try editableAgenda(handle, asAmended: asAmended, db: db)
            let item = try tree.item(try AgendaLabel.typed(label))
            let removedLabel = tree.label(of: item).display
            let subItems = tree.descendants(of: item).count
            // What was said under an item keeps it on the agenda.
            let ids = [item.id!] + tree.descendants(of: item).map { $0.id! }
            let recorded = try String.fetchAll(
                db,
                sql: """
                    SELECT 'I' || id FROM intervention WHERE agendaItemId IN (\(ids.map(String.init).joined(separator: ",")))
                    UNION ALL SELECT 'R' || id FROM response WHERE agendaItemId IN (\(ids.map(String.init).joined(separator: ",")))
                    """)
            if !recorded.isEmpty {
                let more = recorded.count > 5 ? " and \(recorded.count - 5) more" : ""
                throw RapporteurError.failure(
                    """
                    item \(removedLabel) has \(recorded.prefix(5).joined(separator: ", "))\(more) recorded under it; \
                    remove those records first, or \(step: .retitleAgendaItem)
                    """)
            }
            try tree.delete(item, db: db)
            let amended = try markAmendment(&meeting, asAmended: asAmended, db: db, stamp: stamp)
            return AgendaChange(
                label: removedLabel, title: item.title, removedSubItems: subItems,
                amendedAdoptedAgenda: amended)
        }
    }

    /// Puts the body's standard opening and closing items on the agenda, skipping those
    /// already there (by title), and returns the labels added.
    @discardableResult
    public func addStandardItems(meeting handle: String, asAmended: Bool = false) throws -> [AgendaChange] {
        let stamp = audit.now
        return try write { db in
            var (meeting, tree) = try editableAgenda(handle, asAmended: asAmended, db: db)
            let standard = try StandardAgendaItem.filter(Column("bodyId") == meeting.bodyId)
                .order(Column("sequence")).fetchAll(db)
            var added: [AgendaItem] = []
            var openingCount = 0
            var lastTopLevel: AgendaItem?
            for entry in standard {
                let parentId = entry.depth == 0 ? nil : lastTopLevel?.id
                let existing = tree.children(of: parentId)
                    .first { NameMatching.key($0.title) == NameMatching.key(entry.title) }
                if let existing {
                    if entry.depth == 0 { lastTopLevel = existing }
                    if entry.placement == .opening, entry.depth == 0 { openingCount = existing.position }
                    continue
                }
                let position: Int?
                switch (entry.placement, entry.depth) {
                case (.opening, 0):
                    openingCount += 1
                    position = openingCount
                case (.opening, _):
                    position = tree.childCount(of: parentId) + 1
                case (.closing, _):
                    position = nil
                }
                let at = try tree.openGap(under: parentId, at: position, describing: "the agenda", db: db)
                var item = AgendaItem(
                    id: nil, meetingId: meeting.id!, parentId: parentId, position: at,
                    title: entry.title)
                item.stampInsert(by: audit.user, at: stamp)
                try tree.insert(&item, db: db)
                if entry.depth == 0 { lastTopLevel = item }
                added.append(item)
            }
            let amended =
                added.isEmpty ? false : try markAmendment(&meeting, asAmended: asAmended, db: db, stamp: stamp)
            return added.map { item in
                let current = tree.item(withId: item.id!)!
                return AgendaChange(
                    label: tree.label(of: current).display, title: item.title, amendedAdoptedAgenda: amended)
            }
        }
    }

    /// Records that the meeting adopted its agenda, freezing the provisional text.
    /// `asAmended` records that the meeting changed it on adoption.
    @discardableResult
    public func adoptAgenda(meeting handle: String, asAmended: Bool = false) throws -> Meeting {
        let stamp = audit.now
        return try write { db in
            var meeting = try Meeting.find(db, handle: handle)
            if meeting.agendaStatus.isAdopted {
                throw RapporteurError.failure(
                    "the agenda of \(meeting.handle) was already adopted (\(meeting.agendaAdoptedAt ?? "")); edits after adoption take \(field: .asAmended)"
                )
            }
            // The agenda adopted is its items; their annotations are not part of it.
            let nodes = AgendaNode.withoutAnnotations(try meeting.agendaNodes(db))
            if nodes.isEmpty {
                throw RapporteurError.failure(
                    "the agenda of \(meeting.handle) has no items; add them before adopting it")
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            meeting.provisionalAgenda = String(decoding: try encoder.encode(nodes), as: UTF8.self)
            meeting.agendaStatus = asAmended ? .adoptedAsAmended : .adopted
            meeting.agendaAdoptedAt = stamp
            if meeting.status.rank < MeetingStatus.held.rank { meeting.status = .held }
            meeting.stampUpdate(by: audit.user, at: stamp)
            try meeting.update(db)
            return meeting
        }
    }

    // MARK: - Shared by the edits

    /// The meeting and its agenda, after checking that the agenda may still change:
    /// an adopted agenda changes only with `asAmended`.
    func editableAgenda(_ handle: String, asAmended: Bool, db: Database) throws -> (Meeting, AgendaTree) {
        let meeting = try Meeting.find(db, handle: handle)
        if meeting.agendaStatus.isAdopted, !asAmended {
            throw RapporteurError.failure(
                "the agenda of \(meeting.handle) has been adopted; to record a change made at the meeting, repeat the command with \(field: .asAmended)"
            )
        }
        return (meeting, try AgendaTree(meeting: meeting, db: db))
    }

    /// Marks an adopted agenda as amended; returns whether it did.
    private func markAmendment(_ meeting: inout Meeting, asAmended: Bool, db: Database, stamp: String) throws -> Bool {
        guard asAmended, meeting.agendaStatus.isAdopted else { return false }
        meeting.agendaStatus = .adoptedAsAmended
        meeting.stampUpdate(by: audit.user, at: stamp)
        try meeting.update(db)
        return true
    }

    static func itemTitle(_ text: String) throws -> String {
        let title = RecordText.collapsingWhiteSpace(text)
        guard !title.isEmpty else {
            throw RapporteurError.invalid("an agenda item needs a title")
        }
        return title
    }

    static func link(_ item: AgendaItem, to links: AgendaLinks, db: Database, user: String, stamp: String) throws {
        for text in links.resolutions {
            let resolution = try Resolution.find(db, typed: text)
            try db.execute(
                sql: "INSERT OR IGNORE INTO agendaItemResolution (agendaItemId, resolutionId) VALUES (?, ?)",
                arguments: [item.id, resolution.id])
        }
        for text in links.decisions {
            let decision = try Decision.find(db, typed: text)
            try db.execute(
                sql: "INSERT OR IGNORE INTO agendaItemDecision (agendaItemId, decisionId) VALUES (?, ?)",
                arguments: [item.id, decision.id])
        }
        for text in links.documents {
            let document = try Document.findOrInsert(db, typed: text, user: user, stamp: stamp)
            try db.execute(
                sql: "INSERT OR IGNORE INTO agendaItemDocument (agendaItemId, documentId) VALUES (?, ?)",
                arguments: [item.id, document.id])
        }
    }
}
