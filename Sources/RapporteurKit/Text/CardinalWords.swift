/// Cardinal numbers in English words and in UN prose style.
public enum CardinalWords {
    static let units = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen",
    ]
    /// Indexed by the tens digit; entries 0 and 1 are unused.
    static let tens = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]

    /// "zero", "five", "fifteen", "twenty-one", "one hundred and five" for 0...999.
    public static func words(_ n: Int) -> String {
        precondition((0...999).contains(n), "CardinalWords.words covers 0...999, not \(n)")
        let hundreds = n / 100
        let rest = n % 100
        if hundreds == 0 { return belowHundred(rest) }
        let head = units[hundreds] + " hundred"
        return rest == 0 ? head : head + " and " + belowHundred(rest)
    }

    /// UN prose style: numbers under ten in words, larger ones in figures with commas
    /// between thousands ("nine", "10", "1,179,384").
    public static func prose(_ n: Int) -> String {
        (0...9).contains(n) ? units[n] : withThousandsSeparators(n)
    }

    /// "1179384" -> "1,179,384"; negative numbers keep their minus sign.
    /// "1 ask", "3 asks", "0 asks": a count in figures with its noun, which takes "s"
    /// for any count but one.
    public static func counted(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    public static func withThousandsSeparators(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return n < 0 ? "-" + grouped : grouped
    }

    /// The inverse of `words` (case-insensitive; hyphen or space between tens and units;
    /// "and" after "hundred" optional) and of figures, with or without comma separators
    /// ("1179384", "1,179,384"). Nil for anything else.
    public static func parse(_ text: String) -> Int? {
        let trimmed = ASCIIText.collapsingWhitespace(text)
        if let figures = parseFigures(trimmed) { return figures }
        return parseWords(tokens(trimmed))
    }

    static func belowHundred(_ n: Int) -> String {
        if n < 20 { return units[n] }
        let unit = n % 10
        return unit == 0 ? tens[n / 10] : tens[n / 10] + "-" + units[unit]
    }

    /// Lowercased words, with hyphens treated as spaces.
    static func tokens(_ text: String) -> [String] {
        // A hyphen only joins two words: "-five" and "twenty-" are not numbers.
        let strayHyphen =
            text.hasPrefix("-") || text.hasSuffix("-")
            || text.contains("--") || text.contains(" -") || text.contains("- ")
        guard !strayHyphen else { return [] }
        return text.lowercased()
            .replacingOccurrences(of: "-", with: " ")
            .split(separator: " ")
            .map(String.init)
    }

    /// Digits, or digits grouped in threes by commas ("1,179,384", never "1,17,9384").
    static func parseFigures(_ text: String) -> Int? {
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, ASCIIText.isAllDigits(first) else { return nil }
        if groups.count > 1 {
            guard first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 && ASCIIText.isAllDigits($0) })
            else { return nil }
        }
        return Int(groups.joined())
    }

    static func parseWords(_ tokens: [String]) -> Int? {
        if tokens == ["zero"] { return 0 }
        if let hundredIndex = tokens.firstIndex(of: "hundred") {
            guard hundredIndex == 1,
                let hundreds = units.firstIndex(of: tokens[0]), (1...9).contains(hundreds)
            else { return nil }
            var rest = Array(tokens.dropFirst(2))
            if rest.isEmpty { return hundreds * 100 }
            if rest.first == "and" { rest.removeFirst() }
            guard let below = parseBelowHundred(rest) else { return nil }
            return hundreds * 100 + below
        }
        return parseBelowHundred(tokens)
    }

    /// 1...99 from one or two word tokens.
    static func parseBelowHundred(_ tokens: [String]) -> Int? {
        switch tokens.count {
        case 1:
            if let unit = units.firstIndex(of: tokens[0]), unit > 0 { return unit }
            if let ten = tens.firstIndex(of: tokens[0]), ten >= 2 { return ten * 10 }
            return nil
        case 2:
            guard let ten = tens.firstIndex(of: tokens[0]), ten >= 2,
                let unit = units.firstIndex(of: tokens[1]), (1...9).contains(unit)
            else { return nil }
            return ten * 10 + unit
        default:
            return nil
        }
    }
}
