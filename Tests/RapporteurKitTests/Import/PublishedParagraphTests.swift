import Foundation
import Testing

@testable import RapporteurKit

/// Seed 004 imported keeps its paragraphs as printed: one summary paragraph each in
/// the style it was written in, written from the record once an officer edits it, and
/// never shown in another style.
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedPublishedParagraphTests {
    private func imported() throws -> AppStore {
        let store = try referenceStore()
        try planBoardSession2024(in: store)
        try store.importSummary(try Seeds.text("004"), file: "004.txt")
        return store
    }

    private func paragraphs(_ store: AppStore, style: AttributionStyle) throws -> [SummaryBlock.Paragraph] {
        SummaryDocument(try store.recordSource(of: "PBA-56"), style: style).sections
            .flatMap { $0.blocks.compactMap(\.paragraph) }
    }

    /// The seed's own paragraphs, normalised, by number.
    private func source() throws -> [Int: String] {
        Dictionary(uniqueKeysWithValues: try SeedParagraphs.read(try Seeds.text("004")).map { ($0.number, $0.text) })
    }

    @Test func theRecordKeepsEveryParagraphAsPrinted() throws {
        let record = try imported().exportRecord("PBA-56")
        #expect(record.publishedStyle == .anonymous)
        #expect(record.publishedParagraphs.map(\.number) == Array(1...73))
        #expect(record.publishedParagraphs.allSatisfy { !$0.edited })
        // Paragraph 43 reports three speakers, drawn into three interventions; it is one paragraph.
        let paragraph43 = record.publishedParagraphs.first { $0.number == 43 }
        #expect(paragraph43?.text.hasPrefix("Regarding the regional consultations") == true)
        #expect(paragraph43?.text.contains("One Member State encouraged all countries") == true)
        let drawn = record.entries.filter {
            if case .intervention(let intervention) = $0 { return intervention.sourceParagraph == 43 }
            return false
        }
        #expect(drawn.count >= 2)
        // The opening keeps its agenda as list lines; the adjournment is printed bold, kept without the marks.
        let opening = try #require(record.publishedParagraphs.first)
        #expect(opening.text.split(separator: "\n").count == 7)
        #expect(opening.text.contains("\n- a. the progress in the development of the international guidelines"))
        #expect(record.publishedParagraphs.last?.text.hasPrefix("The fifty-sixth meeting") == true)
        #expect(record.publishedParagraphs.last?.item == "3")
    }

    @Test func anEditedInterventionWritesItsParagraphFromTheRecord() throws {
        let store = try imported()
        let source = try source()
        let drawn = try #require(try store.interventions(meeting: "PBA-56").first { $0.sourceParagraph == 6 })
        try store.editIntervention(
            drawn.id, change: InterventionChange(text: "asked that updates list the obstacles met"))
        let written = try paragraphs(store, style: .anonymous)
        #expect(written.map(\.number) == Array(1...73))
        let sixth = try #require(written.first { $0.number == 6 })
        #expect(sixth.text == "A Member State asked that updates list the obstacles met.")
        #expect(SeedParagraphs.normalised(sixth.text) != source[6])
        // The paragraphs around it are still as published.
        for number in [5, 7] {
            let paragraph = try #require(written.first { $0.number == number })
            #expect(SeedParagraphs.normalised(paragraph.text) == source[number])
        }
        // The mark is part of the record: exported, and restored on import.
        let text = RecordFormatWriter.write([try store.exportRecord("PBA-56")])
        #expect(text.contains("paragraph 6\n  item: 2\n  edited: yes\n"))
        let fresh = try referenceStore()
        try planBoardSession2024(in: fresh)
        try fresh.importRecords(RecordFormatReader.read(text, file: "004.record").records.map { ("004.record", $0) })
        #expect(RecordFormatWriter.write([try fresh.exportRecord("PBA-56")]) == text)
        #expect(try paragraphs(fresh, style: .anonymous) == written)
    }

    @Test func anEditedResponseMarksItsParagraphAndARemovedOneDropsIt() throws {
        let store = try imported()
        let responses = try store.responses(meeting: "PBA-56")
        let edited = try #require(responses.first { $0.sourceParagraph == 30 })
        try store.editResponse(
            edited.id, change: ResponseChange(text: "confirmed that tools for the monitoring had been built"))
        let removed = try #require(responses.first { $0.sourceParagraph == 68 })
        try store.removeResponse(removed.id)
        let written = try paragraphs(store, style: .anonymous)
        #expect(
            written.first { $0.number == 30 }?.text
                == "The Secretariat confirmed that tools for the monitoring had been built.")
        #expect(!written.contains { $0.number == 68 })
        #expect(written.count == 72)
    }

    /// In the named style the record says it all: the seed's wording is anonymous, and
    /// a summary that names speakers is written from the record as before.
    @Test func theNamedStyleDoesNotPrintTheAnonymousWording() throws {
        let store = try imported()
        let written = try paragraphs(store, style: .named)
        #expect(written.map(\.number) == Array(1...written.count))
        #expect(written.count != 73)
        let texts = Set(written.map { SeedParagraphs.normalised($0.text) })
        let source = try source()
        // Paragraph 43's three speakers and paragraph 36's opening phrase are the record's own in this style.
        for number in [36, 43] { #expect(!texts.contains(source[number]!), "paragraph \(number)") }
        #expect(!written.contains { $0.text.contains("one Member State requested the Secretariat to resend") })
    }
}

