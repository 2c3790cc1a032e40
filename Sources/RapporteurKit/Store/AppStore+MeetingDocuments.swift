import GRDB

extension AppStore {
    /// Records what is given of a meeting's document of `kind`: its symbol (in canonical
    /// form; one symbol is one document), its date of issue, the agenda item it is issued
    /// under. What is not given stays as stored; a symbol given anew replaces the old one.
    /// Returns the document as stored.
    @discardableResult
    public func recordMeetingDocument(
        meeting handle: String, kind: MeetingDocumentKind, symbol: String? = nil, issued: CalendarDate? = nil,
        item: String? = nil
    ) throws -> MeetingDocumentEntry {
        let stamp = audit.now
        return try write { db in
            let meeting = try Meeting.find(db, handle: handle)
            let document = try Self.recordMeetingDocument(
                kind, of: meeting, symbol: symbol, issued: issued, item: item, user: audit.user, stamp: stamp, db: db)
            return try document?.entry(db) ?? MeetingDocumentEntry(kind: kind, symbol: nil, issued: nil, item: nil)
        }
    }

    /// The documents recorded for a meeting, in the order of their kinds.
    public func meetingDocuments(of handle: String) throws -> [MeetingDocumentEntry] {
        try read { db in
            let meeting = try Meeting.find(db, handle: handle)
            return try MeetingDocument.all(of: meeting.id!, db: db).map { try $0.entry(db) }
        }
    }

    /// The write behind `recordMeetingDocument`, for callers already in a transaction.
    /// Nothing given and nothing stored: no row, and nil.
    static func recordMeetingDocument(
        _ kind: MeetingDocumentKind, of meeting: Meeting, symbol: String?, issued: CalendarDate?, item: String?,
        user: String, stamp: String, db: Database
    ) throws -> MeetingDocument? {
        let canonical = try symbol.map(meetingDocumentSymbol)
        let label = try item.map(issuingItemLabel)
        if label != nil, !kind.isIssuedUnderAnItem {
            throw RapporteurError.invalid(
                "the \(kind.words) is not issued under an agenda item; leave out \(field: .agendaItem)",
                field: .agendaItem, value: item)
        }
        let stored = try MeetingDocument.filter(
            MeetingDocument.Columns.meetingId == meeting.id && MeetingDocument.Columns.kind == kind.rawValue
        ).fetchOne(db)
        if stored == nil, canonical == nil, issued == nil, label == nil { return nil }
        var document = stored ?? MeetingDocument(meetingId: meeting.id!, kind: kind)
        let before = document
        if let canonical {
            let row = try Document.findOrInsert(db, typed: canonical, user: user, stamp: stamp)
            if let holder = try MeetingDocument.filter(MeetingDocument.Columns.documentId == row.id).fetchOne(db),
                holder.id != document.id
            {
                let owner = try Meeting.fetchOne(db, key: holder.meetingId)!.handle
                throw RapporteurError.failure(
                    "\(canonical) is already the symbol of the \(holder.kind.words) of \(owner); a symbol names one document, so \(field: .symbol) must be another",
                    field: .symbol, value: symbol)
            }
            document.documentId = row.id
        }
        if let issued { document.issuedOn = issued }
        if let label { document.agendaItem = label }
        if stored == nil {
            document.stampInsert(by: user, at: stamp)
            try document.insert(db)
        } else if document != before {
            document.stampUpdate(by: user, at: stamp)
            try document.update(db)
        }
        return document
    }

    /// A document symbol as typed, in canonical form; a malformed one names the field and the value.
    static func meetingDocumentSymbol(_ typed: String) throws -> String {
        do {
            return try DocumentSymbol.canonical(typed: typed)
        } catch let error as RapporteurError {
            throw RapporteurError.invalid("\(field: .symbol): \(error.phrase)", field: .symbol, value: typed)
        }
    }

    /// The label of the item a document is issued under ("9", "2(a)"), as labels are displayed.
    static func issuingItemLabel(_ typed: String) throws -> String {
        do {
            return try AgendaLabel.typed(typed).display
        } catch let error as RapporteurError {
            throw RapporteurError.invalid("\(field: .agendaItem): \(error.phrase)", field: .agendaItem, value: typed)
        }
    }
}
