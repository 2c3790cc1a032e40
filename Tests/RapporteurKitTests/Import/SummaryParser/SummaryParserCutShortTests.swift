import Testing

@testable import RapporteurKit

/// An excerpt that stops in the middle of its last paragraph is read up to the last
/// whole paragraph, and the warning says where it stopped.
@Suite struct SummaryParserCutShortTests {
    private let whole = SummaryParserFixtures.anonymous

    @Test func aLastParagraphCutMidSentenceIsLeftOutWithAWarning() throws {
        let end = try #require(whole.range(of: "13. No other business was raised."))
        let cut = String(whole[..<end.lowerBound]) + "13. No other business"
        let parsed = SummaryParser.parse(cut)
        #expect(parsed.paragraphs.last?.number == 12)
        let line = cut.split(separator: "\n", omittingEmptySubsequences: false).count
        let warning = try #require(parsed.diagnostics.first { $0.message.contains("stops short") })
        #expect(warning.line == line)
        #expect(warning.severity == .warning)
        #expect(
            warning.message
                == "the text stops short in paragraph 13, which ends mid-sentence; it is left out and the record holds the paragraphs before it"
        )
    }

    @Test func aWholeTextLosesNothing() {
        let parsed = SummaryParser.parse(whole)
        #expect(parsed.paragraphs.last?.number == 14)
        #expect(!parsed.diagnostics.contains { $0.message.contains("stops short") })
    }

    @Test func aLastParagraphEndingInAListEntryIsWhole() {
        let listed = whole.replacingOccurrences(
            of: "14. The meeting was adjourned at 16:55 hrs.",
            with: "14. The meeting agreed on the following:\n    a. a second reading in March")
        let parsed = SummaryParser.parse(listed)
        #expect(parsed.paragraphs.last?.number == 14)
    }
}
