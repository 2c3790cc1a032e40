import Foundation

/// One of the program's own regular expressions, compiled once where it is declared:
///
///     static let heading = TextPattern(#"^(?:agenda\s+)?item\s+([0-9]{1,2})"#, anyCase: true)
///
/// A static constant is made at its first use, so a bad pattern stops the program there
/// with the pattern in the message. NSRegularExpression rather than Swift's `Regex`:
/// on Linux it matched the report's and the summary's lines about six times faster,
/// and it is Sendable, so a pattern can be a static constant.
struct TextPattern: Sendable {
    let pattern: String
    private let expression: NSRegularExpression
    /// The same pattern, required to span the whole text (`wholeMatch`).
    private let whole: NSRegularExpression

    /// Case-sensitive unless `anyCase`, as `(?i)` would make it. With `unicodeWords`, `\b`
    /// finds word boundaries by Unicode's rules, as Swift's `Regex` does: an apostrophe
    /// inside a word ("Note’s") does not end it.
    init(_ pattern: String, anyCase: Bool = false, unicodeWords: Bool = false) {
        var options: NSRegularExpression.Options = anyCase ? [.caseInsensitive] : []
        if unicodeWords { options.insert(.useUnicodeWordBoundaries) }
        guard let expression = try? NSRegularExpression(pattern: pattern, options: options),
            let whole = try? NSRegularExpression(pattern: #"\A(?:"# + pattern + #")\z"#, options: options)
        else { preconditionFailure("bad pattern \(pattern)") }
        self.pattern = pattern
        self.expression = expression
        self.whole = whole
    }

    /// The first match anywhere in the text.
    func firstMatch(in text: String) -> TextMatch? {
        allMatches(in: text, limit: 1).first
    }

    func matches(_ text: String) -> Bool {
        firstMatch(in: text) != nil
    }

    /// A match that starts where the text starts.
    func prefixMatch(in text: String) -> TextMatch? {
        Self.matches(of: expression, in: text, options: [.anchored], limit: 1).first
    }

    /// A match of the whole text, trying every way the pattern can span it.
    func wholeMatch(in text: String) -> TextMatch? {
        Self.matches(of: whole, in: text, options: [], limit: 1).first
    }

    func allMatches(in text: String, limit: Int = .max) -> [TextMatch] {
        Self.matches(of: expression, in: text, options: [], limit: limit)
    }

    /// Every match replaced by the template, where "$1" stands for the first group.
    func replacing(in text: String, with template: String) -> String {
        expression.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    private static func matches(
        of expression: NSRegularExpression, in text: String, options: NSRegularExpression.MatchingOptions, limit: Int
    ) -> [TextMatch] {
        var found: [TextMatch] = []
        let whole = NSRange(text.startIndex..., in: text)
        let results =
            limit == 1
            ? expression.firstMatch(in: text, options: options, range: whole).map { [$0] } ?? []
            : expression.matches(in: text, options: options, range: whole)
        for result in results {
            guard let range = Range(result.range, in: text) else { continue }
            var groups: [String?] = []
            var ranges: [Range<String.Index>?] = []
            for index in 0..<result.numberOfRanges {
                let groupRange = Range(result.range(at: index), in: text)
                ranges.append(groupRange)
                groups.append(groupRange.map { String(text[$0]) })
            }
            found.append(TextMatch(range: range, groups: groups, groupRanges: ranges))
            if found.count >= limit { break }
        }
        return found
    }
}
