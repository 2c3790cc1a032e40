import GRDB

/// The agenda items of one meeting, loaded once, with the label arithmetic that
/// add, move and remove share. Positions are kept 1…n among siblings.
///
/// Items are indexed by id and by parent, so that finding an item's children or
/// label costs the size of the answer, not of the agenda: with a scan of every item
/// for each, an agenda of 10,000 items took seconds to show and to import.
struct AgendaTree {
    /// Items deeper than (i) are not used in agendas (docs/EDITORIAL.md: 1., (a), (i)).
    static let maximumDepth = 2

    let meeting: Meeting
    private(set) var items: [AgendaItem]
    /// Where each item is in `items`, by id.
    private var indexById: [Int64: Int] = [:]
    /// Each parent's children (nil: the top level), as indexes into `items`, by position.
    private var childIndexes: [Int64?: [Int]] = [:]

    init(meeting: Meeting, db: Database) throws {
        self.meeting = meeting
        self.items = try AgendaItem.filter(Column("meetingId") == meeting.id).fetchAll(db)
        reindex()
    }

    private mutating func reindex() {
        indexById = [:]
        childIndexes = [:]
        for (index, item) in items.enumerated() {
            indexById[item.id!] = index
            childIndexes[item.parentId, default: []].append(index)
        }
        for key in childIndexes.keys {
            childIndexes[key]!.sort { items[$0].position < items[$1].position }
        }
    }

    func children(of parentId: Int64?) -> [AgendaItem] {
        (childIndexes[parentId] ?? []).map { items[$0] }
    }

    func childCount(of parentId: Int64?) -> Int {
        childIndexes[parentId]?.count ?? 0
    }

    func item(withId id: Int64) -> AgendaItem? {
        indexById[id].map { items[$0] }
    }

    func label(of item: AgendaItem) -> AgendaLabel {
        var path = [item.position]
        var current = item
        while let parentId = current.parentId, let parent = self.item(withId: parentId) {
            path.append(parent.position)
            current = parent
        }
        return AgendaLabel(path: path.reversed())
    }

    func depth(of item: AgendaItem) -> Int {
        label(of: item).path.count - 1
    }

    /// How many levels the item's sub-items go below it (0 for a leaf).
    func height(of item: AgendaItem) -> Int {
        children(of: item.id).map { 1 + height(of: $0) }.max() ?? 0
    }

    func descendants(of item: AgendaItem) -> [AgendaItem] {
        children(of: item.id).flatMap { [$0] + descendants(of: $0) }
    }

    /// The item a user names; an unknown label lists the meeting's labels.
    func item(_ label: AgendaLabel) throws -> AgendaItem {
        var parentId: Int64?
        var found: AgendaItem?
        for position in label.path {
            // Positions are 1…n among siblings, so the n-th child is at n - 1.
            let siblings = childIndexes[parentId] ?? []
            let direct = position >= 1 && position <= siblings.count ? items[siblings[position - 1]] : nil
            guard
                let next = direct?.position == position
                    ? direct
                    : siblings.lazy.map({ items[$0] }).first(where: { $0.position == position })
            else {
                throw unknown(label)
            }
            found = next
            parentId = next.id
        }
        guard let found else { throw unknown(label) }
        return found
    }

    func unknown(_ label: AgendaLabel) -> RapporteurError {
        let labels = AgendaTree.labelsInOrder(self)
        let known: Phrase =
            labels.isEmpty
            ? "it has no items yet (\(step: .addAgendaItems))"
            : "its items are \(labels.joined(separator: ", "))"
        return .invalid("agenda item \(label.display) does not exist in \(meeting.handle); \(known)")
    }

    static func labelsInOrder(_ tree: AgendaTree, under parentId: Int64? = nil) -> [String] {
        tree.children(of: parentId).flatMap { [tree.label(of: $0).display] + labelsInOrder(tree, under: $0.id) }
    }

    /// Rewrites the positions of `parentId`'s children to 1…n in the order given.
    mutating func renumber(_ ordered: [AgendaItem], db: Database) throws {
        for (index, var item) in ordered.enumerated() where item.position != index + 1 {
            item.position = index + 1
            try item.update(db, columns: ["position"])
            if let at = indexById[item.id!] { items[at] = item }
        }
        reindex()
    }

    /// Makes room at `position` among `parentId`'s children and returns the position to use.
    mutating func openGap(under parentId: Int64?, at position: Int?, describing parent: String, db: Database) throws
        -> Int
    {
        let siblings = children(of: parentId)
        let position = position ?? siblings.count + 1
        // Sub-items are lettered (a) to (z): a twenty-seventh has no label.
        if let parentId, let parent = item(withId: parentId), depth(of: parent) == 0, siblings.count >= 26 {
            throw RapporteurError.invalid(
                "item \(label(of: parent).display) already has 26 sub-items, (a) to (z); an agenda letters no more")
        }
        guard (1...siblings.count + 1).contains(position) else {
            throw RapporteurError.invalid(
                "position \(position) is out of range: \(parent) has \(siblings.count) item\(siblings.count == 1 ? "" : "s"), so the position can be 1 to \(siblings.count + 1)"
            )
        }
        for var sibling in siblings.reversed() where sibling.position >= position {
            sibling.position += 1
            try sibling.update(db, columns: ["position"])
            if let at = indexById[sibling.id!] { items[at] = sibling }
        }
        // Every sibling from `position` on moved up by one: their order is unchanged.
        return position
    }

    mutating func insert(_ item: inout AgendaItem, db: Database) throws {
        try item.insert(db)
        items.append(item)
        let index = items.count - 1
        indexById[item.id!] = index
        var siblings = childIndexes[item.parentId] ?? []
        // Usually the last of its siblings (an import, or `agenda add` without --at).
        let at =
            siblings.last.map { items[$0].position < item.position } ?? true
            ? siblings.count
            : siblings.firstIndex { items[$0].position >= item.position }!
        siblings.insert(index, at: at)
        childIndexes[item.parentId] = siblings
    }

    mutating func delete(_ item: AgendaItem, db: Database) throws {
        let removed = Set([item.id] + descendants(of: item).map(\.id))
        _ = try item.delete(db)
        items.removeAll { removed.contains($0.id) }
        reindex()
        try renumber(children(of: item.parentId), db: db)
    }

    /// Takes an item out of its sibling list in memory only, ahead of `reparent`;
    /// its sub-items stay attached to it.
    mutating func detach(_ item: AgendaItem) {
        items.removeAll { $0.id == item.id }
        reindex()
    }

    /// Writes a detached item back under `parentId` at `position`.
    mutating func reparent(_ item: AgendaItem, to parentId: Int64?, at position: Int, db: Database) throws {
        var moved = item
        moved.parentId = parentId
        moved.position = position
        try moved.update(db, columns: ["parentId", "position"])
        items.append(moved)
        reindex()
    }
}
