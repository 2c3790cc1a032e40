/// Who a summary paragraph gives the floor to, as an Akoma Ntoso document refers to
/// them: a `TLCPerson` or `TLCOrganization` with an id and the words it shows. Chosen
/// in the attribution style: in the anonymous style a State the record does not name
/// is only "a Member State", so the reference names no State either.
public struct SpeakerReference: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case person = "TLCPerson"
        case organization = "TLCOrganization"
    }

    public let kind: Kind
    /// An XML id ("chair", "state-kenya", "member-state").
    public let id: String
    public let showAs: String

    public init(kind: Kind, id: String, showAs: String) {
        self.kind = kind
        self.id = id
        self.showAs = showAs
    }

    /// The reference with the words it shows typeset; its id as it is.
    public func typeset(_ typesetting: Typesetting) -> SpeakerReference {
        SpeakerReference(kind: kind, id: id, showAs: typesetting.apply(showAs))
    }

    /// The references for the speakers of one intervention.
    public static func references(for speakers: [Speaker], named: Bool, style: AttributionStyle, chair: String?)
        -> [SpeakerReference]
    {
        var seen = Set<String>()
        return speakers.map { reference(for: $0, named: named, style: style, chair: chair) }
            .filter { seen.insert($0.id).inserted }
    }

    public static func reference(for speaker: Speaker, named: Bool, style: AttributionStyle, chair: String?)
        -> SpeakerReference
    {
        switch speaker.kind {
        case .state where style != .anonymous || named:
            return SpeakerReference(kind: .organization, id: "state-" + slug(speaker.name), showAs: speaker.name)
        case .state, .unidentifiedState: return memberState
        case .memberStates: return SpeakerReference(kind: .organization, id: "member-states", showAs: "Member States")
        case .group, .unEntity, .stakeholder:
            return SpeakerReference(kind: .organization, id: "party-" + slug(speaker.name), showAs: speaker.name)
        case .chair: return SpeakerReference(kind: .person, id: "chair", showAs: chair ?? "The Chair")
        case .secretariat: return secretariat
        }
    }

    /// Any Member State the summary does not name.
    public static let memberState = SpeakerReference(kind: .organization, id: "member-state", showAs: "Member State")
    public static let secretariat = SpeakerReference(kind: .organization, id: "secretariat", showAs: "Secretariat")

    /// "Côte d'Ivoire" -> "c-te-d-ivoire": letters and digits, lowercased, other runs as one hyphen.
    static func slug(_ name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "unnamed" : result
    }
}
