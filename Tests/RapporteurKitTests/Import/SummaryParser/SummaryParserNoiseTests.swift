import Testing

@testable import RapporteurKit

/// The noisy fixture has CRLF line ends, a document symbol and "Page 2 of 3" in the middle
/// of a paragraph, the title repeated as a running header, markdown links, "•" and "(a)"
/// bullets, runs of blank lines, curly quotes, non-breaking spaces, bold markers, a
/// paragraph broken across a blank line and a "- 3 -" page number.
@Suite struct SummaryParserNoiseTests {
    let summary = SummaryParser.parse(SummaryParserFixtures.noisy)

    @Test func findsEveryParagraphAndNoProblem() {
        #expect(summary.paragraphs.map(\.number) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(summary.diagnostics.isEmpty)
        #expect(summary.body == "PBA")
        #expect(summary.date == CalendarDate(year: 2025, month: 2, day: 4))
    }

    @Test func readsBulletsAsTheAgenda() {
        #expect(summary.agenda.map(\.label) == ["1", "2", "2(a)", "3"])
        #expect(summary.agenda[2].title == "the mid-term review in line with resolution 2/1")
        #expect(summary.agenda[2].resolutions == ["2/1"])
    }

    @Test func dropsMarkdownLinksAndBoldMarkers() {
        #expect(
            summary.paragraphs[1].text == "The Secretariat presented the mid-term review. The slides can be found here."
        )
        #expect(summary.paragraphs[7].text == "The meeting was adjourned at 12:25 hrs.")
        #expect(summary.paragraphs[7].role == .adjournment)
        #expect(summary.adjournedAt == ClockTime(hour: 12, minute: 25))
    }

    @Test func keepsCurlyQuotesAndReadsThroughNonBreakingSpaces() {
        let paragraph = summary.paragraphs[2]
        #expect(paragraph.text.contains("“people-first”"))
        #expect(paragraph.text.hasPrefix("A Member State welcomed"))
        #expect(paragraph.speakers == ["Member State A"])
        #expect(paragraph.kind == "question")
    }

    @Test func joinsAParagraphAcrossPageFurniture() {
        let paragraph = summary.paragraphs[3]
        #expect(paragraph.text.hasSuffix("and that a short note be shared before the next session."))
        #expect(!paragraph.text.contains("Page"))
        #expect(!paragraph.text.contains("HSP/EB"))
        #expect(paragraph.kind == "request")
    }

    @Test func joinsAParagraphAcrossABlankLine() {
        let paragraph = summary.paragraphs[4]
        #expect(
            paragraph.text
                == "A Member State noted that regional offices needed more staff to deliver the review, and inquired whether vacancies would be filled this year."
        )
        #expect(paragraph.line == 34)
        #expect(paragraph.kind == "question")
        #expect(paragraph.speakers == ["Member State C"])
    }

    @Test func readsTheResponseAfterTheNoise() {
        let response = summary.paragraphs[5]
        #expect(response.role == .response)
        #expect(
            response.commitments == [
                ParsedCommitment(
                    text: "share a note on the indicators with Member States",
                    due: .date(CalendarDate(year: 2025, month: 2, day: 28)!))
            ])
    }

    @Test func cleansOneLine() {
        #expect(
            SummaryLineCleaner.clean("  **Resolution [2/1](#)**\u{00A0}-\u{200B} Smart\tcities ")
                == "Resolution 2/1 - Smart cities")
        #expect(SummaryLineCleaner.isPageFurniture("HSP/EB.2024/xx"))
        #expect(SummaryLineCleaner.isPageFurniture("Page 3 of 7"))
        #expect(SummaryLineCleaner.isPageFurniture("12"))
        #expect(!SummaryLineCleaner.isPageFurniture("12. A Member State inquired."))
    }

    @Test func classifiesBulletShapes() {
        #expect(
            SummaryLineClassifier.classify("- Adoption of the agenda.")
                == .bullet(marker: nil, text: "Adoption of the agenda."))
        #expect(SummaryLineClassifier.classify("• Other matters.") == .bullet(marker: nil, text: "Other matters."))
        #expect(SummaryLineClassifier.classify("a. the toolkit") == .bullet(marker: "a", text: "the toolkit"))
        #expect(SummaryLineClassifier.classify("(b) the platform") == .bullet(marker: "b", text: "the platform"))
        #expect(SummaryLineClassifier.classify("- c. the initiative") == .bullet(marker: "c", text: "the initiative"))
        #expect(SummaryLineClassifier.classify("-based approaches to housing") == .text("-based approaches to housing"))
        #expect(SummaryLineClassifier.classify("i.e. the one adopted in 2023") == .text("i.e. the one adopted in 2023"))
    }

    @Test func classifiesHeadings() {
        #expect(
            SummaryLineClassifier.classify("Resolution 1/2 - UN System-Wide Guidelines")
                == .resolutionHeading(keys: ["1/2"], title: "UN System-Wide Guidelines"))
        #expect(
            SummaryLineClassifier.classify("Resolution 2/5: Climate")
                == .resolutionHeading(keys: ["2/5"], title: "Climate"))
        #expect(
            SummaryLineClassifier.classify("Resolution 2/1- Smart cities")
                == .resolutionHeading(keys: ["2/1"], title: "Smart cities"))
        #expect(SummaryLineClassifier.classify("On resolution 2/7") == .resolutionHeading(keys: ["2/7"], title: ""))
        #expect(
            SummaryLineClassifier.classify("Resolution 2/7 of the Assembly was recalled.")
                == .text("Resolution 2/7 of the Assembly was recalled."))
        #expect(
            SummaryLineClassifier.classify("Agenda item 2(b) – Housing.")
                == .itemHeading(label: "2(b)", title: "Housing"))
        #expect(
            SummaryLineClassifier.classify("item 4 of the provisional agenda.")
                == .text("item 4 of the provisional agenda."))
        #expect(
            SummaryLineClassifier.classify(
                "In light of the views expressed by Member States, the Secretariat responded as follows:")
                == .leadIn(.response))
        #expect(
            SummaryLineClassifier.classify("including in depth discussions on:")
                == .text("including in depth discussions on:"))
    }
}

/// Item and paragraph numbers are ASCII figures: `\d` would also take "٣" or "３".
@Suite struct SummaryParserDigitTests {
    @Test(arguments: ["Agenda item ٣ – Other matters.", "Agenda item ３ – Other matters.", "Resolution ٢/٧ - Housing"])
    func headingsInOtherDigitsAreText(line: String) {
        #expect(SummaryLineClassifier.classify(line) == .text(line))
    }
}
