import Foundation

/// Matching of names typed by people (Member States, observers, speakers) against
/// the names on record, forgiving case, accents, apostrophes, spacing and typos.
public enum NameMatching {
    /// The form names are compared in: lowercased, accents removed ("Türkiye" ->
    /// "turkiye"), curly apostrophes made straight, whitespace runs as one space,
    /// trimmed, and a leading "the " dropped ("The Gambia" matches "Gambia").
    public static func key(_ text: String) -> String {
        var folded = ""
        // Canonical decomposition splits "ü" into "u" and a combining mark, which is dropped.
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if let replacement = foldedLetters[scalar] {
                folded += replacement
            } else if apostrophes.contains(scalar) {
                folded += "'"
            } else {
                folded.unicodeScalars.append(scalar)
            }
        }
        let spaced = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return spaced.hasPrefix("the ") ? String(spaced.dropFirst(4)) : spaced
    }

    /// Levenshtein distance counted in Characters: insertions, deletions and substitutions.
    public static func distance(_ a: String, _ b: String) -> Int {
        let left = Array(a)
        let right = Array(b)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }

    /// The candidate whose key is nearest to the query's key, the first one on ties;
    /// nil when the nearest is further than `maxDistance`, which defaults to
    /// max(2, a third of the query key's length).
    public static func nearest(to query: String, among candidates: [String], maxDistance: Int? = nil) -> String? {
        let queryKey = key(query)
        let limit = maxDistance ?? max(2, queryKey.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let d = distance(queryKey, key(candidate))
            if d <= limit && d < (best?.distance ?? Int.max) {
                best = (candidate, d)
            }
        }
        return best?.candidate
    }

    static let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}", "\u{02BC}"]

    /// Letters that canonical decomposition leaves alone.
    static let foldedLetters: [Unicode.Scalar: String] = [
        "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th",
    ]
}
