import GRDB

extension AppStore {
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
