/// Finds the States a text names, by any of their names, as whole words.
///
/// - Names (short, formal, aliases) match with case, accents and apostrophes forgiven,
///   but only when written as a proper noun (first letter a capital): "Turkey" and
///   "CHINA" are States, "turkey" and "china" are not.
/// - Codes (the ISO3 code, and aliases written in capitals such as "UK", "USA", "DRC")
///   match only as the exact capitals, standing alone: not inside a run of capitals
///   ("QUESTIONS AND ANSWERS" is not Andorra), not joined by a hyphen ("GEO-6" is a
///   report, not Georgia), and "US$" is a currency, not the United States.
/// - The longest name wins where names overlap, so "Papua New Guinea", "Equatorial
///   Guinea", "Guinea-Bissau", "South Sudan", "Democratic Republic of the Congo" and
///   "Dominican Republic" are never read as the shorter name inside them; "Niger" and
///   "Nigeria" are different words. A few places that are not States but carry a
///   State's name ("Northern Ireland", "New Guinea", "United States dollars") match as
///   nothing.
///
/// An adjective ("French", "Kenyan") names a State only in front of a word for the
/// State's own voice: "the French delegation", "the Kenyan Government". Alone it is no
/// name: the six official languages share the forms ("available in French and
/// Spanish"), and "Colombian cities" says nothing of who spoke. An adjective two States
/// share ("the Congolese delegation") names both.
public struct StateMentionScanner: Sendable {
    private struct Pattern: Sendable {
        /// nil for a place that is not a State.
        let iso3: String?
        let keys: [String]
        /// The exact capitals of a code ("FRA", "UK"); nil for a name.
        let code: String?
    }

    /// Places named like a State that are not one, so that they never read as the State.
    static let notStates = [
        "Northern Ireland", "New Guinea", "American Samoa", "New Mexico", "Lake Chad", "Gulf of Guinea",
        "Congo Basin", "United States dollar", "United States dollars",
        "Latin American", "North American", "Central American", "South American",
    ]

    /// Words for a State's own voice, after its adjective: "the French delegation".
    static let voices = [
        "delegation", "delegations", "delegate", "delegates", "Government", "Governments", "authorities",
        "Mission", "Permanent Mission", "Permanent Representative", "representative", "representatives",
        "Ambassador", "Embassy", "Minister", "Ministry", "presidency", "side",
    ]

    /// Patterns by the key of their first word.
    private let patterns: [String: [Pattern]]

    public init(states: [StateNames]) {
        var patterns: [String: [Pattern]] = [:]
        func add(_ pattern: Pattern) {
            guard let first = pattern.keys.first else { return }
            patterns[first, default: []].append(pattern)
        }
        for state in states {
            add(Pattern(iso3: state.iso3, keys: [NameMatching.key(state.iso3)], code: state.iso3.uppercased()))
            for name in [state.name] + state.otherNames {
                if Self.isCode(name) {
                    add(Pattern(iso3: state.iso3, keys: [NameMatching.key(name)], code: name))
                } else {
                    add(Pattern(iso3: state.iso3, keys: NameTokens.keys(ofName: name), code: nil))
                }
            }
        }
        let voices = Self.voices.map(NameTokens.keys(ofName:))
        for state in states {
            for demonym in state.demonyms {
                let keys = NameTokens.keys(ofName: demonym)
                for voice in voices { add(Pattern(iso3: state.iso3, keys: keys + voice, code: nil)) }
            }
        }
        for place in Self.notStates {
            add(Pattern(iso3: nil, keys: NameTokens.keys(ofName: place), code: nil))
        }
        // Longest first, so the first pattern that fits is the longest.
        self.patterns = patterns.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
    }

    /// "UK", "USA", "DRC": one word of two to four capitals.
    static func isCode(_ name: String) -> Bool {
        (2...4).contains(name.count) && name.allSatisfy { $0.isASCII && $0.isLetter && $0.isUppercase }
    }

    /// Every State the text names, in the order it names them.
    public func mentions(in text: String) -> [StateMention] {
        // Every name and code starts with a capital: a text without one (no ASCII capital,
        // nothing beyond ASCII) names no State, and most texts are read no further.
        guard text.utf8.contains(where: { (0x41...0x5A).contains($0) || $0 >= 0x80 }) else { return [] }
        let tokens = NameTokens(text).tokens
        var mentions: [StateMention] = []
        var index = 0
        while index < tokens.count {
            let matches = longestMatches(at: index, in: tokens)
            guard let length = matches.first?.keys.count else {
                index += 1
                continue
            }
            let last = tokens[index + length - 1]
            let start = text.index(text.startIndex, offsetBy: tokens[index].offset)
            let end = text.index(text.startIndex, offsetBy: last.offset + last.text.count)
            var seen: Set<String> = []
            for pattern in matches {
                guard let iso3 = pattern.iso3, seen.insert(iso3).inserted else { continue }
                mentions.append(
                    StateMention(iso3: iso3, words: String(text[start..<end]), offset: tokens[index].offset))
            }
            index += length
        }
        return mentions
    }

    /// The patterns of the greatest length that fit at `index`: one, or several when
    /// States share the words ("Congolese delegation").
    private func longestMatches(at index: Int, in tokens: [NameTokens.Token]) -> [Pattern] {
        guard let candidates = patterns[tokens[index].key] else { return [] }
        var matches: [Pattern] = []
        for pattern in candidates {
            if let length = matches.first?.keys.count, pattern.keys.count < length { break }
            if fits(pattern, at: index, in: tokens) { matches.append(pattern) }
        }
        return matches
    }

    private func fits(_ pattern: Pattern, at index: Int, in tokens: [NameTokens.Token]) -> Bool {
        guard index + pattern.keys.count <= tokens.count else { return false }
        for (offset, key) in pattern.keys.enumerated() where tokens[index + offset].key != key { return false }
        if let code = pattern.code { return isStandaloneCode(code, at: index, in: tokens) }
        return tokens[index].startsUppercase
    }

    private func isStandaloneCode(_ code: String, at index: Int, in tokens: [NameTokens.Token]) -> Bool {
        let token = tokens[index]
        guard token.text == code else { return false }
        if token.before == "-" || token.after == "-" { return false }
        if code == "US", token.after == "$" { return false }
        let shouted = [index - 1, index + 1].contains {
            tokens.indices.contains($0) && tokens[$0].isAllUppercaseLetters
        }
        return !shouted
    }
}
