import Testing

@testable import RapporteurKit

struct RomanNumeralTests {
    @Test(arguments: [
        (1, "i"), (2, "ii"), (3, "iii"), (4, "iv"), (5, "v"), (9, "ix"), (14, "xiv"), (19, "xix"),
        (40, "xl"), (90, "xc"), (400, "cd"), (1994, "mcmxciv"), (2024, "mmxxiv"), (3999, "mmmcmxcix"),
    ])
    func lowercaseWritesStandardNumerals(n: Int, expected: String) {
        #expect(RomanNumeral.lowercase(n) == expected)
        #expect(RomanNumeral.parse(expected) == n)
    }

    @Test(arguments: [("IV", 4), ("Xiv", 14), ("MCMXCIV", 1994)])
    func parseIgnoresCase(text: String, expected: Int) {
        #expect(RomanNumeral.parse(text) == expected)
    }

    @Test(arguments: ["", "iiii", "vv", "ic", "iix", "vx", "mmmm", "xxxx", "abc", "4", "i v"])
    func parseRejectsNonStandardNumerals(text: String) {
        #expect(RomanNumeral.parse(text) == nil)
    }

    @Test func parseInvertsLowercaseFromOneTo3999() {
        for n in 1...3999 {
            #expect(RomanNumeral.parse(RomanNumeral.lowercase(n)) == n)
        }
    }
}
