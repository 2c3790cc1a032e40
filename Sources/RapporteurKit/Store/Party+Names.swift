import GRDB

extension Party {
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

    /// How internal lists name the party ("Colombia", "the African Group", "Member States"),
    /// from its State or group as read with the parties (nil when there is none).
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

    /// The party as documents need it (see `Speaker`), from its State or group as read
    /// with the parties (nil when there is none).
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
