import GRDB

extension Party {
    /// "member state", "another member state b": a State the record does not name, and its tag.
    static let unnamedState = TextPattern(#"^(?:a |another |one )?member state(?: (\w+))?$"#)

    /// The speaker a user names with --by: a State (name, ISO3 or alias), a group
    /// ("African Group", "G77"), "Member States" (several, unnamed), "a Member State"
    /// (one, unnamed; "Member State B" tells unnamed States apart), "Chair",
    /// "Secretariat" or "Secretariat: <unit>", "entity: UNICEF", "stakeholder: <name>".
    /// The party is created on first use.
    static func findOrInsert(_ db: Database, typed text: String) throws -> Party {
        let wanted = try described(db, typed: text)
        if let existing =
            try Party
            .filter(Column("kind") == wanted.kind.rawValue && Column("name") == wanted.name)
            .filter(wanted.stateId == nil ? Column("stateId") == nil : Column("stateId") == wanted.stateId)
            .filter(
                wanted.stateGroupId == nil
                    ? Column("stateGroupId") == nil : Column("stateGroupId") == wanted.stateGroupId
            )
            .fetchOne(db)
        {
            return existing
        }
        var party = wanted
        try party.insert(db)
        return party
    }

    /// The party a typed name stands for, not yet looked up among the recorded parties.
    private static func described(_ db: Database, typed text: String) throws -> Party {
        // Before any lookup: a lookup would read the name only up to the NUL.
        try StoredText.check(text, field: "the speaker '\(text.prefix { $0 != "\u{0}" })…'")
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let key = NameMatching.key(trimmed)
        if let colon = trimmed.firstIndex(of: ":") {
            let prefix = NameMatching.key(String(trimmed[..<colon]))
            let name = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch prefix {
            case "secretariat": return Party(kind: .secretariat, name: name)
            case "entity", "un entity":
                guard !name.isEmpty else {
                    throw RapporteurError.invalid("\(field: .speaker, value: text): name the entity, as entity: UNICEF")
                }
                return Party(kind: .unEntity, name: name)
            case "stakeholder":
                guard !name.isEmpty else {
                    throw RapporteurError.invalid("\(field: .speaker, value: text): name the stakeholder")
                }
                return Party(kind: .stakeholder, name: name)
            default: break
            }
        }
        switch key {
        case "member states", "several member states", "some member states":
            return Party(kind: .memberStates)
        case "chair", "chairperson", "co-chair", "co-chairs", "chair of the meeting":
            return Party(kind: .chair)
        case "secretariat", "un-habitat secretariat":
            return Party(kind: .secretariat)
        default: break
        }
        // Only a key with the bytes of "member state" in it can match: the pattern is not
        // tried on the others, which an import meets for every party.
        if key.utf8.firstRange(of: "member state".utf8) != nil, let match = Self.unnamedState.firstMatch(in: key) {
            return Party(kind: .unidentifiedState, name: match.group(1).map { $0.uppercased() } ?? "")
        }
        for group in try StateGroup.fetchAll(db) {
            let names = [group.name, group.code] + group.aliasList
            if names.contains(where: { NameMatching.key($0) == key }) {
                return Party(kind: .group, stateGroupId: group.id)
            }
        }
        do {
            return Party(kind: .state, stateId: try MemberState.find(db, typed: trimmed).id)
        } catch let error as RapporteurError where error.kind == .invalidInput {
            let groups = try StateGroup.fetchAll(db).map(\.name)
            if let nearest = NameMatching.nearest(to: trimmed, among: groups) {
                throw RapporteurError.invalid("unknown speaker '\(text)' (did you mean \(nearest)?)")
            }
            var message = error.phrase.replacingWords("unknown Member State", with: "unknown speaker")
            message.append(
                "; speakers are States, groups, \"Member States\", \"Chair\", \"Secretariat\", \"entity: …\" or \"stakeholder: …\""
            )
            throw RapporteurError.invalid(message, field: .speaker, value: text)
        }
    }
}
