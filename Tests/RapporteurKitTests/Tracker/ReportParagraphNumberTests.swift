import Testing

@testable import RapporteurKit

/// Paragraph numbers in a report are ASCII figures of a size a report can have;
/// anything else is text, and no number may stop the reading.
@Suite struct ReportParagraphNumberTests {
    @Test func aNumberBeyondAnyIntegerIsReadAsTextWithAWarning() {
        let text = """
            A. Resolution 2/7
            1. The working group met twice.
            18446744073709551616. Its report is due.
            2. Funding remains limited.
            """
        let result = ReportParser.parse(text, file: "r.txt")
        #expect(result.paragraphs.map(\.number) == [1, 2])
        #expect(result.paragraphs[0].text == "The working group met twice. 18446744073709551616. Its report is due.")
        #expect(
            result.diagnostics.map(\.description) == [
                "r.txt:3: warning: '18446744073709551616.' is not a paragraph number (a report numbers its paragraphs "
                    + "1 to 9999), so the line is read as running text"
            ])
    }

    @Test func theLargestIntegerFollowedByAnotherParagraphIsReadWithoutOverflow() {
        let text = """
            A. Resolution 2/7
            9223372036854775807. The working group met twice.
            2. Funding remains limited.
            """
        let result = ReportParser.parse(text, file: "r.txt")
        #expect(result.paragraphs.map(\.number) == [2])
        #expect(result.diagnostics.map(\.line) == [2])
    }

    /// `\d` in a pattern matches any script's digits; paragraph and resolution numbers
    /// are ASCII, so these lines are no paragraphs and no heading.
    @Test(arguments: ["١. Arabic-Indic digits.", "¹. A superscript one.", "１. A full-width one.", "۳. Persian digits."])
    func digitsOfOtherScriptsNumberNoParagraph(line: String) {
        let result = ReportParser.parse("A. Resolution 2/7\n1. First.\n" + line, file: "r.txt")
        #expect(result.paragraphs.map(\.number) == [1])
        #expect(result.paragraphs[0].text == "First. " + line)
    }

    @Test func aHeadingInOtherDigitsNamesNoResolution() {
        let result = ReportParser.parse("I. Introduction\nA. Resolution ٢/٧\n1. First.", file: "r.txt")
        #expect(result.paragraphs.map(\.resolution) == [nil])
    }

    @Test func importingAReportWithSuchNumbersDoesNotStop() throws {
        let store = try referenceStore()
        let text = "A. Resolution 2/7\n9223372036854775807. Met.\n2. Funded.\n١٢. Arabic.\n18446744073709551616. Big."
        let result = try store.importReport(text, file: "r.txt", asOf: try CalendarDate.parse("2025-03-01"))
        #expect(result.updates == 1)
        #expect(try store.implementationUpdates(of: "2/7").map(\.paragraph) == [2])
    }
}
