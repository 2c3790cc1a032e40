import Foundation

/// Finds what a delegation asks in a Board journal. Besides the verbs of the PBA's
/// summary ("requested", "inquired", …), a journal asks with "urged", "encouraged",
/// "called for", "recommended", "stressed the need", "stressed the importance of"
/// doing something, and "expressed support for" more of something; "appreciated",
/// "commended" or "reiterated its willingness" ask nothing. "requested UN-Habitat to
/// elaborate on A and on B" asks two things.
enum BoardJournalAskReader {
    static let verb = TextPattern(
        #"\b(inquired|enquired|asked|wondered|queried|requested|sought|urged|encouraged|called (?:for|on|upon)|recommended|(?:stressed|underlined|underscored|emphasi[sz]ed|highlighted) the (?:need|importance of (?=[a-z]+ing\b))|expressed support for (?=(?:additional|more|further|increased|enhanced|continued|greater)\b))"#,
        anyCase: true)
    /// "to elaborate on A and on B", "on A, and on how B": one verb, two things.
    static let repeatedPreposition = TextPattern(#"^(.*?)\s(on|about|for)\s(.+?),?\s+and\s+\2\s(.+)$"#)

    static func read(_ text: String) -> SummaryAskReader.Reading? {
        let occurrences = verb.allMatches(in: text).filter {
            !SummaryAskReader.isPassiveOrAside(text, before: $0.range.lowerBound)
        }
        guard let first = occurrences.first, let firstVerb = first.group(1)?.trimmingCharacters(in: .whitespaces)
        else { return nil }
        var asks: [String] = []
        for (index, occurrence) in occurrences.enumerated() {
            let end = index + 1 < occurrences.count ? occurrences[index + 1].range.lowerBound : text.endIndex
            let clause = SummaryAskReader.clauseEnd(String(text[occurrence.range.upperBound..<end]))
            asks += split(clause)
        }
        let kind = SummaryAskReader.kind(of: firstVerb.split(separator: " ").first.map(String.init) ?? firstVerb)
        return .init(kind: kind, verb: firstVerb, asks: asks.filter { !$0.isEmpty })
    }

    static func split(_ clause: String) -> [String] {
        if let match = repeatedPreposition.firstMatch(in: clause), let lead = match.group(1),
            let preposition = match.group(2), let first = match.group(3), let second = match.group(4)
        {
            return ["\(lead) \(preposition) \(first)", "\(lead) \(preposition) \(second)"]
        }
        return SummaryAskReader.split(clause)
    }
}
