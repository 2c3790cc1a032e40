/// Lowercase roman numerals, as used for the third level of UN lists: (i), (ii), (iii).
public enum RomanNumeral {
    static let table: [(value: Int, numeral: String)] = [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]

    /// "i", "iv", "ix", "xiv" for 1...3999.
    public static func lowercase(_ n: Int) -> String {
        precondition((1...3999).contains(n), "RomanNumeral.lowercase covers 1...3999, not \(n)")
        var remaining = n
        var result = ""
        for (value, numeral) in table {
            while remaining >= value {
                result += numeral
                remaining -= value
            }
        }
        return result
    }

    /// The value of a numeral in its standard form, in either case; nil for
    /// non-standard forms such as "iiii", "vv" or "ic".
    public static func parse(_ s: String) -> Int? {
        let lower = s.lowercased()
        guard !lower.isEmpty, lower.count <= 15 else { return nil }
        var values: [Int] = []
        for c in lower {
            guard let value = digitValue(c) else { return nil }
            values.append(value)
        }
        // A digit followed by a larger one subtracts ("iv" = 5 - 1).
        var total = 0
        for (index, value) in values.enumerated() {
            let next = index + 1 < values.count ? values[index + 1] : 0
            total += value < next ? -value : value
        }
        // Only the standard spelling round-trips, which rules out "iiii", "vv", "ic", "iix".
        guard (1...3999).contains(total), lowercase(total) == lower else { return nil }
        return total
    }

    static func digitValue(_ c: Character) -> Int? {
        switch c {
        case "i": return 1
        case "v": return 5
        case "x": return 10
        case "l": return 50
        case "c": return 100
        case "d": return 500
        case "m": return 1000
        default: return nil
        }
    }
}
