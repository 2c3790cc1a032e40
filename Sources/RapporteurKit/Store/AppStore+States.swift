import GRDB

extension AppStore {
    /// States sorted by name, optionally those of one regional group ("African States",
    /// or a prefix such as "African") or of one status.
    public func states(regionalGroup: String? = nil, status: MemberState.Status? = nil) throws -> [MemberState] {
        let group = try regionalGroup.map(Self.regionalGroup)
        return try read { db in
            var request = MemberState.all()
            if let group { request = request.filter(Column("regionalGroup") == group) }
            if let status { request = request.filter(Column("status") == status.rawValue) }
            // SQLite's default collation orders "Türkiye" after "Tuvalu"; order by match key instead.
            return try request.fetchAll(db).sorted { NameMatching.key($0.name) < NameMatching.key($1.name) }
        }
    }

    /// The regional group a user means: its full name, or the start of it.
    static func regionalGroup(_ text: String) throws -> String {
        let key = NameMatching.key(text)
        if let exact = MemberState.regionalGroups.first(where: { NameMatching.key($0) == key }) {
            return exact
        }
        let starting = MemberState.regionalGroups.filter { NameMatching.key($0).hasPrefix(key) }
        if starting.count == 1, !key.isEmpty {
            return starting[0]
        }
        throw RapporteurError.invalid(
            "unknown regional group '\(text)'; the groups are \(MemberState.regionalGroups.joined(separator: "; "))")
    }

    /// The State a user means: UN short name, formal name, ISO3 code or alias, with case,
    /// accents and apostrophes folded. An unknown name suggests the nearest.
    public func state(_ text: String) throws -> MemberState {
        try read { db in try Self.state(text, db: db) }
    }

    static func state(_ text: String, db: Database) throws -> MemberState {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 3, let byCode = try MemberState.filter(Column("iso3") == trimmed.uppercased()).fetchOne(db) {
            return byCode
        }
        let key = NameMatching.key(trimmed)
        let states = try MemberState.fetchAll(db)
        if let byName = states.first(where: { NameMatching.key($0.name) == key || $0.formalName.map(NameMatching.key) == key }) {
            return byName
        }
        if let alias = try StateAlias.filter(Column("matchKey") == key).fetchOne(db),
           let state = states.first(where: { $0.id == alias.stateId }) {
            return state
        }
        let aliases = try StateAlias.fetchAll(db)
        let candidates = states.map(\.name) + aliases.map(\.alias)
        var message: Phrase = "unknown Member State '\(text)'"
        if let nearest = NameMatching.nearest(to: trimmed, among: candidates) {
            let name = aliases.first(where: { $0.alias == nearest })
                .flatMap { alias in states.first(where: { $0.id == alias.stateId })?.name } ?? nearest
            message.append(" (did you mean \(name)?)")
        } else {
            message.append("; \(step: .listStates)")
        }
        throw RapporteurError.invalid(message)
    }

    /// The aliases of one State, as loaded from the reference world.
    public func aliases(of state: MemberState) throws -> [String] {
        try read { db in
            try StateAlias.filter(Column("stateId") == state.id).order(Column("alias")).fetchAll(db).map(\.alias)
        }
    }
}
