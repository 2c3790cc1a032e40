/// How a level of Word's automatic numbering writes its counter (the "w:numFmt" of a
/// level): 3 as "3", "c", "C", "iii", "III". Formats not listed here are written as
/// decimal numbers, which is what they count.
enum DocxNumberFormat {
    static func write(_ number: Int, as format: String) -> String {
        switch format {
        case "lowerLetter": letters(number).lowercased()
        case "upperLetter": letters(number)
        case "lowerRoman": roman(number).lowercased()
        case "upperRoman": roman(number)
        case "decimalZero": number < 10 && number >= 0 ? "0\(number)" : String(number)
        case "none": ""
        default: String(number)
        }
    }

    /// Word's letters: a to z, then aa to zz, then aaa… (27 is "AA", 53 is "AAA").
    static func letters(_ number: Int) -> String {
        guard number > 0 else { return String(number) }
        let letter = Character(UnicodeScalar(UInt8(65 + (number - 1) % 26)))
        return String(repeating: letter, count: (number - 1) / 26 + 1)
    }

    /// Uppercase; Word writes numbers beyond the numerals' range as digits.
    static func roman(_ number: Int) -> String {
        (1...3999).contains(number) ? RomanNumeral.lowercase(number).uppercased() : String(number)
    }
}
