import GRDB

extension AppStore {
    /// Puts an agenda read from a document (`ProvisionalAgendaReader`) on a planned
    /// meeting, in one transaction.
    ///
    /// A whole agenda (from item 1, every item titled) becomes the meeting's agenda; one
    /// already there is replaced only with `replace`, and only when nothing was recorded
    /// under its items. An excerpt (from a later item) or a page of documents by item is
    /// added to the agenda the meeting has: each item found by its label gets the
    /// annotation it lacked and the documents and references it cites; a title or an
    /// annotation that differs from the one kept is a warning, never a change. Such a
    /// document on a meeting with no agenda yet is refused: it does not hold the items
    /// before it, or their titles.
    ///
    /// An adopted agenda is never changed by an import, with `replace` or not. The
    /// resolutions, decisions and documents an item cites are linked to it; a resolution
    /// or decision the database does not know is a warning, and the item is kept without
    /// that link. The meeting's venue and times, and what an annotated agenda says of the
    /// opening before its first item, are filled from the document where the meeting has
    /// none; a date, time, venue or opening that differs from the meeting's is a warning
    /// naming both.
    public func importAgenda(
        _ text: String, file: String, meeting handle: String, replace: Bool = false, dryRun: Bool = false
    ) throws -> AgendaImport {
        let read = ProvisionalAgendaReader.read(text)
        guard let first = read.line, !read.items.isEmpty else {
            throw ImportFailure([
                Diagnostic(
                    file: file, line: 1, .error,
                    "no agenda found: an agenda is a list of items numbered from 1 (\"1. Opening of the session.\"), or from a later item under a heading \"Provisional agenda\", with sub-items lettered (a), (b) and their parts (i), (ii); or annotated items (\"Item 1. Election of officers\"); or a page listing documents under \"Agenda item 1:\""
                )
            ])
        }
        var result = AgendaImport(meeting: handle, items: read.items, line: first, addedToAgenda: !read.isWhole)
        if let cut = ProvisionalAgendaReader.stopsShort(text) {
            result.warnings.append(
                Diagnostic(
                    file: file, line: cut, .warning,
                    "the text seems to stop short here, in the middle of a sentence; the agenda was read from what comes before"
                ))
        }
        let stamp = audit.now
        try allOrNothing(dryRun: dryRun) { db in
            var meeting = try Meeting.find(db, handle: handle)
            result.meeting = meeting.handle
            guard !meeting.agendaStatus.isAdopted else {
                throw RapporteurError.failure(
                    "the agenda of \(meeting.handle) has been adopted, and an import never changes an adopted agenda, even when \(field: .replace) is given; a change made at the meeting is recorded item by item, \(field: .asAmended)"
                )
            }
            var tree = try AgendaTree(meeting: meeting, db: db)
            var importer = AgendaItemImport(
                meeting: meeting, file: file, user: audit.user, stamp: stamp, warnings: result.warnings)
            if read.isWhole {
                try importer.replaceAgenda(of: &tree, with: read.items, replace: replace, db: db)
            } else {
                try importer.addToAgenda(&tree, read.items, db: db)
            }
            result.filled = try importer.fill(&meeting, from: read.setting, opening: read.opening, db: db)
            result.warnings = importer.warnings
            return []
        }
        return result
    }
}
