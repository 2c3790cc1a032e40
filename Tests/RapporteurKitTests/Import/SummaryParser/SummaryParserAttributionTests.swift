import Testing

@testable import RapporteurKit

@Suite struct SummaryParserAttributionTests {
    func paragraphs(_ text: String, number: Int) -> [ParsedParagraph] {
        SummaryParser.parse(text).paragraphs.filter { $0.number == number }
    }

    @Test func givesEachNewUnnamedStateAFreshLetter() {
        let summary = SummaryParser.parse(SummaryParserFixtures.anonymous)
        let speakers = summary.paragraphs.filter { $0.role == .intervention }.map {
            "\($0.number):\($0.speakers.joined())"
        }
        #expect(
            speakers == [
                "4:Member State A", "5:Member State B", "6:Member State B", "7:Member State C",
                "8:Member State D", "8:Member State E", "8:Member State F", "9:Member States",
            ])
        #expect(summary.paragraphs.allSatisfy { !$0.named })
    }

    @Test func splitsAParagraphWithSeveralSpeakers() {
        let parts = paragraphs(SummaryParserFixtures.anonymous, number: 8)
        #expect(parts.map(\.kind) == ["question", "appreciation", "comment"])
        #expect(parts[0].predicate == "inquired about the cost of interpretation, regarding the budget")
        #expect(parts[1].predicate == "welcomed the progress made, regarding the budget")
        #expect(parts[2].predicate == "highlighted the role of local governments")
        #expect(parts[2].text == "A Member State highlighted the role of local governments.")
        #expect(parts.allSatisfy { $0.resolutions == ["2/7"] && $0.line == parts[0].line })
        #expect(parts[1].explanation.contains("part 2 of 3 of paragraph 8"))
    }

    @Test func readsTheChairAndTheSecretariatBeforeTheDiscussion() {
        let summary = SummaryParser.parse(SummaryParserFixtures.anonymous)
        let chair = summary.paragraphs[1]
        #expect(chair.role == .chairStatement)
        #expect(chair.speakers == ["Chair"])
        #expect(chair.kind == "statement")
        let briefing = summary.paragraphs[2]
        #expect(briefing.role == .secretariatStatement)
        #expect(briefing.speakers == ["Secretariat"])
        #expect(briefing.predicate == "presented an overview of progress on the resolutions")
    }

    @Test func readsNamesInCapitals() {
        let summary = SummaryParser.parse(SummaryParserFixtures.capitals)
        let byNumber = Dictionary(grouping: summary.paragraphs, by: \.number).mapValues { $0[0] }
        #expect(byNumber[2]?.speakers == ["Brazil"])
        #expect(byNumber[2]?.named == true)
        #expect(byNumber[2]?.kind == "question")
        #expect(
            byNumber[2]?.predicate
                == "commended the improved liquidity position and asked when the arrears would be cleared")
        #expect(byNumber[3]?.speakers == ["United Republic of Tanzania"])
        #expect(byNumber[3]?.kind == "comment")
        #expect(byNumber[4]?.speakers == ["African Group"])
        #expect(byNumber[4]?.kind == "request")
        #expect(byNumber[5]?.speakers == ["European Union"])
        #expect(byNumber[5]?.kind == "appreciation")
        #expect(byNumber[6]?.speakers == ["Group of 77 and China"])
        #expect(byNumber[7]?.speakers == ["entity: UNICEF"])
        #expect(byNumber[7]?.kind == "announcement")
        #expect(byNumber[8]?.role == .response)
        #expect(summary.diagnostics.isEmpty)
    }

    @Test func readsNamedDelegations() {
        let summary = SummaryParser.parse(SummaryParserFixtures.named)
        let interventions = summary.paragraphs.filter { $0.role == .intervention }
        #expect(
            interventions.map(\.speakers) == [
                ["Kenya"], ["Germany"], ["Chile", "Peru"], ["United Republic of Tanzania"], ["Germany"],
            ])
        #expect(interventions.allSatisfy { $0.named })
        #expect(interventions.map(\.kind) == ["comment", "pledge", "request", "question", "comment"])
        #expect(interventions[4].predicate == "further highlighted the need for gender-responsive housing policies")
        #expect(summary.paragraphs.last?.role == .adjournment)
    }

    @Test func keepsTheSameStateForTheMemberStateFurther() {
        let text = SummaryParserFixtures.anonymous.replacingOccurrences(
            of: "6. The Member State further requested a timeline for the next edition.",
            with:
                "6. A Member State welcomed the toolkit. The Member State further requested a timeline for the next edition."
        )
        let parts = paragraphs(text, number: 6)
        #expect(parts.count == 1)
        #expect(parts[0].speakers == ["Member State C"])
        #expect(parts[0].kind == "request")
        #expect(parts[0].predicate == "welcomed the toolkit, and further requested a timeline for the next edition")
    }

    @Test func lettersRunOnPastZ() {
        #expect(SummaryStateLetters.letters(1) == "A")
        #expect(SummaryStateLetters.letters(26) == "Z")
        #expect(SummaryStateLetters.letters(27) == "AA")
        #expect(SummaryStateLetters.letters(28) == "AB")
        #expect(SummaryStateLetters.letters(52) == "AZ")
        #expect(SummaryStateLetters.letters(53) == "BA")
    }
}
