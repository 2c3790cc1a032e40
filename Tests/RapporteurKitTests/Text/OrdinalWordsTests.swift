import Testing

@testable import RapporteurKit

struct OrdinalWordsTests {
    @Test(arguments: [
        (1, "first"), (2, "second"), (3, "third"), (5, "fifth"), (8, "eighth"), (9, "ninth"),
        (12, "twelfth"), (19, "nineteenth"), (20, "twentieth"), (21, "twenty-first"),
        (40, "fortieth"), (56, "fifty-sixth"), (99, "ninety-ninth"), (100, "one hundredth"),
        (101, "one hundred and first"), (156, "one hundred and fifty-sixth"),
        (199, "one hundred and ninety-ninth"), (200, "two hundredth"),
        (312, "three hundred and twelfth"), (999, "nine hundred and ninety-ninth"),
        // The thousandth PBA meeting comes after some forty years of meetings.
        (1000, "one thousandth"), (1001, "one thousand and first"), (1099, "one thousand and ninety-ninth"),
        (1156, "one thousand one hundred and fifty-sixth"), (21_000, "twenty-one thousandth"),
        (999_999, "nine hundred and ninety-nine thousand nine hundred and ninety-ninth"),
        (1_000_000, "1000000th"), (0, "0th"),
    ])
    func wordsSpellsOrdinalsWithHyphenAndAnd(n: Int, expected: String) {
        #expect(OrdinalWords.words(n) == expected)
    }

    @Test(arguments: [
        (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
        (21, "21st"), (22, "22nd"), (23, "23rd"), (56, "56th"), (100, "100th"), (101, "101st"),
        (111, "111th"), (112, "112th"), (113, "113th"), (122, "122nd"), (1013, "1013th"),
    ])
    func figuresUsesThForElevenToThirteen(n: Int, expected: String) {
        #expect(OrdinalWords.figures(n) == expected)
    }

    @Test(arguments: [
        ("fifty-sixth", "Fifty-sixth"), ("first", "First"),
        ("one hundred and first", "One hundred and first"), ("", ""),
    ])
    func capitalizedUppercasesOnlyTheFirstLetter(input: String, expected: String) {
        #expect(OrdinalWords.capitalized(input) == expected)
    }

    @Test(arguments: [
        ("Fifty-Sixth", 56), ("fifty sixth", 56), ("FIFTY-SIXTH", 56), ("  twelfth ", 12),
        ("one hundred first", 101), ("one hundred and first", 101), ("One Hundredth", 100),
        ("two hundred and ninety-ninth", 299), ("56th", 56), ("56TH", 56), ("1st", 1), ("112th", 112),
        ("one thousandth", 1000), ("one thousand and first", 1001), ("one thousand first", 1001),
        ("one thousand one hundred and fifty-sixth", 1156), ("twenty-one thousandth", 21_000),
    ])
    func parseReadsWordsAndFigures(text: String, expected: Int) {
        #expect(OrdinalWords.parse(text) == expected)
    }

    @Test(arguments: [
        "", "fifty", "sixth fifty", "56rd", "thousandth", "one thousand", "one thousand thousandth",
        "one thousandth first", "11st", "0th", "56", "and first", "one hundred and",
        "hundredth", "ten hundredth", "twenty-tenth", "fifty-sixth session", "first-first", "-first", "fifty--sixth",
    ])
    func parseRejectsWhatIsNotAnOrdinal(text: String) {
        #expect(OrdinalWords.parse(text) == nil)
    }

    @Test func parseInvertsWordsAndFiguresFromOneTo999() {
        for n in 1...999 {
            #expect(OrdinalWords.parse(OrdinalWords.words(n)) == n)
            #expect(OrdinalWords.parse(OrdinalWords.capitalized(OrdinalWords.words(n))) == n)
            #expect(OrdinalWords.parse(OrdinalWords.figures(n)) == n)
        }
    }
}
