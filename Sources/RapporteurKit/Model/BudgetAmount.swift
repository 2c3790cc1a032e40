import Foundation

/// An amount as a budget table states it ("1,234.5", "–" for nil), kept as a whole
/// number of its smallest stated unit so that sums are exact: money is never binary
/// floating point. Two amounts with different numbers of decimals are compared and
/// added at the finer of the two.
public struct BudgetAmount: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The amount in units of 10^-scale.
    public let units: Int
    /// Decimals as stated (0 for "1,234", 1 for "1,234.5").
    public let scale: Int

    public init(units: Int, scale: Int) {
        self.units = units
        self.scale = scale
    }

    public static let zero = BudgetAmount(units: 0, scale: 0)

    /// Reads "1,234.5", "1234", "(12.0)" (negative), and a dash ("–", "—", "-") as zero.
    /// Nil when the text is no amount, or has more than twelve digits before the point or
    /// six after it.
    /// "1,234.5", "1234.5", "250".
    static let figure = TextPattern(#"[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?|[0-9]+(\.[0-9]+)?"#)

    public init?(_ text: String) {
        var body = text.trimmingCharacters(in: .whitespaces)
        if ["-", "–", "—", "−"].contains(body) {
            self = .zero
            return
        }
        var negative = false
        if body.hasPrefix("("), body.hasSuffix(")") {
            negative = true
            body = String(body.dropFirst().dropLast())
        } else if let first = body.first, ["-", "−", "–"].contains(first) {
            negative = true
            body = String(body.dropFirst())
        }
        guard Self.figure.wholeMatch(in: body) != nil else { return nil }
        let parts = body.replacingOccurrences(of: ",", with: "").split(separator: ".", omittingEmptySubsequences: false)
        let decimals = parts.count == 2 ? String(parts[1]) : ""
        // Twelve digits before the point and six after keep every sum well inside Int.
        guard parts[0].count <= 12, decimals.count <= 6, let whole = Int(parts[0] + decimals) else { return nil }
        units = negative ? -whole : whole
        scale = decimals.count
    }

    /// The amount without its sign.
    public var magnitude: BudgetAmount { BudgetAmount(units: abs(units), scale: scale) }

    /// This amount with `scale` decimals (never fewer than it has).
    private func at(_ scale: Int) -> Int {
        var value = units
        for _ in self.scale..<max(scale, self.scale) { value *= 10 }
        return value
    }

    public static func + (left: BudgetAmount, right: BudgetAmount) -> BudgetAmount {
        let scale = max(left.scale, right.scale)
        return BudgetAmount(units: left.at(scale) + right.at(scale), scale: scale)
    }

    public static func - (left: BudgetAmount, right: BudgetAmount) -> BudgetAmount {
        let scale = max(left.scale, right.scale)
        return BudgetAmount(units: left.at(scale) - right.at(scale), scale: scale)
    }

    /// Equal in value: 430 and 430.0 are the same amount.
    public static func == (left: BudgetAmount, right: BudgetAmount) -> Bool {
        let scale = max(left.scale, right.scale)
        return left.at(scale) == right.at(scale)
    }

    public func hash(into hasher: inout Hasher) {
        var value = units
        var scale = scale
        while scale > 0, value % 10 == 0 { value /= 10; scale -= 1 }
        hasher.combine(value)
        hasher.combine(scale)
    }

    public static func < (left: BudgetAmount, right: BudgetAmount) -> Bool {
        let scale = max(left.scale, right.scale)
        return left.at(scale) < right.at(scale)
    }

    /// "1,234.5" with as many decimals as stated, and a minus sign when below zero.
    public var description: String {
        var divisor = 1
        for _ in 0..<scale { divisor *= 10 }
        let magnitude = units.magnitude
        var text = CardinalWords.withThousandsSeparators(Int(magnitude / UInt(divisor)))
        if scale > 0 {
            let fraction = String(magnitude % UInt(divisor))
            text += "." + String(repeating: "0", count: scale - fraction.count) + fraction
        }
        return units < 0 ? "-" + text : text
    }

    /// Stored and encoded as written ("1,234.5"), so a figure reads back as the document has it.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let amount = BudgetAmount(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is no amount"))
        }
        self = amount
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
