/// Shared reading of "S/N" references ("2/7", "2 / 7", "2024/3") and of the words that
/// may come before them, for `ResolutionKey` and `DecisionKey`.
enum ReferenceText {
    /// Lowercased, trimmed, whitespace runs as one space.
    static func normalized(_ text: String) -> String {
        ASCIIText.collapsingWhitespace(text).lowercased()
    }

    /// The text after the first of `prefixes` it starts with (longest listed first),
    /// with the following space dropped; nil when it starts with none of them.
    /// A prefix ending in a letter must be followed by a space or a digit, so that
    /// "resolutions 2/7" does not pass as "resolution".
    static func dropping(oneOf prefixes: [String], from text: String) -> String? {
        for prefix in prefixes where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            if rest.first == " " { return String(rest.dropFirst()) }
            if let next = rest.first, ASCIIText.isDigit(next) { return String(rest) }
            if rest.isEmpty { return "" }
        }
        return nil
    }

    /// "2/7", "2 / 7", "1 /2" -> (2, 7); nil for anything else. Zeros pass here and
    /// are reported by the caller with a clearer message.
    static func pair(_ text: String) -> (first: Int, second: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let first = ASCIIText.integer(trimmingSpaces(parts[0])),
            let second = ASCIIText.integer(trimmingSpaces(parts[1]))
        else { return nil }
        return (first, second)
    }

    static func trimmingSpaces(_ text: Substring) -> Substring {
        var s = text
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
