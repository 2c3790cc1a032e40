import GRDB

extension AppStore {
    /// "member state", "another member state b": a State the record does not name, and its tag.
    static let unnamedState = TextPattern(#"^(?:a |another |one )?member state(?: (\w+))?$"#)

    /// The speaker a user names with --by: a State (name, ISO3 or alias), a group
    /// ("African Group", "G77"), "Member States" (several, unnamed), "a Member State"
    /// (one, unnamed; "Member State B" tells unnamed States apart), "Chair",
    /// "Secretariat" or "Secretariat: <unit>", "entity: UNICEF", "stakeholder: <name>".
    /// The party is created on first use.
    static func party(_ text: String, db: Database) throws -> Party {
        let wanted = try describeParty(text, db: db)
        if let existing = try Party
            .filter(Column("kind") == wanted.kind.rawValue && Column("name") == wanted.name)
            .filter(wanted.stateId == nil ? Column("stateId") == nil : Column("stateId") == wanted.stateId)
            .filter(wanted.stateGroupId == nil ? Column("stateGroupId") == nil : Column("stateGroupId") == wanted.stateGroupId)
            .fetchOne(db) {
            return existing
        }
        var party = wanted
        try party.insert(db)
        return party
    }

    private static func describeParty(_ text: String, db: Database) throws -> Party {
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
                guard !name.isEmpty else { throw RapporteurError.invalid("--by \(text): name the entity, as entity: UNICEF") }
                return Party(kind: .unEntity, name: name)
            case "stakeholder":
                guard !name.isEmpty else { throw RapporteurError.invalid("--by \(text): name the stakeholder") }
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
            return Party(kind: .state, stateId: try state(trimmed, db: db).id)
        } catch let error as RapporteurError where error.kind == .invalidInput {
            let groups = try StateGroup.fetchAll(db).map(\.name)
            if let nearest = NameMatching.nearest(to: trimmed, among: groups) {
                throw RapporteurError.invalid("unknown speaker '\(text)' (did you mean \(nearest)?)")
            }
            throw RapporteurError.invalid(
                error.message.replacingOccurrences(of: "unknown Member State", with: "unknown speaker")
                + "; speakers are States, groups, \"Member States\", \"Chair\", \"Secretariat\", \"entity: …\" or \"stakeholder: …\"")
        }
    }

    /// How internal lists name a party: "Colombia", "the African Group", "Member States".
    static func partyName(_ party: Party, db: Database) throws -> String {
        partyName(party, state: try stateFacts(of: party, db: db), group: try groupFacts(of: party, db: db))
    }

    /// A party as documents need it (see `Speaker`).
    static func speaker(_ party: Party, db: Database) throws -> Speaker {
        speaker(party, state: try stateFacts(of: party, db: db), group: try groupFacts(of: party, db: db))
    }

    /// The name and ISO code of a State party's State; nil for other parties.
    private static func stateFacts(of party: Party, db: Database) throws -> PartyNames? {
        guard party.kind == .state, let state = try MemberState.fetchOne(db, key: party.stateId) else { return nil }
        return PartyNames(name: state.name, code: state.iso3)
    }

    /// The name and code of a group party's group; nil for other parties.
    private static func groupFacts(of party: Party, db: Database) throws -> PartyNames? {
        guard party.kind == .group, let group = try StateGroup.fetchOne(db, key: party.stateGroupId) else { return nil }
        return PartyNames(name: group.name, code: group.code)
    }

    /// `partyName(_:db:)` with the party's State or group already read (nil when there
    /// is none), for lists that read them with the parties rather than one by one.
    static func partyName(_ party: Party, state: PartyNames?, group: PartyNames?) -> String {
        switch party.kind {
        case .state:
            return state?.name ?? "a State"
        case .group:
            return "the " + (group?.name ?? "group")
        case .memberStates: return "Member States"
        case .unidentifiedState: return party.name.isEmpty ? "a Member State" : "Member State \(party.name)"
        case .unEntity, .stakeholder: return party.name
        case .chair: return "the Chair"
        case .secretariat: return party.name.isEmpty ? "the Secretariat" : "the Secretariat (\(party.name))"
        }
    }

    /// `speaker(_:db:)` with the party's State or group already read (nil when there is none).
    static func speaker(_ party: Party, state: PartyNames?, group: PartyNames?) -> Speaker {
        switch party.kind {
        case .state:
            return Speaker(kind: .state, name: state?.name ?? "", identity: "state:\(state?.code ?? "")")
        case .group:
            return Speaker(kind: .group, name: group?.name ?? "", identity: "group:\(group?.code ?? "")")
        case .unidentifiedState:
            // An empty tag means the record cannot tell this State from another one.
            return Speaker(kind: .unidentifiedState, name: party.name, identity: "unidentifiedState:\(party.name)")
        default:
            return Speaker(kind: party.kind, name: party.name, identity: "\(party.kind.rawValue):\(party.name)")
        }
    }
}
