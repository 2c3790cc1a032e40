import Foundation
import Testing

@testable import RapporteurKit

@Suite struct TrackerImportTests {
    private let june = CalendarDate(year: 2025, month: 6, day: 1)!

    @Test func theExampleTrackerGivesTheTotalsOfItsOwnLines() throws {
        let store = try referenceStore()
        let text = try TrackerTexts.example()
        let result = try store.importTracker(text, file: "tracker.txt", asOf: june)
        #expect(result.resolutions == 15)
        #expect(result.warnings.isEmpty)
        let tracker = try store.tracker()
        #expect(tracker.totals.required == 50_217)
        #expect(tracker.totals.mobilized == 23_966)
        #expect(tracker.totals.gap == 26_251)
        #expect(tracker.totals.gapPercent == 52)
        #expect(try store.trackerFindings().count == 2)
    }

    @Test func figuresThatDisagreeWithTheArithmeticAreReportedWithTheirLine() throws {
        let store = try referenceStore()
        let text = """
            Total resource requirements:
            $1,000K
            Total resources mobilized:
            $300K
            Total funding gap:
            $700K
            Total funding gap %:
            71%
            Resolution 2/3
            World Cleanup Day
            Implementation Status:
            Under implementation
            Resource requirements:
            $1,000K
            Resources mobilized:
            $300K
            Funding Gap:
            $600K
            Funding Gap %:
            70%
            """
        let result = try store.importTracker(text, file: "t.txt", asOf: june)
        #expect(
            result.warnings.map(\.description) == [
                "t.txt:9: warning: resolution 2/3: the gap shown, $600K, is not required less mobilized ($700K)",
                "t.txt:8: warning: the total gap per cent printed is 71 %; computed by the tracker's rule, "
                    + "$700K of $1,000K is 70 % (rounded down)",
            ])
    }

    @Test func aFigureThatIsNoNumberIsAnErrorAndNothingIsWritten() throws {
        let store = try referenceStore()
        let text =
            "Resolution 2/3\nWorld Cleanup Day\nResource requirements:\nabout a million\nResources mobilized:\n$300K\n"
        let failure = #expect(throws: ImportFailure.self) { try store.importTracker(text, file: "t.txt", asOf: june) }
        #expect(
            failure?.diagnostics.first?.description
                == "t.txt:4: error: 'about a million' is not a figure; the tracker writes amounts as $1,085K and shares as 64%"
        )
        #expect(try store.tracker().resolutions.isEmpty)
    }

    @Test func theLatestFiguresOnOrBeforeTheDateAreUsed() throws {
        let store = try referenceStore()
        try store.setFunding("2/7", required: 1_200, mobilized: 300, asOf: try CalendarDate.parse("2025-03-01"))
        try store.setFunding("2/7", required: 3_148, mobilized: 668, asOf: june)
        #expect(try store.tracker(asOf: try CalendarDate.parse("2025-04-01")).resolutions.map(\.required) == [1_200])
        #expect(try store.tracker().resolutions.map(\.gap) == [2_480])
    }
}

/// Seed 000: every line and total of the published tracker, recomputed from the database.
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedTrackerTests {
    @Test func everyFigureOfTheSeedIsRecomputed() throws {
        let store = try referenceStore()
        let text = try Seeds.text("000")
        let result = try store.importTracker(text, file: "000.txt", asOf: CalendarDate(year: 2025, month: 6, day: 1)!)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let tracker = try store.tracker()
        // The seed's own lines: "Resolution 2/1" … "$1,085K" … "64%".
        let pattern =
            /Resolution (\d\/\d+)\n[^\n]*\n(?:[^\n]*\n)?Implementation Status:\n[^\n]*\nResource requirements:\n\$([\d,]+)K\nResources mobilized:\n\$([\d,]+)K\nFunding Gap:\n\$([\d,]+)K\nFunding Gap %:\n(\d+)%/
        let seedLines = text.matches(of: pattern)
        #expect(seedLines.count == 15)
        func number(_ text: Substring) -> Int { Int(text.replacingOccurrences(of: ",", with: ""))! }
        for line in seedLines {
            let stored = try #require(tracker.resolutions.first { $0.key == String(line.1) })
            #expect(stored.required == number(line.2), "resolution \(line.1)")
            #expect(stored.mobilized == number(line.3), "resolution \(line.1)")
            #expect(stored.gap == number(line.4), "resolution \(line.1)")
            #expect(stored.gapPercent == number(line.5), "resolution \(line.1)")
        }
        #expect(tracker.totals.required == 50_217)
        #expect(tracker.totals.mobilized == 23_966)
        #expect(tracker.totals.gap == 26_251)
        #expect(tracker.totals.gapPercent == 52)
        #expect(text.contains("$\(CardinalWords.withThousandsSeparators(tracker.totals.required))K"))
    }
}
