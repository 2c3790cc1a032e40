import Testing

@testable import RapporteurKit

@Suite struct SummaryParserKindTests {
    let summary = SummaryParser.parse(SummaryParserFixtures.anonymous)

    func paragraph(_ number: Int) -> ParsedParagraph {
        summary.paragraphs.first { $0.number == number }!
    }

    @Test func readsKindsFromVerbs() {
        #expect(paragraph(4).kind == "appreciation")
        #expect(paragraph(5).kind == "question")
        #expect(paragraph(6).kind == "request")
        #expect(paragraph(9).kind == "comment")
        #expect(paragraph(9).speakers == ["Member States"])
    }

    @Test func theAskWinsOverAComment() {
        let noted = paragraph(7)
        #expect(noted.kind == "request")
        #expect(
            noted.asks == [
                "noted the importance of early documentation and requested that documents be issued six weeks ahead of the session"
            ])
        #expect(noted.explanation.contains("the ask wins over 'noted'"))
    }

    @Test func splitsTwoThingsAskedWithOneVerb() {
        #expect(
            paragraph(5).asks == [
                "whether the toolkit had been translated into French", "whether regional workshops were planned",
            ])
        #expect(
            paragraph(5).explanation
                == "intervention: subject 'A Member State' → unnamed State B; verb 'asked' → question; 2 asks; under Resolution 1/2; item 2"
        )
    }

    @Test func aSingleAskIsThePredicate() {
        #expect(paragraph(6).asks == ["further requested a timeline for the next edition"])
        #expect(paragraph(6).explanation.contains("same unnamed State B"))
    }

    @Test func splitsAsksAcrossVerbsAndClauses() {
        #expect(
            SummaryAskReader.read(
                "inquired if the venue was fixed, if interpretation was funded, as well as if the dates were final.")?
                .asks
                == ["if the venue was fixed", "if interpretation was funded", "if the dates were final"])
        #expect(
            SummaryAskReader.read(
                "requested a timeline and inquired how cities would be chosen, noting the short deadline.")?.asks
                == ["a timeline", "how cities would be chosen"])
        #expect(
            SummaryAskReader.read("inquired whether the tool was free or whether a licence was needed.")?.asks
                == ["whether the tool was free or whether a licence was needed"])
        #expect(
            SummaryAskReader.read("inquired about the cost and underlined the need for savings.")?.asks == [
                "about the cost"
            ])
        #expect(SummaryAskReader.read("noted that staff were asked to report monthly.") == nil)
        #expect(SummaryAskReader.read("called for more information on the reserves.")?.kind == "request")
    }

    @Test func readsPledges() {
        let germany = SummaryParser.parse(SummaryParserFixtures.named).paragraphs.first { $0.number == 3 }!
        #expect(germany.kind == "pledge")
        #expect(germany.pledgeAmount == "150000")
        #expect(germany.pledgeCurrency == "EUR")
        #expect(
            SummaryPledgeReader.read("pledged US$ 1.5 million to the Foundation")
                == .init(amount: "1500000", currency: "USD", written: "US$ 1.5 million"))
        #expect(SummaryPledgeReader.read("a contribution of more than 300,000 Euros")?.amount == "300000")
        #expect(SummaryPledgeReader.read("a contribution of more than 300,000 Euros")?.currency == "EUR")
        #expect(SummaryPledgeReader.read("announced funding of 20,000 dollars")?.currency == "USD")
        #expect(SummaryPledgeReader.read("a grant of €75,000")?.amount == "75000")
        #expect(SummaryPledgeReader.read("noted that 300 cities took part") == nil)
    }

    @Test func readsClockTimesInProse() {
        #expect(
            SummaryClockReader.time(after: ["called to order at"], in: "was called to order at 10:05 EAT")
                == ClockTime(hour: 10, minute: 5))
        #expect(
            SummaryClockReader.time(after: ["adjourned at"], in: "was adjourned at 1.35 p.m.")
                == ClockTime(hour: 13, minute: 35))
        #expect(
            SummaryClockReader.time(after: ["adjourned at"], in: "was adjourned at 12 noon")
                == ClockTime(hour: 12, minute: 0))
        #expect(
            SummaryClockReader.time(after: ["adjourned at"], in: "was adjourned at 13:05 hrs.")
                == ClockTime(hour: 13, minute: 5))
    }

    @Test func splitsSentencesButNotAbbreviations() {
        #expect(
            SummarySentenceSplitter.split(
                "H.E. Dr. Ruiz opened it. The Chair noted it at 13:05 hrs. East Africa Time. It ended.")
                == ["H.E. Dr. Ruiz opened it.", "The Chair noted it at 13:05 hrs. East Africa Time.", "It ended."])
    }
}
