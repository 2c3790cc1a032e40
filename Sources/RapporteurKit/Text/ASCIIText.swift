/// Small character and string tests shared by the parsers in this folder.
/// They accept ASCII only: symbols, dates and references are written in ASCII, and
/// `Character.isNumber` would also accept digits such as "٣" or "½".
enum ASCIIText {
    static func isDigit(_ c: Character) -> Bool {
        c >= "0" && c <= "9"
    }

    static func isLetter(_ c: Character) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
    }

    static func isAllDigits<S: StringProtocol>(_ s: S) -> Bool {
        !s.isEmpty && s.allSatisfy(isDigit)
    }

    static func isAllLetters<S: StringProtocol>(_ s: S) -> Bool {
        !s.isEmpty && s.allSatisfy(isLetter)
    }

    /// The value of a run of ASCII digits; nil for anything else or on overflow.
    static func integer<S: StringProtocol>(_ s: S) -> Int? {
        guard isAllDigits(s) else { return nil }
        return Int(String(s))
    }

    /// The value of a run of ASCII digits when it lies in `range`; nil for anything else.
    /// The parsers read every number they find this way, and write their patterns with
    /// `[0-9]`, never `\d`, which also matches "٣", "۳" or "３".
    static func integer<S: StringProtocol>(_ s: S, in range: ClosedRange<Int>) -> Int? {
        integer(s).flatMap { range.contains($0) ? $0 : nil }
    }

    /// Surrounding whitespace removed and inner whitespace runs turned into one space.
    static func collapsingWhitespace(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `n` with at least `width` digits, padded with leading zeros.
    static func zeroPadded(_ n: Int, width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