/// Our own fixtures in the capitals and named styles: their wording is shown in their
/// own style only, so that an anonymous summary of them names no one.
@Suite struct PublishedStyleTests {
    private func written(_ fixture: String, style: AttributionStyle) throws -> (RecordFile, [SummaryBlock.Paragraph]) {
        let store = try referenceStore()
        let result = try store.importSummary(fixture, file: "fixture.txt")
        let handle = result.record.handle
        let paragraphs = SummaryDocument(try store.recordSource(of: handle), style: style).sections
            .flatMap { $0.blocks.compactMap(\.paragraph) }
        return (try store.exportRecord(handle), paragraphs)
    }

    @Test func eachFixtureIsReadInItsOwnStyle() throws {
        #expect(try written(SummaryParserFixtures.anonymous, style: .anonymous).0.publishedStyle == .anonymous)
        #expect(try written(SummaryParserFixtures.capitals, style: .capitals).0.publishedStyle == .capitals)
        #expect(try written(SummaryParserFixtures.named, style: .named).0.publishedStyle == .named)
    }

    @Test func theNamedFixtureInItsOwnStyleIsAsPublished() throws {
        let (_, paragraphs) = try written(SummaryParserFixtures.named, style: .named)
        #expect(paragraphs.map(\.number) == Array(1...7))
        #expect(
            paragraphs.first { $0.number == 4 }?.text
                == "The delegates from Chile and Peru requested that the secretariat compile national practices on rental housing."
        )
    }

    @Test(arguments: [SummaryParserFixtures.named, SummaryParserFixtures.capitals])
    func anAnonymousSummaryOfANamedSourceNamesNoState(fixture: String) throws {
        let (_, paragraphs) = try written(fixture, style: .anonymous)
        let text = paragraphs.map(\.text).joined(separator: "\n")
        for state in ["Kenya", "Germany", "Chile", "Peru", "Tanzania", "BRAZIL", "Brazil", "TANZANIA"] {
            #expect(!text.contains(state), "\(state) in \(text)")
        }
        #expect(text.contains("A Member State") || text.contains("Member States"))
    }

    @Test func theStyleIsToldFromHowStatesAreNamed() {
        func paragraph(_ speakers: [String], named: Bool, text: String) -> ParsedParagraph {
            ParsedParagraph(number: 1, line: 1, text: text, role: .intervention, speakers: speakers, named: named)
        }
        let convenor = paragraph(["France"], named: true, text: "The delegate from France informed that …")
        let unnamed = paragraph(["Member State A"], named: false, text: "A Member State asked …")
        #expect(PublishedStyleReading.style(of: [convenor, unnamed]) == .anonymous)
        #expect(PublishedStyleReading.style(of: [convenor]) == .named)
        #expect(
            PublishedStyleReading.style(of: [paragraph(["Brazil"], named: true, text: "BRAZIL commended …")])
                == .capitals)
        #expect(
            PublishedStyleReading.style(of: [paragraph(["Member States"], named: false, text: "Member States …")])
                == .anonymous)
        #expect(PublishedStyleReading.style(of: []) == nil)
    }
}

/// Our own anonymous fixture: its paragraphs kept as printed, and written back one a
/// paragraph under their own numbers.
@Suite struct PublishedParagraphFixtureTests {
    @Test func aParagraphOfThreeSpeakersIsKeptWholeAndWrittenOnce() throws {
        let store = try referenceStore()
        let result = try store.importSummary(SummaryParserFixtures.anonymous, file: "fixture.txt")
        let record = try store.exportRecord(result.record.handle)
        #expect(record.publishedParagraphs.map(\.number) == Array(1...14))
        let eighth = record.publishedParagraphs.first { $0.number == 8 }
        #expect(
            eighth?.text
                == "Regarding the budget, one Member State inquired about the cost of interpretation, another Member State welcomed the progress made. A Member State highlighted the role of local governments."
        )
        #expect(
            record.publishedParagraphs.first?.text == """
                The fifty-seventh meeting of the ad hoc working group was called to order at 14:40 EAT. The working group adopted the provisional agenda without amendment as follows:
                - Adoption of the provisional agenda.
                - Follow-up on resolutions of the UN-Habitat Assembly:
                - a. the road safety toolkit in line with resolution 1/2.
                - b. the housing working group in line with resolution 2/7 and decision 2024/3 of the Executive Board.
                - Other matters.
                """)
        let drawn = try store.interventions(meeting: result.record.handle).filter { $0.sourceParagraph == 8 }
        #expect(drawn.count == 3)

        let written = SummaryDocument(try store.recordSource(of: result.record.handle), style: .anonymous)
        let paragraphs = written.sections.flatMap { $0.blocks.compactMap(\.paragraph) }
        #expect(paragraphs.map(\.number) == Array(1...14))
        #expect(paragraphs.first { $0.number == 8 }?.text == eighth?.text)
        #expect(paragraphs.first?.list.map(\.marker) == ["-", "-", "a.", "b.", "-"])
        #expect(paragraphs.first?.list[2].text == "the road safety toolkit in line with resolution 1/2.")
        // The fixture's sub-headings come back in its order, from what its records concern.
        let subheadings = written.sections.flatMap { $0.blocks.compactMap(\.subheading) }
            .map { $0.prefix(14) }
        #expect(
            subheadings == ["Resolution 1/2", "Resolution 2/7", "Resolution 2/5", "Resolution 1/2", "Resolution 2/7"])
    }
}
