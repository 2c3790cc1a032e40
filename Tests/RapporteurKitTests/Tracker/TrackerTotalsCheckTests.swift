import Foundation
import Testing

@testable import RapporteurKit

/// The totals a tracker prints are kept as printed, and `tracker check` says where they
/// differ from the sum of the lines and from the tracker's rule.
@Suite struct TrackerTotalsCheckTests {
    private let june = CalendarDate(year: 2025, month: 6, day: 1)!

    @Test func printedTotalsThatAreNotTheSumOfTheLinesAreFound() throws {
        let store = try referenceStore()
        // Totals of $1,500K and $300K over one line of $1,000K and $300K: the gap and
        // gap per cent printed (1,200 and 80 %) follow the printed totals, not the line.
        let text = """
            Total resource requirements:
            $1,500K
            Total resources mobilized:
            $300K
            Total funding gap:
            $1,200K
            Total funding gap %:
            80%
            """ + "\n"
            + TrackerTexts.contradictedGap.replacingOccurrences(of: "$600K", with: "$700K")
            .replacingOccurrences(of: "71%", with: "70%")
        try store.importTracker(text, file: "t.txt", asOf: june)
        #expect(
            try store.trackerFindings() == [
                "totals (t.txt, as of 2025-06-01): the total resource requirements printed are $1,500K; the lines add up to $1,000K",
                "totals (t.txt, as of 2025-06-01): the total funding gap printed is $1,200K; the lines add up to $700K",
                "totals (t.txt, as of 2025-06-01): the total gap per cent printed is 80 %; computed from the lines, "
                    + "$700K of $1,000K is 70 % (rounded down)",
            ])
    }

    @Test func theExampleTrackersTotalsAgreeWithItsLines() throws {
        let store = try referenceStore()
        try store.importTracker(try TrackerTexts.example(), file: "tracker.txt", asOf: june)
        let findings = try store.trackerFindings()
        // Its two surpluses, and nothing about its totals.
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.contains("exceed resources required") }, "\(findings)")
    }

    /// Two lines whose totals the header prints as $1,500K required and $500K mobilized.
    private func tracker(required: String) -> String {
        """
        Total resource requirements:
        \(required)
        Total resources mobilized:
        $500K
        Resolution 2/3
        World Cleanup Day
        Resource requirements:
        $1,000K
        Resources mobilized:
        $500K
        Resolution 2/4
        Biodiverse and resilient cities
        Resource requirements:
        $500K
        Resources mobilized:
        $0K
        """
    }

    @Test func importingTheSameDayAgainReplacesItsTotalsAndADryRunStoresNone() throws {
        let store = try referenceStore()
        try store.importTracker(tracker(required: "$1,400K"), file: "t.txt", asOf: june, dryRun: true)
        #expect(try store.trackerFindings().isEmpty)
        try store.importTracker(tracker(required: "$1,400K"), file: "t.txt", asOf: june)
        #expect(
            try store.trackerFindings() == [
                "totals (t.txt, as of 2025-06-01): the total resource requirements printed are $1,400K; the lines add up to $1,500K"
            ])
        try store.importTracker(tracker(required: "$1,500K"), file: "t.txt", asOf: june)
        #expect(try store.trackerFindings().isEmpty)
    }

    @Test func aSharePrintedAbove100PerCentIsAnErrorAtItsLine() throws {
        let store = try referenceStore()
        let text = tracker(required: "$1,500K") + "\nFunding Gap %:\n150%"
        let failure = #expect(throws: ImportFailure.self) {
            try store.importTracker(text, file: "t.txt", asOf: june)
        }
        #expect(
            failure?.diagnostics.map(\.description) == [
                "t.txt:18: error: '150%' is not a share; the tracker writes a funding gap per cent from 0% to 100%"
            ])
        #expect(try store.trackerFindings().isEmpty)
    }
}

/// Sample 41: totals for fifteen resolutions over the one line before the cut.
@Suite(.enabled(if: Samples.available, "../shared/samples is missing"))
struct SampleTrackerTotalsCheckTests {
    @Test func theSnapshotsTotalsAreKeptAndComparedWithItsOneLine() throws {
        let store = try referenceStore()
        try store.importTracker(
            try Samples.text("41"), file: "41.txt", asOf: CalendarDate(year: 2024, month: 12, day: 1)!)
        // Printed: $46,057K, $20,018K, $26,039K, 57 %; the one line, 2/1: $1,858K, $429K, $1,429K,
        // and 1,429 of 1,858 is 76 % rounded down.
        #expect(
            try store.trackerFindings() == [
                "totals (41.txt, as of 2024-12-01): the total resource requirements printed are $46,057K; the lines add up to $1,858K",
                "totals (41.txt, as of 2024-12-01): the total resources mobilized printed are $20,018K; the lines add up to $429K",
                "totals (41.txt, as of 2024-12-01): the total funding gap printed is $26,039K; the lines add up to $1,429K",
                "totals (41.txt, as of 2024-12-01): the total gap per cent printed is 57 %; computed by the tracker's "
                    + "rule from the printed totals, $26,039K of $46,057K is 56 % (rounded down); the printed figure "
                    + "is the share rounded to nearest, a difference rounding explains",
                "totals (41.txt, as of 2024-12-01): the total gap per cent printed is 57 %; computed from the lines, "
                    + "$1,429K of $1,858K is 76 % (rounded down)",
            ])
    }
}
