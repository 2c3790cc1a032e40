import Testing

@testable import RapporteurKit

/// Which layout a summary is in, found from how it starts, and forced.
@Suite struct SummaryLayoutTests {
    @Test(arguments: [BoardJournalFixtures.thirdDay, BoardJournalFixtures.openingDay])
    func aJournalIsFoundByItsFirstLines(text: String) {
        #expect(SummaryLayout.detect(text) == .boardJournal)
    }

    @Test(arguments: [SummaryParserFixtures.anonymous, SummaryParserFixtures.capitals, SummaryParserFixtures.named])
    func aPBASummaryIsFoundByItsHeading(text: String) {
        #expect(SummaryLayout.detect(text) == .pbaSummary)
    }

    @Test(.enabled(if: Seeds.available, "../shared/seeds is missing"))
    func theSeedSummaryIsThePBAs() throws {
        #expect(SummaryLayout.detect(try Seeds.text("004")) == .pbaSummary)
        #expect(SummaryLayout.detect(try Seeds.text("000")) == nil)
    }

    @Test(.enabled(if: Samples.available, "../shared/samples is missing"))
    func theSampleJournalsAreJournals() throws {
        for prefix in ["05", "12", "17"] {
            #expect(SummaryLayout.detect(try Samples.body(prefix)) == .boardJournal, "sample \(prefix)")
        }
        #expect(SummaryLayout.detect(try Samples.body("27")) == nil)
    }

    @Test func aTextOfNoKnownLayoutIsRefusedWithEachLayoutAndWhatItStartsWith() throws {
        let store = try referenceStore()
        let text = "Notes of the retreat\n\nThe Bureau met on a Friday.\n"
        let failure = #expect(throws: ImportFailure.self) { try store.importSummary(text, file: "notes.txt") }
        let error = try #require(failure?.diagnostics.first)
        #expect(failure?.diagnostics.count == 1)
        #expect((error.file, error.line, error.severity) == ("notes.txt", 1, .error))
        for layout in SummaryLayout.allCases {
            #expect(error.message.contains("\(layout.rawValue), which starts with \(layout.startsWith)"))
        }
        let dry = #expect(throws: ImportFailure.self) {
            try store.importSummary(text, file: "notes.txt", dryRun: true)
        }
        #expect(
            dry?.diagnostics.dropFirst().map(\.description) == [
                "notes.txt:1: note: read a heading: Notes of the retreat",
                "notes.txt:3: note: read a paragraph: The Bureau met on a Friday.",
            ])
    }

    @Test func aForcedLayoutReadsATextItWouldNotFind() {
        let text = """
            Agenda item 2: Surveys
            FRANCE urged UN-Habitat to publish the survey.
            """
        #expect(SummaryLayout.detect(text) == nil)
        let read = SummaryParser.parse(text, layout: .boardJournal)
        #expect(read.paragraphs.map(\.speakers) == [["France"]])
        #expect(read.paragraphs.first?.asks == ["UN-Habitat to publish the survey"])
        #expect(SummaryParser.parse(BoardJournalFixtures.thirdDay, layout: .pbaSummary).paragraphs.isEmpty)
    }

    @Test func theBlocksOfATextAreItsHeadingsParagraphsAndEntriesWithoutPageFurniture() {
        let text = """
            Agenda item 3 – Housing
            HSP/EB.2031/1
            The Board heard the note and the
            questions put to it.

            Interventions by Member States
            12. PERU asked two things:
            - the cost;
            Page 2 of 3
            """
        #expect(
            LayoutBlockReader.read(text) == [
                LayoutBlock(kind: .heading, text: "Agenda item 3 – Housing", line: 1),
                LayoutBlock(
                    kind: .paragraph(number: nil), text: "The Board heard the note and the questions put to it.",
                    line: 3),
                LayoutBlock(kind: .heading, text: "Interventions by Member States", line: 6),
                LayoutBlock(kind: .paragraph(number: 12), text: "PERU asked two things:", line: 7),
                LayoutBlock(kind: .listEntry(marker: nil), text: "the cost;", line: 8),
            ])
    }
}
