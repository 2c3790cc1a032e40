import GRDB

extension Party {
    /// How internal lists name the party: "Colombia", "the African Group", "Member States".
    func listName(_ db: Database) throws -> String {
        listName(state: try stateFacts(db), group: try groupFacts(db))
    }

    /// The party as documents need it (see `Speaker`).
    func speaker(_ db: Database) throws -> Speaker {
        speaker(state: try stateFacts(db), group: try groupFacts(db))
    }

    /// How `--by` (and a record file) names the party.
    func typedForm(_ db: Database) throws -> String {
        switch kind {
        case .state: return try MemberState.fetchOne(db, key: stateId)?.name ?? "?"
        case .group: return try StateGroup.fetchOne(db, key: stateGroupId)?.name ?? "?"
        case .memberStates: return "Member States"
        case .unidentifiedState: return name.isEmpty ? "a Member State" : "Member State \(name)"
        case .chair: return "Chair"
        case .secretariat: return name.isEmpty ? "Secretariat" : "Secretariat: \(name)"
        case .unEntity: return "entity: \(name)"
        case .stakeholder: return "stakeholder: \(name)"
        }
    }

    /// The name and ISO code of a State party's State; nil for other parties.
    private func stateFacts(_ db: Database) throws -> PartyNames? {
        guard kind == .state, let state = try MemberState.fetchOne(db, key: stateId) else { return nil }
        return PartyNames(name: state.name, code: state.iso3)
    }

    /// The name and code of a group party's group; nil for other parties.
    private func groupFacts(_ db: Database) throws -> PartyNames? {
        guard kind == .group, let group = try StateGroup.fetchOne(db, key: stateGroupId) else { return nil }
        return PartyNames(name: group.name, code: group.code)
    }

    /// `listName(_:)` with the party's State or group already read (nil when there
    /// is none), for lists that read them with the parties rather than one by one.
    func listName(state: PartyNames?, group: PartyNames?) -> String {
        switch kind {
        case .state:
            return state?.name ?? "a State"
        case .group:
            return "the " + (group?.name ?? "group")
        case .memberStates: return "Member States"
        case .unidentifiedState: return name.isEmpty ? "a Member State" : "Member State \(name)"
        case .unEntity, .stakeholder: return name
        case .chair: return "the Chair"
        case .secretariat: return name.isEmpty ? "the Secretariat" : "the Secretariat (\(name))"
        }
    }

    /// `speaker(_:)` with the party's State or group already read (nil when there is none).
    func speaker(state: PartyNames?, group: PartyNames?) -> Speaker {
        switch kind {
        case .state:
            return Speaker(kind: .state, name: state?.name ?? "", identity: "state:\(state?.code ?? "")")
        case .group:
            return Speaker(kind: .group, name: group?.name ?? "", identity: "group:\(group?.code ?? "")")
        case .unidentifiedState:
            // An empty tag means the record cannot tell this State from another one.
            return Speaker(kind: .unidentifiedState, name: name, identity: "unidentifiedState:\(name)")
        default:
            return Speaker(kind: kind, name: name, identity: "\(kind.rawValue):\(name)")
        }
    }
}
