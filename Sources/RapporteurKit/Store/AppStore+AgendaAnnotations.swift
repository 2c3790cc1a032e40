import GRDB

extension AppStore {
    /// Sets what the annotated agenda says under an item: `text`'s paragraphs, separated
    /// by blank lines. A text with no paragraph (or nil) removes the annotation. The
    /// annotation is not part of the agenda itself, so an adopted agenda may still be
    /// annotated and stays as it was adopted.
    @discardableResult
    public func annotateAgendaItem(meeting handle: String, item label: String, text: String?) throws
        -> AgendaAnnotationChange
    {
        let annotation = text.flatMap(AgendaAnnotation.normalized)
        let stamp = audit.now
        return try write { db in
            let meeting = try Meeting.find(db, handle: handle)
            let tree = try AgendaTree(meeting: meeting, db: db)
            var item = try tree.item(try AgendaLabel.typed(label))
            let itemLabel = tree.label(of: item).display
            let had = item.annotation != nil
            if item.annotation != annotation {
                item.annotation = annotation
                item.stampUpdate(by: audit.user, at: stamp)
                try item.update(db)
            }
            return AgendaAnnotationChange(
                label: itemLabel, title: item.title,
                paragraphs: annotation.map { AgendaAnnotation.paragraphs(of: $0).count } ?? 0,
                removed: had && annotation == nil)
        }
    }
}
