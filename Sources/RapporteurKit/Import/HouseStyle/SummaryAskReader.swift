import Foundation

/// Finds what an intervention asks: each "inquired …", "requested …", "sought …" clause,
/// split again where one verb asks several things ("if A, if B, as well as if C").
enum SummaryAskReader {
    struct Reading {
        /// "question" or "request", from the first asking verb.
        var kind: String
        /// The first asking verb as written: "inquired".
        var verb: String
        var asks: [String]
    }

    static let verb = TextPattern(
        #"\b(inquired|enquired|asked for|asked|wondered|queried|requested|sought|called for (?:more|further|additional) (?:information|details|clarifications?))\b"#,
        anyCase: true)
    static let questionWords = "if|whether|how|what|when|where|why"
    static let passiveBefore = TextPattern(
        #"\b(?:was|were|be|been|being|is|are|as|if|when|upon|had)\s+$"#, anyCase: true)
    /// Where a clause ends: its sentence, or a participle aside.
    static let clauseStops = [
        TextPattern(#"\.\s+(?=[A-Z“"‘'])"#, anyCase: true),
        TextPattern(#"\.\s*$"#, anyCase: true),
        TextPattern(
            #",\s+(?:noting|stating|adding|underlining|emphasi[sz]ing|stressing|recalling|recogni[sz]ing|highlighting|while|whereas)\b"#,
            anyCase: true),
    ]
    static let andVerb = TextPattern(#",?\s+and\s+(?:also\s+|further\s+|then\s+)?([a-z]+)\b"#, anyCase: true)
    static let trailingConnective = TextPattern(#"(?:,?\s+and(?:\s+(?:also|further|then))?|,|;)\s*$"#, anyCase: true)
    static let leadingPreposition = TextPattern(
        #"^\s*(?:for|about)\s+(?=(?:more|further|additional|details|information|clarification))"#, anyCase: true)
    static let askSeparator = TextPattern(
        #",?\s+as well as\s+|,\s+(?:and\s+)?(?=(?:"# + questionWords + #")\b)|\s+and\s+(?=(?:"# + questionWords
            + #"|who|which)\b)"#, anyCase: true)

    static func read(_ text: String) -> Reading? {
        let occurrences = verb.allMatches(in: text).filter { !isPassiveOrAside(text, before: $0.range.lowerBound) }
        guard let first = occurrences.first, let firstVerb = first.group(1) else { return nil }
        var asks: [String] = []
        for (index, occurrence) in occurrences.enumerated() {
            let end = index + 1 < occurrences.count ? occurrences[index + 1].range.lowerBound : text.endIndex
            var start = occurrence.range.upperBound
            let verb = (occurrence.group(1) ?? "").lowercased()
            if verb.hasPrefix("called for") {
                // "called for more information on X" asks for "more information on X".
                start = text.index(occurrence.range.lowerBound, offsetBy: "called for ".count)
            }
            let clause = clauseEnd(String(text[start..<end]))
            asks += split(clause)
        }
        return Reading(kind: kind(of: firstVerb), verb: firstVerb, asks: asks.filter { !$0.isEmpty })
    }

    static func kind(of verb: String) -> String {
        let lower = verb.lowercased()
        return SummaryVerbTable.question.contains(lower) ? "question" : "request"
    }

    /// "was requested", "as requested", "when asked": not something the speaker asks.
    static func isPassiveOrAside(_ text: String, before index: String.Index) -> Bool {
        let before = String(text[..<index].suffix(12)).lowercased()
        return passiveBefore.matches(before)
    }

    /// The clause up to the end of its sentence, a new verb ("and underlined"), or a
    /// participle aside (", noting …"); connectives left at its end are dropped.
    static func clauseEnd(_ region: String) -> String {
        var clause = region
        for stop in clauseStops {
            if let match = stop.firstMatch(in: clause) {
                clause = String(clause[..<match.range.lowerBound])
            }
        }
        for match in andVerb.allMatches(in: clause)
        where SummaryVerbTable.isSpeechVerb(match.group(1) ?? "") {
            clause = String(clause[..<match.range.lowerBound])
            break
        }
        clause = trailingConnective.replacing(in: clause, with: "")
        clause = leadingPreposition.replacing(in: clause, with: "")
        return clause.trimmingCharacters(in: .whitespaces)
    }

    /// "if A, if B, as well as if C" -> three asks; "X, as well as Y" -> two;
    /// "when X and who Y" -> two. "or if" stays one ask: it offers alternatives.
    static func split(_ clause: String) -> [String] {
        var parts: [String] = []
        var start = clause.startIndex
        for match in askSeparator.allMatches(in: clause) {
            parts.append(String(clause[start..<match.range.lowerBound]))
            start = match.range.upperBound
        }
        parts.append(String(clause[start...]))
        // A fragment of a word or two is part of its neighbour, not an ask of its own.
        var merged: [String] = []
        for part in parts.map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if let last = merged.last, part.split(separator: " ").count < 3 || last.split(separator: " ").count < 2 {
                merged[merged.count - 1] = last + ", " + part
            } else {
                merged.append(part)
            }
        }
        return merged
    }
}
