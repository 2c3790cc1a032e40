/// A speaker of a Board journal as the record takes them, with how the text named them.
struct BoardJournalSpeaker: Equatable {
    enum Standing: Equatable {
        /// A delegation, a group or unnamed Member States: an intervention.
        case delegation
        /// "UN-Habitat", the Executive Director: a briefing, or a response once delegations spoke.
        case secretariat
        /// The Chair or another officer: a statement.
        case officer
    }

    /// As the command line takes them: "USA", "African Group", "Member States",
    /// "Secretariat", "Chair", "stakeholder: President of the UN-Habitat Assembly".
    var speakers: [String]
    var standing: Standing
    /// True when the text names the delegation.
    var named: Bool
    /// For the explanation: "joint intervention of USA, Malawi, Argentina".
    var note: String

    init(_ form: BoardJournalSubject.Form) {
        switch form {
        case .states(let names):
            self.init(
                speakers: names, standing: .delegation, named: true,
                note: names.count == 1
                    ? "name in capitals → \(names[0])" : "joint intervention of \(names.joined(separator: ", "))")
        case .group(let group, let through):
            self.init(speakers: [group], standing: .delegation, named: true, note: "group \(group), through \(through)")
        case .entity(let name):
            self.init(speakers: ["entity: \(name)"], standing: .delegation, named: true, note: "UN entity \(name)")
        case .memberStates:
            self.init(speakers: ["Member States"], standing: .delegation, named: false, note: "unnamed Member States")
        case .secretariat:
            self.init(speakers: ["Secretariat"], standing: .secretariat, named: false, note: "Secretariat")
        case .chair:
            self.init(speakers: ["Chair"], standing: .officer, named: false, note: "Chair")
        case .officer(let title):
            self.init(speakers: ["stakeholder: \(title)"], standing: .officer, named: false, note: "officer: \(title)")
        case .sameSpeaker:
            self.init(speakers: [], standing: .delegation, named: false, note: "")
        }
    }

    init(speakers: [String], standing: Standing, named: Bool, note: String) {
        self.speakers = speakers
        self.standing = standing
        self.named = named
        self.note = note
    }
}
