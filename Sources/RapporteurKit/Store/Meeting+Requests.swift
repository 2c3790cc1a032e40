import GRDB

extension Meeting {
    /// The columns the requests below filter on, as GRDB's query interface names them.
    public enum Columns {
        public static let handle = Column("handle")
    }

    /// A handle as typed ("pba 56", " EB-2024-2") in the form meetings are stored under ("PBA-56").
    static func normalizedHandle(_ handle: String) -> String {
        handle.trimmingCharacters(in: .whitespaces).uppercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: "-")
    }

    /// The meeting with this handle ("PBA-56", "pba 56"); an unknown one suggests the nearest.
    static func find(_ db: Database, handle: String) throws -> Meeting {
        let wanted = normalizedHandle(handle)
        if let meeting = try Meeting.all().filter(handle: wanted).fetchOne(db) {
            return meeting
        }
        // OEWG-H has a hyphen in its code, so "OEWG H 1" folds to "OEWG-H-1" above too.
        let handles = try String.fetchAll(db, sql: "SELECT handle FROM meeting ORDER BY startDate")
        var message: Phrase = "no meeting \(handle)"
        if let nearest = NameMatching.nearest(to: wanted, among: handles, maxDistance: 2) {
            message.append(" (did you mean \(nearest)?)")
        } else if handles.isEmpty {
            message.append("; no meetings are recorded yet: \(step: .planMeeting)")
        } else {
            message.append("; \(step: .listMeetings)")
        }
        throw RapporteurError.invalid(message, field: .meeting, value: handle)
    }

    /// The meeting's agenda as a tree with labels and links.
    func agendaNodes(_ db: Database) throws -> [AgendaNode] {
        let tree = try AgendaTree(meeting: self, db: db)
        let resolutions = try Row.fetchAll(
            db,
            sql: """
                SELECT l.agendaItemId, r.session, r.number FROM agendaItemResolution l
                JOIN resolution r ON r.id = l.resolutionId JOIN agendaItem i ON i.id = l.agendaItemId
                WHERE i.meetingId = ? ORDER BY r.session, r.number
                """, arguments: [id])
        let decisions = try Row.fetchAll(
            db,
            sql: """
                SELECT l.agendaItemId, d.series, d.number FROM agendaItemDecision l
                JOIN decision d ON d.id = l.decisionId JOIN agendaItem i ON i.id = l.agendaItemId
                WHERE i.meetingId = ? ORDER BY d.series, d.number
                """, arguments: [id])
        let documents = try Row.fetchAll(
            db,
            sql: """
                SELECT l.agendaItemId, d.symbol FROM agendaItemDocument l
                JOIN document d ON d.id = l.documentId JOIN agendaItem i ON i.id = l.agendaItemId
                WHERE i.meetingId = ? ORDER BY d.symbol
                """, arguments: [id])
        // Each item's links, grouped once: filtering every link list for every item was
        // quadratic in the size of the agenda.
        let resolutionsByItem = Dictionary(grouping: resolutions) { $0[0] as Int64 }
        let decisionsByItem = Dictionary(grouping: decisions) { $0[0] as Int64 }
        let documentsByItem = Dictionary(grouping: documents) { $0[0] as Int64 }
        func node(_ item: AgendaItem) -> AgendaNode {
            AgendaNode(
                label: tree.label(of: item).display,
                title: item.title,
                resolutions: (resolutionsByItem[item.id!] ?? [])
                    .map { ResolutionKey(session: $0[1], number: $0[2]).key },
                decisions: (decisionsByItem[item.id!] ?? [])
                    .map { DecisionKey(series: $0[1], number: $0[2]).key },
                documents: (documentsByItem[item.id!] ?? []).map { $0[1] },
                annotation: item.annotation,
                children: tree.children(of: item.id).map(node))
        }
        return tree.children(of: nil).map(node)
    }
}

extension DerivableRequest<Meeting> {
    /// The meeting with exactly this handle, as stored ("PBA-56").
    func filter(handle: String) -> Self {
        filter(Meeting.Columns.handle == handle)
    }
}
