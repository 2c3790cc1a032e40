import Foundation

/// The key words of a record's text as the answer inference compares them: lowercased,
/// a plural or verb ending taken off ("courses" and "course" meet), hyphens closed up
/// ("system-wide" meets "systemwide"), acronyms kept however short ("MAP", "LDC"), a
/// particle folded into its verb ("scale up" meets "upscaling"), a quoted title kept as
/// one word (a course “urban safety in cities” meets only that title, not every text
/// that speaks of cities); words that every record of a meeting uses, and the reporting
/// verbs, are left out.
enum AnswerWords {
    /// The text's words in order, with nil where a left-out word stood, so that two
    /// key words make a phrase only when they stand side by side.
    static func tokens(_ text: String) -> [String?] {
        var out: [String?] = []
        var titled = text
        for match in quotedTitle.allMatches(in: text).reversed() {
            let title = (match.group(1) ?? match.group(2) ?? "").filter { $0.isLetter || $0.isNumber }
            titled.replaceSubrange(match.range, with: " " + title + " ")
        }
        let spaced = titled.replacing(/\b[Uu]p(?=[a-z]{4,})/) { _ in "up " }
        for match in spaced.matches(of: /[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*/) {
            let original = String(match.output)
            var raw = original.lowercased().replacingOccurrences(of: "-", with: "")
            for possessive in ["'s", "’s"] where raw.hasSuffix(possessive) { raw = String(raw.dropLast(2)) }
            raw = raw.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
            let acronym = original.count >= 2 && original.allSatisfy { $0.isUppercase && $0.isLetter }
            if raw == "up", let previous = out.last, let verb = previous {
                out.append("up" + verb)
                continue
            }
            if stopWords.contains(raw) || (raw.count <= 3 && !acronym && !raw.contains(where: \.isNumber)) {
                out.append(nil)
                continue
            }
            out.append(acronym ? raw : stem(raw))
        }
        return out
    }

    static let quotedTitle = TextPattern(
        #"[“"]([^”"]{3,})[”"]|(?<![A-Za-z])[‘']([^’']{3,})[’'](?![A-Za-z])"#)

    static func words(_ text: String) -> Set<String> {
        Set(tokens(text).compactMap { $0 })
    }

    /// Pairs of key words standing side by side: "hybrid meeting", "rules procedure".
    static func phrases(_ text: String) -> Set<String> {
        let list = tokens(text)
        return Set(
            zip(list, list.dropFirst()).compactMap { first, second in
                guard let first, let second else { return nil }
                return first + " " + second
            })
    }

    static func stem(_ word: String) -> String {
        var word = word
        if word.count > 5, word.hasSuffix("ies") || word.hasSuffix("ied") {
            word = String(word.dropLast(3)) + "y"
        } else if word.wholeMatch(of: /.*(ss|x|z|ch|sh)es/) != nil {
            word = String(word.dropLast(2))
        } else if word.count > 3, word.hasSuffix("s"), word.wholeMatch(of: /.*(ss|us|is)/) == nil {
            word = String(word.dropLast())
        } else if word.count > 5, word.hasSuffix("ing") {
            word = String(word.dropLast(3))
        } else if word.count > 4, word.hasSuffix("ed") {
            word = String(word.dropLast(2))
        }
        let letters = Array(word)
        if letters.count > 4, letters[letters.count - 1] == letters[letters.count - 2],
            !"ls".contains(letters[letters.count - 1])
        {
            word = String(word.dropLast())
        }
        if word.count > 3, word.hasSuffix("e") { word = String(word.dropLast()) }
        return word
    }

    static let stopWords: Set<String> = [
        "made", "make", "provide", "provided", "use", "used", "take", "place", "that", "this", "with", "from",
        "would", "could", "should", "which", "their", "there", "were", "been", "have", "also", "into", "such",
        "than", "them", "they", "what", "when", "where", "whether", "secretariat", "member", "members", "states",
        "state", "inquired", "requested", "asked", "explained", "noted", "informed", "confirmed", "further",
        "about", "more", "information", "details", "regarding", "including", "other", "well", "habitat", "the",
        "and", "for", "are", "was", "its", "his", "her", "our", "any", "all", "some", "many", "much", "each",
    ]
}
