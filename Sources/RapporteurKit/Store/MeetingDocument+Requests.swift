import GRDB

extension MeetingDocument {
    /// The columns the requests below filter on, as GRDB's query interface names them.
    public enum Columns {
        public static let meetingId = Column("meetingId")
        public static let kind = Column("kind")
        public static let documentId = Column("documentId")
    }

    /// A meeting's documents, in the order of their kinds (`MeetingDocumentKind.allCases`).
    static func all(of meetingId: Int64, db: Database) throws -> [MeetingDocument] {
        try MeetingDocument.filter(Columns.meetingId == meetingId).fetchAll(db).sorted {
            MeetingDocumentKind.allCases.firstIndex(of: $0.kind)! < MeetingDocumentKind.allCases.firstIndex(
                of: $1.kind)!
        }
    }

    /// The symbol of the document, once given.
    func symbol(_ db: Database) throws -> String? {
        guard let documentId else { return nil }
        return try Document.fetchOne(db, key: documentId)?.symbol
    }

    /// The document as `meeting documents` and the record format give it.
    func entry(_ db: Database) throws -> MeetingDocumentEntry {
        MeetingDocumentEntry(kind: kind, symbol: try symbol(db), issued: issuedOn, item: agendaItem)
    }
}
