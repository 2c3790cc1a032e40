import GRDB

extension MemberState {
    /// The columns the requests below filter on, as GRDB's query interface names them.
    public enum Columns {
        public static let iso3 = Column("iso3")
    }

    /// The State a user means: UN short name, formal name, ISO3 code or alias, with case,
    /// accents and apostrophes folded. An unknown name suggests the nearest.
    static func find(_ db: Database, typed text: String) throws -> MemberState {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 3, let byCode = try MemberState.all().filter(iso3: trimmed.uppercased()).fetchOne(db) {
            return byCode
        }
        let key = NameMatching.key(trimmed)
        let states = try MemberState.fetchAll(db)
        if let byName = states.first(where: {
            NameMatching.key($0.name) == key || $0.formalName.map(NameMatching.key) == key
        }) {
            return byName
        }
        if let alias = try StateAlias.filter(Column("matchKey") == key).fetchOne(db),
            let state = states.first(where: { $0.id == alias.stateId })
        {
            return state
        }
        let aliases = try StateAlias.fetchAll(db)
        let candidates = states.map(\.name) + aliases.map(\.alias)
        var message: Phrase = "unknown Member State '\(text)'"
        if let nearest = NameMatching.nearest(to: trimmed, among: candidates) {
            let name =
                aliases.first(where: { $0.alias == nearest })
                .flatMap { alias in states.first(where: { $0.id == alias.stateId })?.name } ?? nearest
            message.append(" (did you mean \(name)?)")
        } else {
            message.append("; \(step: .listStates)")
        }
        throw RapporteurError.invalid(message)
    }
}

extension DerivableRequest<MemberState> {
    /// The State with this ISO 3166 alpha-3 code, as stored ("COL").
    func filter(iso3: String) -> Self {
        filter(MemberState.Columns.iso3 == iso3)
    }
}
