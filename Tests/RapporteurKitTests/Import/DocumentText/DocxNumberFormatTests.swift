import Testing

@testable import RapporteurKit

/// How Word writes the counter of a numbered level.
struct DocxNumberFormatTests {
    @Test func lettersGoOnAsWordDoublesThem() {
        #expect(DocxNumberFormat.write(1, as: "lowerLetter") == "a")
        #expect(DocxNumberFormat.write(26, as: "lowerLetter") == "z")
        #expect(DocxNumberFormat.write(27, as: "upperLetter") == "AA")
        #expect(DocxNumberFormat.write(54, as: "lowerLetter") == "bbb")
    }

    @Test func romanNumeralsSubtract() {
        #expect(DocxNumberFormat.write(4, as: "lowerRoman") == "iv")
        #expect(DocxNumberFormat.write(9, as: "upperRoman") == "IX")
        #expect(DocxNumberFormat.write(1994, as: "upperRoman") == "MCMXCIV")
    }

    @Test func decimalAndFormatsWrittenAsDecimal() {
        #expect(DocxNumberFormat.write(12, as: "decimal") == "12")
        #expect(DocxNumberFormat.write(7, as: "decimalZero") == "07")
        #expect(DocxNumberFormat.write(3, as: "ordinal") == "3")
        #expect(DocxNumberFormat.write(3, as: "none") == "")
    }
}
