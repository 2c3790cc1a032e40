/// Typesets text for documents people read (docs/EDITORIAL.md, "The page"): curly
/// quotation marks and apostrophes (“ ” ‘ ’), an en dash in numeric ranges ("2024–2025",
/// "pages 3–5") and between words set apart by a spaced hyphen ("a – b"), and a
/// non-breaking space between a currency and its figure ("US$ 1,179,384") and between a
/// figure and its unit ("10.05 a.m.", "5 per cent", "1.2 million").
///
/// What names something is left alone: document symbols (HSP/EB.2025/1), meeting
/// handles (EB-2024-2, PBA-56), record keys (I7), ISO dates (2025-02-10), web addresses
/// and e-mail addresses. Typesetting typeset text changes nothing.
public enum Typography {
    public static let noBreakSpace: Character = "\u{00A0}"

    /// The currencies a figure follows: "US$ 1,179,384", "USD 5,000", "EUR 12".
    static let currencies: Set<String> = [
        "US$", "$", "€", "£", "¥", "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "KES", "KSh", "Ksh", "SEK", "NOK",
        "DKK", "CAD", "AUD", "NZD", "ZAR", "INR", "BRL",
    ]

    /// The units a figure is kept with: "10 a.m.", "64 %", "12 km", "1.2 million".
    static let units: Set<String> = [
        "a.m.", "p.m.", "a.m", "p.m", "%", "km", "km2", "km²", "m2", "m²", "kg", "ha", "hectares", "million",
        "billion", "trillion",
    ]

    public static func typeset(_ text: String) -> String {
        guard needsWork(text) else { return text }
        var tokens = split(text)
        for index in tokens.indices where !tokens[index].isSpace {
            tokens[index].text = word(tokens[index].text, after: index == 0 ? nil : tokens[index - 1].text.last)
        }
        joinSpaces(&tokens)
        return tokens.map(\.text).joined()
    }

    /// Nothing to typeset without a quote, a hyphen or a figure.
    private static func needsWork(_ text: String) -> Bool {
        text.utf8.contains {
            $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0)
        }
    }

    // MARK: Words and the spaces between them

    private struct Token {
        var text: String
        let isSpace: Bool
    }

    /// Runs of white space and runs of anything else, in order.
    private static func split(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var inSpace = false
        for character in text {
            if character.isWhitespace != inSpace, !current.isEmpty {
                tokens.append(Token(text: current, isSpace: inSpace))
                current = ""
            }
            inSpace = character.isWhitespace
            current.append(character)
        }
        if !current.isEmpty { tokens.append(Token(text: current, isSpace: inSpace)) }
        return tokens
    }

    /// The spaces that must not break or that set words apart with a dash.
    private static func joinSpaces(_ tokens: inout [Token]) {
        guard tokens.count >= 3 else { return }
        for index in 1..<(tokens.count - 1) where tokens[index].isSpace && tokens[index].text == " " {
            let before = tokens[index - 1].text
            let after = tokens[index + 1].text
            if after == "-", index + 2 < tokens.count, tokens[index + 2].text == " ", index + 3 < tokens.count {
                tokens[index + 1].text = "–"
            } else if currencies.contains(String(before.drop { "([“‘".contains($0) })),
                after.first?.isASCIIDigit == true
            {
                tokens[index].text = String(noBreakSpace)
            } else if isFigure(before), isUnit(after, then: index + 3 < tokens.count ? tokens[index + 3].text : nil) {
                tokens[index].text = String(noBreakSpace)
            }
        }
    }

    /// "5", "1,200", "12.5", "(64": a figure that a unit can follow.
    private static func isFigure(_ word: String) -> Bool {
        var core = Substring(word).drop { "([“‘".contains($0) }
        for prefix in ["US$", "$", "€", "£", "¥"] where core.hasPrefix(prefix) { core = core.dropFirst(prefix.count) }
        guard let first = core.first, first.isASCIIDigit, core.last!.isASCIIDigit else { return false }
        return core.allSatisfy { $0.isASCIIDigit || $0 == "," || $0 == "." }
    }

    private static func isUnit(_ word: String, then next: String?) -> Bool {
        let bare = String(word.reversed().drop { ",;:)]!?”’".contains($0) }.reversed())
        if units.contains(bare) || units.contains(String(bare.reversed().drop { $0 == "." }.reversed())) {
            return true
        }
        // "5 per cent".
        return bare == "per" && next.map { $0.hasPrefix("cent") } == true
    }

    // MARK: Within a word

    private static func word(_ word: String, after previous: Character?) -> String {
        if isAddress(word) { return word }
        return quotes(dashes(word), after: previous)
    }

    /// Web and e-mail addresses keep every character.
    private static func isAddress(_ word: String) -> Bool {
        word.contains("://") || word.contains("@") || word.hasPrefix("www.") || word.dropFirst().hasPrefix("www.")
    }

    /// "2024-2025", "3-5", "10:00-13:00", "(1,000-2,000)," take an en dash. A word with a
    /// letter or a slash in it names something (EB-2024-2, HSP/EB.2025/1-3), and a part
    /// with a leading zero is a date or a code (2025-02), so they keep their hyphen.
    private static func dashes(_ word: String) -> String {
        guard word.contains("-") else { return word }
        let leading = word.prefix { "([“‘\"'".contains($0) }
        let rest = word.dropFirst(leading.count)
        let trailing = String(rest.reversed().prefix { ".,;:!?)]}\"'”’%".contains($0) }.reversed())
        let core = rest.dropLast(trailing.count)
        let parts = core.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy(isRangeEnd) else { return word }
        return leading + parts[0] + "–" + parts[1] + trailing
    }

    /// "2024", "1,000", "2.5", "10:00"; not "02" nor "".
    private static func isRangeEnd(_ part: Substring) -> Bool {
        guard let first = part.first, first.isASCIIDigit, part.last!.isASCIIDigit else { return false }
        if first == "0", part.count > 1, part.dropFirst().first?.isASCIIDigit == true { return false }
        return part.allSatisfy { $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == ":" }
    }

    /// Straight quotes and apostrophes made curly: a quote opens after the start, a space,
    /// an opening bracket, a dash or another opening quote, and closes elsewhere; an
    /// apostrophe ("it's", "States'", "'90s") is always ’.
    private static func quotes(_ word: String, after previous: Character?) -> String {
        guard word.contains("\"") || word.contains("'") else { return word }
        var result = ""
        let characters = Array(word)
        for (index, character) in characters.enumerated() {
            let before = index == 0 ? previous : result.last
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let opens = before.map { $0.isWhitespace || "([{–—-/“‘".contains($0) } ?? true
            switch character {
            case "\"":
                result.append(opens && next.map { !$0.isWhitespace } ?? false ? "“" : "”")
            case "'":
                result.append(opens && next.map { $0.isLetter || "\"“".contains($0) } ?? false ? "‘" : "’")
            default:
                result.append(character)
            }
        }
        return result
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
