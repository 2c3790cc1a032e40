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
        try read { db in try MemberState.find(db, typed: text) }
    }

    /// The aliases of one State, as loaded from the reference world.
    public func aliases(of state: MemberState) throws -> [String] {
        try read { db in
            try StateAlias.filter(Column("stateId") == state.id).order(Column("alias")).fetchAll(db).map(\.alias)
        }
    }
}
