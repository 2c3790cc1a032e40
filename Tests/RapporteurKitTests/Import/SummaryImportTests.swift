import Foundation
import Testing

@testable import RapporteurKit

@Suite struct SummaryImportTests {
    /// Each of our own fixtures (anonymous PBA, Board capitals, OEWG-H named) goes in,
    /// under the handle its body's numbering gives, and its record round-trips.
    @Test(arguments: [
        (SummaryParserFixtures.anonymous, "PBA-57"), (SummaryParserFixtures.capitals, "EB-2025-3"),
        (SummaryParserFixtures.named, "OEWG-H-1"),
    ])
    func anOwnFixtureImportsAndRoundTrips(fixture: String, expected: String) throws {
        let store = try referenceStore()
        let result = try store.importSummary(fixture, file: "fixture.txt")
        #expect(result.record.handle == expected)
        #expect(result.report.meetings.count == 1)
        let handle = result.record.handle
        let text = RecordFormatWriter.write([try store.exportRecord(handle)])
        let fresh = try referenceStore()
        try fresh.importRecords(RecordFormatReader.read(text, file: "f.record").records.map { ("f.record", $0) })
        #expect(RecordFormatWriter.write([try fresh.exportRecord(handle)]) == text)
    }

    @Test func aDryRunWritesNothingAndExplainsEveryParagraph() throws {
        let store = try referenceStore()
        let before = try store.rowCounts()
        let result = try store.importSummary(SummaryParserFixtures.anonymous, file: "fixture.txt", dryRun: true)
        #expect(try store.rowCounts() == before)
        #expect(try store.meetings().isEmpty)
        #expect(!result.summary.paragraphs.isEmpty)
        #expect(result.summary.paragraphs.allSatisfy { !$0.explanation.isEmpty })
    }

    @Test func withoutLinkingEveryAskStaysOpen() throws {
        let store = try referenceStore()
        let result = try store.importSummary(SummaryParserFixtures.anonymous, file: "fixture.txt", inferLinks: false)
        let asks = try store.interventions(meeting: result.record.handle).flatMap(\.asks)
        #expect(!asks.isEmpty)
        #expect(asks.allSatisfy { $0.status == .open })
    }

    /// 10,000 mutated summaries (cut short, random bytes, shuffled lines) never crash
    /// the parser; a sample goes through a dry-run import too. Four batches of 2,500,
    /// so that they run side by side: two of the PBA's summary, two of the Board's journal.
    @Test(arguments: 0..<4)
    func mutatedSummariesNeverCrash(batch: Int) throws {
        let text = batch < 2 ? SummaryParserFixtures.anonymous : BoardJournalFixtures.thirdDay
        var random = SeededRandom(seed: 56 + UInt64(batch))
        let store = try referenceStore()
        for round in 0..<2_500 {
            let mutated = Mutation.mutate(text, round: round, bytes: 6, using: &random)
            _ = SummaryParser.parse(mutated)
            if round % 100 == 0 {
                _ = try? store.importSummary(mutated, file: "fuzz.txt", dryRun: true)
            }
        }
        #expect(try store.meetings().isEmpty)
    }
}
