import Foundation
import Testing

@testable import RapporteurKit

/// A paragraph is read in time proportional to its length: a very long one (a document
/// whose line breaks were lost, or a pasted table) takes seconds, not hours.
@Suite struct SummaryParserLengthTests {
    private func summary(paragraph: String) -> String {
        SummaryParserFixtures.anonymous.replacingOccurrences(
            of: "4. A Member State thanked the Secretariat for the overview.", with: "4. " + paragraph)
    }

    func seconds(_ body: () -> Void) -> Double {
        let duration = ContinuousClock().measure(body)
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Each comma may start another speaker's clause; the text after it was copied and
    /// read to its end at every comma.
    @Test func aSentenceWithTwentyThousandCommasIsReadInSeconds() {
        let paragraph = "A Member State noted" + String(repeating: ", the figures of the year", count: 20_000) + "."
        var parsed: ParsedSummary?
        let elapsed = seconds { parsed = SummaryParser.parse(summary(paragraph: paragraph)) }
        #expect(elapsed < 20, "\(elapsed) s")
        #expect(parsed?.paragraphs.contains { $0.number == 4 } == true)
    }

    /// A passive undertaking ("a draft would be shared") was looked for from every word
    /// up to the next full stop, however far.
    @Test func aResponseWithNoFullStopIsReadInSeconds() {
        let paragraph =
            "The Secretariat explained that" + String(repeating: " the draft of the guidelines and", count: 5_000)
            + " the annex would be shared"
        var parsed: ParsedSummary?
        let elapsed = seconds { parsed = SummaryParser.parse(summary(paragraph: paragraph)) }
        #expect(elapsed < 20, "\(elapsed) s")
        #expect(parsed?.paragraphs.contains { $0.number == 4 } == true)
    }
}

extension SummaryParserLengthTests {
    /// A contribution's figure was looked for from every digit of a long run of digits.
    @Test func aContributionWithALongRunOfDigitsIsReadInSeconds() {
        let paragraph =
            "A Member State pledged a contribution of " + String(repeating: "1", count: 20_000) + " and more."
        let elapsed = seconds { _ = SummaryPledgeReader.read(paragraph) }
        #expect(elapsed < 5, "\(elapsed) s")
        #expect(SummaryPledgeReader.read("It pledged a contribution of 300,000 Euros.")?.amount == "300000")
    }
}
