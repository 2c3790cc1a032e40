import Foundation

/// A regular-expression match with its capture groups as strings (nil when a group
/// did not take part).
struct SummaryMatch {
    var range: Range<String.Index>
    var groups: [String?]
    var groupRanges: [Range<String.Index>?]

    var text: String { groups[0] ?? "" }

    func group(_ index: Int) -> String? {
        index < groups.count ? groups[index] : nil
    }
}

/// Thin wrapper over NSRegularExpression. Patterns are written where they are used and
/// compiled once: a long paragraph asks for the same few dozen patterns at each of its
/// commas, and compiling is what took the time.
enum SummaryPattern {
    private final class Compiled: @unchecked Sendable {
        let lock = NSLock()
        var expressions: [String: NSRegularExpression] = [:]
    }
    private static let compiled = Compiled()

    static func expression(_ pattern: String, caseSensitive: Bool) -> NSRegularExpression {
        let key = (caseSensitive ? "=" : "~") + pattern
        if let expression = compiled.lock.withLock({ compiled.expressions[key] }) { return expression }
        let options: NSRegularExpression.Options = caseSensitive ? [] : [.caseInsensitive]
        guard let expression = try? NSRegularExpression(pattern: pattern, options: options) else {
            preconditionFailure("bad pattern \(pattern)")
        }
        // The patterns are the program's own, a few hundred at most.
        compiled.lock.withLock { if compiled.expressions.count < 1_000 { compiled.expressions[key] = expression } }
        return expression
    }

    static func firstMatch(_ pattern: String, in text: String, caseSensitive: Bool = false) -> SummaryMatch? {
        allMatches(pattern, in: text, caseSensitive: caseSensitive, limit: 1).first
    }

    static func matches(_ pattern: String, _ text: String, caseSensitive: Bool = false) -> Bool {
        firstMatch(pattern, in: text, caseSensitive: caseSensitive) != nil
    }

    static func allMatches(_ pattern: String, in text: String, caseSensitive: Bool = false, limit: Int = .max) -> [SummaryMatch] {
        let expression = expression(pattern, caseSensitive: caseSensitive)
        var found: [SummaryMatch] = []
        let whole = NSRange(text.startIndex..., in: text)
        for result in expression.matches(in: text, range: whole) {
            guard let range = Range(result.range, in: text) else { continue }
            var groups: [String?] = []
            var ranges: [Range<String.Index>?] = []
            for index in 0..<result.numberOfRanges {
                let groupRange = Range(result.range(at: index), in: text)
                ranges.append(groupRange)
                groups.append(groupRange.map { String(text[$0]) })
            }
            found.append(SummaryMatch(range: range, groups: groups, groupRanges: ranges))
            if found.count >= limit { break }
        }
        return found
    }

    static func replacing(_ pattern: String, in text: String, with template: String, caseSensitive: Bool = false) -> String {
        return expression(pattern, caseSensitive: caseSensitive).stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
