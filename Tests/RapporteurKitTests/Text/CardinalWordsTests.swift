import Testing

@testable import RapporteurKit

struct CardinalWordsTests {
    @Test(arguments: [
        (0, "zero"), (5, "five"), (11, "eleven"), (15, "fifteen"), (20, "twenty"), (21, "twenty-one"),
        (40, "forty"), (99, "ninety-nine"), (100, "one hundred"), (105, "one hundred and five"),
        (110, "one hundred and ten"), (342, "three hundred and forty-two"), (999, "nine hundred and ninety-nine"),
    ])
    func wordsSpellsCardinals(n: Int, expected: String) {
        #expect(CardinalWords.words(n) == expected)
    }

    @Test(arguments: [
        (0, "zero"), (1, "one"), (9, "nine"), (10, "10"), (56, "56"), (999, "999"), (1000, "1,000"),
        (12345, "12,345"), (1179384, "1,179,384"), (-4500, "-4,500"),
    ])
    func proseWritesUnderTenInWordsAndTheRestInFigures(n: Int, expected: String) {
        #expect(CardinalWords.prose(n) == expected)
    }

    @Test(arguments: [
        ("zero", 0), ("Five", 5), ("twenty-one", 21), ("twenty one", 21), ("one hundred and five", 105),
        ("One Hundred Five", 105), ("nine hundred", 900), ("1179384", 1179384), ("1,179,384", 1179384),
        ("0", 0), (" 42 ", 42), ("999", 999),
    ])
    func parseReadsWordsAndFigures(text: String, expected: Int) {
        #expect(CardinalWords.parse(text) == expected)
    }

    @Test(arguments: [
        "", "1,17,9384", "1,", ",100", "-5", "twenty-zero", "one thousand", "hundred", "and five",
        "first", "12a", "one hundred and zero", "zero hundred", "-five", "twenty-",
    ])
    func parseRejectsWhatIsNotACardinal(text: String) {
        #expect(CardinalWords.parse(text) == nil)
    }

    @Test func parseInvertsWordsFromZeroTo999() {
        for n in 0...999 {
            #expect(CardinalWords.parse(CardinalWords.words(n)) == n)
        }
    }
}
