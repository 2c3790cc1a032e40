/// Hands out the letters that tell unnamed States apart: "Member State A", "Member
/// State B", …, "Member State Z", "Member State AA", "Member State AB", ….
struct SummaryStateLetters {
    private(set) var count = 0

    /// The letter of the unnamed State last met; nil before the first.
    var current: String? { count == 0 ? nil : Self.letters(count) }

    /// A fresh letter for a State not met before.
    mutating func next() -> String {
        count += 1
        return Self.letters(count)
    }

    /// 1 -> "A", 26 -> "Z", 27 -> "AA", 28 -> "AB" (bijective base 26).
    static func letters(_ n: Int) -> String {
        var n = n
        var result = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            result = String(UnicodeScalar(UInt8(65 + remainder))) + result
            n = (n - 1) / 26
        }
        return result
    }
}
