/// Ordinal numbers as UN documents write them: "fifty-sixth session", "56th meeting".
public enum OrdinalWords {
    /// Indexed by the number; entry 0 is unused.
    static let unitOrdinals = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth",
    ]
    /// Indexed by the tens digit; entries 0 and 1 are unused.
    static let tenOrdinals = [
        "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
        "eightieth", "ninetieth",
    ]

    /// "first", "twenty-first", "one hundredth", "one hundred and fifty-sixth",
    /// "one thousandth", "one thousand and first" for 1...999,999; figures ("1,000,000th"
    /// as "1000000th") beyond, and for numbers below 1, where words would not be read.
    public static func words(_ n: Int) -> String {
        guard (1...999_999).contains(n) else { return figures(n) }
        if n >= 1000 {
            let head = CardinalWords.words(n / 1000) + " thousand"
            let rest = n % 1000
            if rest == 0 { return head + "th" }
            return head + (rest < 100 ? " and " : " ") + words(rest)
        }
        let hundreds = n / 100
        let rest = n % 100
        if rest == 0 { return CardinalWords.units[hundreds] + " hundredth" }
        let tail = belowHundred(rest)
        return hundreds == 0 ? tail : CardinalWords.units[hundreds] + " hundred and " + tail
    }

    /// "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "112th", "122nd".
    public static func figures(_ n: Int) -> String {
        String(n) + suffix(n)
    }

    /// The first letter uppercased and the rest left alone: "fifty-sixth" -> "Fifty-sixth".
    public static func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// The inverse of `words` and `figures`: "Fifty-Sixth", "fifty sixth",
    /// "one hundred first", "one hundred and first", "56th". Nil for anything else,
    /// including figures with the wrong suffix ("56rd").
    public static func parse(_ text: String) -> Int? {
        let trimmed = ASCIIText.collapsingWhitespace(text).lowercased()
        let digits = trimmed.prefix(while: ASCIIText.isDigit)
        if !digits.isEmpty {
            guard let n = Int(digits), n >= 1, figures(n) == trimmed else { return nil }
            return n
        }
        let tokens = CardinalWords.tokens(trimmed)
        guard let last = tokens.last else { return nil }
        if let index = tokens.firstIndex(where: { $0 == "thousand" || $0 == "thousandth" }) {
            guard let thousands = CardinalWords.parseWords(Array(tokens[..<index])), (1...999).contains(thousands)
            else { return nil }
            if tokens[index] == "thousandth" { return index == tokens.count - 1 ? thousands * 1000 : nil }
            var rest = Array(tokens[(index + 1)...])
            if rest.first == "and" { rest.removeFirst() }
            guard !rest.contains("thousand"), !rest.contains("thousandth"),
                let below = parse(rest.joined(separator: " ")), below < 1000
            else { return nil }
            return thousands * 1000 + below
        }
        if last == "hundredth" {
            guard tokens.count == 2, let hundreds = CardinalWords.units.firstIndex(of: tokens[0]),
                (1...9).contains(hundreds)
            else { return nil }
            return hundreds * 100
        }
        if tokens.count >= 2 && tokens[1] == "hundred" {
            guard let hundreds = CardinalWords.units.firstIndex(of: tokens[0]), (1...9).contains(hundreds)
            else { return nil }
            var rest = Array(tokens.dropFirst(2))
            if rest.first == "and" { rest.removeFirst() }
            guard let below = parseBelowHundred(rest) else { return nil }
            return hundreds * 100 + below
        }
        return parseBelowHundred(tokens)
    }

    static func suffix(_ n: Int) -> String {
        let lastTwo = n.magnitude % 100
        if (11...13).contains(lastTwo) { return "th" }
        switch lastTwo % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    static func belowHundred(_ n: Int) -> String {
        if n < 20 { return unitOrdinals[n] }
        let unit = n % 10
        return unit == 0 ? tenOrdinals[n / 10] : CardinalWords.tens[n / 10] + "-" + unitOrdinals[unit]
    }

    /// 1...99 from "first", "twentieth" or "twenty" + "first".
    static func parseBelowHundred(_ tokens: [String]) -> Int? {
        switch tokens.count {
        case 1:
            if let unit = unitOrdinals.firstIndex(of: tokens[0]), unit > 0 { return unit }
            if let ten = tenOrdinals.firstIndex(of: tokens[0]), ten >= 2 { return ten * 10 }
            return nil
        case 2:
            guard let ten = CardinalWords.tens.firstIndex(of: tokens[0]), ten >= 2,
                let unit = unitOrdinals.firstIndex(of: tokens[1]), (1...9).contains(unit)
            else { return nil }
            return ten * 10 + unit
        default:
            return nil
        }
    }
}
