/// How a published summary names the Member States that take the floor, told from its
/// reading: "A Member State …" is the anonymous style, whatever delegation it names
/// for a role of its own (a convenor, a host); "BRAZIL commended …" the capitals
/// style; "The representative of Kenya …" the named style. A summary in which no
/// single State speaks, and none is named, reveals no one: it reads as anonymous.
enum PublishedStyleReading {
    static func style(of paragraphs: [ParsedParagraph]) -> AttributionStyle? {
        let states = paragraphs.filter { $0.role == .intervention }
        if states.contains(where: { $0.speakers.contains(where: isUnnamedState) }) { return .anonymous }
        let named = states.filter(\.named)
        if named.contains(where: writesInCapitals) { return .capitals }
        if !named.isEmpty { return .named }
        return states.contains(where: { $0.speakers.contains("Member States") }) ? .anonymous : nil
    }

    /// "Member State B": a State the text does not name.
    private static func isUnnamedState(_ speaker: String) -> Bool {
        speaker.hasPrefix("Member State ")
    }

    /// The paragraph writes a speaker's name in capitals ("BRAZIL").
    private static func writesInCapitals(_ paragraph: ParsedParagraph) -> Bool {
        paragraph.speakers.contains { name in
            let capitals = name.uppercased()
            return capitals != name && paragraph.text.contains(capitals)
        }
    }
}
