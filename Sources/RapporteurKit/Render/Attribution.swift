/// Writes the subject of a summary paragraph in the chosen style (docs/EDITORIAL.md,
/// "Who spoke"). The record always knows who spoke; only the wording changes.
/// Anonymous subjects depend on the speaker before: call `startGroup()` at each
/// sub-heading so that "Another Member State" never reaches across groups.
public struct Attribution: Sendable {
    public let style: AttributionStyle
    /// "Secretariat" or "secretariat", as the body writes it.
    public let secretariatWord: String
    private var previousState: String?

    public init(style: AttributionStyle, secretariatWord: String = "Secretariat") {
        self.style = style
        self.secretariatWord = secretariatWord
    }

    public mutating func startGroup() {
        previousState = nil
    }

    /// "The Secretariat", as the subject of a response.
    public var secretariat: String { "The \(secretariatWord)" }

    /// The subject for an intervention, at the start of a sentence.
    public mutating func subject(for speakers: [Speaker], named: Bool) -> String {
        let states = speakers.filter { $0.kind == .state || $0.kind == .unidentifiedState }
        if speakers.count == 1 || (!states.isEmpty && states.count == speakers.count) {
            if states.count == 1 { return stateSubject(states[0], named: named) }
            if states.count > 1 { return statesSubject(states, named: named) }
            return roleSubject(speakers[0])
        }
        // A mixture (States with a group, say): each named as it reads mid-sentence.
        let parts = speakers.enumerated().map { index, speaker -> String in
            let phrase =
                speaker.kind == .state || speaker.kind == .unidentifiedState
                ? stateSubject(speaker, named: named) : roleSubject(speaker)
            return index == 0 ? phrase : lowercasingArticle(phrase)
        }
        return StateNaming.list(parts)
    }

    private mutating func stateSubject(_ speaker: Speaker, named: Bool) -> String {
        if speaker.kind == .state, style == .capitals { return speaker.name.uppercased() }
        if speaker.kind == .state, style == .named {
            return "The representative of \(StateNaming.inProse(speaker.name))"
        }
        if speaker.kind == .state, named { return "The delegate from \(StateNaming.inProse(speaker.name))" }
        // Anonymous, or a State the record does not name.
        defer { previousState = speaker.identity }
        let untagged = speaker.kind == .unidentifiedState && speaker.name.isEmpty
        switch previousState {
        case nil: return "A Member State"
        case speaker.identity? where !untagged: return "The same Member State"
        default: return "Another Member State"
        }
    }

    private mutating func statesSubject(_ speakers: [Speaker], named: Bool) -> String {
        let known = speakers.filter { $0.kind == .state }
        guard known.count == speakers.count else { return "Member States" }
        switch style {
        case .capitals: return StateNaming.list(known.map { $0.name.uppercased() })
        case .named: return "The representatives of " + StateNaming.list(known.map { StateNaming.inProse($0.name) })
        case .anonymous:
            return named
                ? "The delegates from " + StateNaming.list(known.map { StateNaming.inProse($0.name) }) : "Member States"
        }
    }

    private func roleSubject(_ speaker: Speaker) -> String {
        switch speaker.kind {
        case .chair: return "The Chair"
        case .secretariat: return secretariat
        case .memberStates: return "Member States"
        case .group: return "The \(speaker.name)"
        case .unEntity, .stakeholder:
            return Self.isOffice(speaker.name) ? "The \(speaker.name)" : "The representative of \(speaker.name)"
        case .state, .unidentifiedState: return "A Member State"
        }
    }

    /// The offices that speak in their own right, not through a representative: "The
    /// President of the UN-Habitat Assembly", where an organisation is "The representative
    /// of UN-Women".
    private static let officeTitles = [
        "President", "Vice-President", "Chair", "Vice-Chair", "Rapporteur", "Executive Director",
        "Deputy Executive Director", "Secretary-General", "Deputy Secretary-General", "Under-Secretary-General",
        "Assistant Secretary-General", "Special Rapporteur", "Special Envoy", "Permanent Representative",
    ]

    static func isOffice(_ name: String) -> Bool {
        officeTitles.contains { name == $0 || name.hasPrefix($0 + " of ") || name.hasPrefix($0 + ", ") }
    }

    private func lowercasingArticle(_ phrase: String) -> String {
        for article in ["The ", "A ", "Another "] where phrase.hasPrefix(article) {
            return article.lowercased() + phrase.dropFirst(article.count)
        }
        return phrase
    }

    /// Subject and stored predicate as one sentence ending with a full stop.
    public static func sentence(_ subject: String, _ predicate: String) -> String {
        let text = "\(subject) \(predicate)"
        guard let last = text.last, !".?!".contains(last) else { return text }
        return text + "."
    }
}
