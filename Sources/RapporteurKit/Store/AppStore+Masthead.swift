import Foundation
import GRDB

extension AppStore {
    /// The masthead of a meeting's document of `kind`, after recording in the same
    /// transaction what is given of it (see `recordMeetingDocument`): what was stored
    /// before stays when not given again, so the symbol and date of issue are typed once.
    /// With nothing given, nothing is written and the database is only read.
    ///
    /// `title` nil: the kind's standard title and sub-title (`MastheadTitle.standard`),
    /// the secretariat written as the body writes it; `subtitle` is then ignored.
    /// The item line names the item the document is issued under (`item`, else the
    /// one stored; for the annotated agenda, else the item on the adoption of the agenda),
    /// its title as the provisional agenda gives it (nil when that agenda has no such
    /// item), and the provisional agenda's symbol for the footnote, nil until it is given.
    ///
    /// `then` runs inside the same transaction with the masthead, to write the document
    /// it heads: when writing fails, nothing of the masthead is kept either.
    @discardableResult
    public func masthead(
        meeting handle: String, kind: MeetingDocumentKind, symbol: String? = nil, issued: CalendarDate? = nil,
        item: String? = nil, title: String? = nil, subtitle: String? = nil,
        then writeDocument: (Masthead) throws -> Void = { _ in }
    ) throws -> Masthead {
        func build(_ db: Database) throws -> Masthead {
            let meeting = try Meeting.find(db, handle: handle)
            let masthead = try Self.masthead(of: meeting, kind: kind, title: title, subtitle: subtitle, db: db)
            try writeDocument(masthead)
            return masthead
        }
        guard symbol != nil || issued != nil || item != nil else { return try read { try build($0) } }
        let stamp = audit.now
        return try write { db in
            let meeting = try Meeting.find(db, handle: handle)
            try Self.recordMeetingDocument(
                kind, of: meeting, symbol: symbol, issued: issued, item: item, user: audit.user, stamp: stamp, db: db)
            return try build(db)
        }
    }

    static func masthead(
        of meeting: Meeting, kind: MeetingDocumentKind, title: String?, subtitle: String?, db: Database
    ) throws -> Masthead {
        let body = try Body.fetchOne(db, key: meeting.bodyId)!
        let heading: MastheadTitle
        if let title {
            heading = MastheadTitle(title: title, subtitle: subtitle)
        } else if let standard = MastheadTitle.standard(for: kind, secretariatWord: body.secretariatWord) {
            heading = standard
        } else {
            throw RapporteurError.invalid("the masthead of the \(kind.words) needs its title")
        }
        let documents = try MeetingDocument.all(of: meeting.id!, db: db)
        let own = documents.first { $0.kind == kind }
        var agendaItem: MastheadItem?
        if kind.isIssuedUnderAnItem {
            let agenda = try issuedAgenda(of: meeting, db: db)
            let label =
                own?.agendaItem
                ?? (kind == .annotatedAgenda ? AgendaNode.adoptionItem(in: agenda)?.label : nil)
            if let label {
                agendaItem = MastheadItem(
                    label: label, title: AgendaNode.item(labelled: label, in: agenda)?.title,
                    provisionalAgendaSymbol: try documents.first { $0.kind == .provisionalAgenda }?.symbol(db))
            }
        }
        return Masthead(
            bodyName: body.displayName, symbol: try own?.symbol(db), distribution: body.distribution.words,
            issued: own?.issuedOn, session: OrdinalWords.capitalized(meeting.title(in: body)),
            placeAndDates: [meeting.venue, meeting.dates].compactMap { $0 }.joined(separator: ", "),
            agendaItem: agendaItem, title: heading.title, subtitle: heading.subtitle)
    }

    /// The agenda as the provisional agenda issued it: frozen on adoption, else as it stands.
    private static func issuedAgenda(of meeting: Meeting, db: Database) throws -> [AgendaNode] {
        if let json = meeting.provisionalAgenda {
            return try JSONDecoder().decode([AgendaNode].self, from: Data(json.utf8))
        }
        return try meeting.agendaNodes(db)
    }
}
