/// A decision reference: the Executive Board numbers decisions by year ("2024/3"),
/// the Assembly by session ("1/3").
public struct DecisionKey: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// A year such as 2024, or an Assembly session such as 1.
    public let series: Int
    public let number: Int

    public init(series: Int, number: Int) {
        self.series = series
        self.number = number
    }

    /// True for Board decisions numbered by year (a series of 1900 or later).
    public var isNumberedByYear: Bool { series >= 1900 }

    /// "2024/3".
    public var key: String { "\(series)/\(number)" }

    public var description: String { key }

    static let accepted = "write it as 2024/3, decision 2024/3 or decision 1/3"

    /// Case-insensitive, surrounding whitespace ignored: "2024/3", "decision 2024/3",
    /// "dec. 2024/3", "Assembly decision 1/3", "Executive Board decision 2024/3",
    /// "decision 2023/6 of the Executive Board", "decision 1/3 of the Assembly".
    public static func parse(_ text: String) throws -> DecisionKey {
        let trimmed = ASCIIText.collapsingWhitespace(text)
        guard let (series, number) = seriesAndNumber(trimmed.lowercased()) else {
            throw TextError("'\(trimmed)' is not a decision reference; \(accepted)")
        }
        guard series >= 1, number >= 1 else {
            throw TextError("'\(trimmed)' is not a decision reference: series and numbers start at 1; \(accepted)")
        }
        return DecisionKey(series: series, number: number)
    }

    static let bodies = ["un-habitat assembly", "assembly", "executive board", "board"]
    static let bodySuffixes = [
        " of the un-habitat assembly", " of the assembly", " of the executive board", " of the board",
    ]
    static let decisionWords = ["decision", "dec.", "dec"]

    static func seriesAndNumber(_ lower: String) -> (Int, Int)? {
        var rest = lower
        var namesBody = false
        if let suffix = bodySuffixes.first(where: { rest.hasSuffix($0) }) {
            rest = String(rest.dropLast(suffix.count))
            namesBody = true
        }
        if let afterBody = ReferenceText.dropping(oneOf: bodies, from: rest) {
            rest = afterBody
            namesBody = true
        }
        if let afterWord = ReferenceText.dropping(oneOf: decisionWords, from: rest) {
            rest = afterWord
        } else if namesBody {
            // "Assembly 1/3" or "2024/3 of the Board" without the word "decision".
            return nil
        }
        guard let pair = ReferenceText.pair(rest) else { return nil }
        return (pair.first, pair.second)
    }

    public static func < (lhs: DecisionKey, rhs: DecisionKey) -> Bool {
        (lhs.series, lhs.number) < (rhs.series, rhs.number)
    }
}
