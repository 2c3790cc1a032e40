import Foundation
import Testing

@testable import RapporteurKit

/// A gap per cent the tracker prints that its rule (gap over required, rounded down)
/// does not give: the printed figure is kept, and the warning or finding says which
/// number is printed and which is computed.
@Suite struct TrackerPrintedPercentTests {
    private let june = CalendarDate(year: 2025, month: 6, day: 1)!

    @Test func aTotalPercentRoundedToNearestIsReportedAsPrintedAgainstComputed() throws {
        let store = try referenceStore()
        // 1,130 of 2,000 is 56.5 %: rounded to nearest it is 57, by the rule 56.
        let text = """
            Total resource requirements:
            $2,000K
            Total resources mobilized:
            $870K
            Total funding gap:
            $1,130K
            Total funding gap %:
            57%
            Resolution 2/3
            World Cleanup Day
            Resource requirements:
            $2,000K
            Resources mobilized:
            $870K
            Funding Gap:
            $1,130K
            Funding Gap %:
            56%
            """
        let result = try store.importTracker(text, file: "t.txt", asOf: june)
        #expect(
            result.warnings.map(\.description) == [
                "t.txt:8: warning: the total gap per cent printed is 57 %; computed by the tracker's rule, "
                    + "$1,130K of $2,000K is 56 % (rounded down)"
                    + "; the printed figure is the share rounded to nearest, a difference rounding explains"
            ])
        // A per cent rounded to nearest is a difference rounding explains, no error.
        #expect(try store.trackerCheck().map(\.isRounding) == [true])
        // The printed totals are also the sums of the lines, so the check finds the per
        // cent once, from the printed totals, and not a second time from the lines.
        #expect(
            try store.trackerFindings() == [
                "totals (t.txt, as of 2025-06-01): the total gap per cent printed is 57 %; computed by the tracker's "
                    + "rule from the printed totals, $1,130K of $2,000K is 56 % (rounded down)"
                    + "; the printed figure is the share rounded to nearest, a difference rounding explains"
            ])
    }

    @Test func theFindingOfALineSaysWhichPercentIsPrintedAndWhichComputed() {
        let imported = TrackerFinding.Snapshot(resolution: "2/3", source: "t.txt", asOf: june)
        #expect(
            TrackerFinding.gapPercentShownWrong(imported, shown: 71, FundingLine(required: 1_000, mobilized: 300))
                .sentence
                == "resolution 2/3 (t.txt, as of 2025-06-01): the gap per cent printed is 71 %; computed by the "
                + "tracker's rule, $700K of $1,000K is 70 % (rounded down)")
    }
}

/// Sample 41 prints its total gap as 57 %, rounded to nearest; the rule gives 56.
@Suite(.enabled(if: Samples.available, "../shared/samples is missing"))
struct SamplePrintedPercentTests {
    @Test func theSnapshotsTotalOf57PercentIsReportedAgainstThe56TheRuleGives() throws {
        let store = try referenceStore()
        let text = try Samples.text("41")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The sample's own lines: the total gap per cent "57%" on line 15, of "$26,039K"
        // (line 13) over "$46,057K" (line 9); 2,603,900 / 46,057 is 56.5, so 56 rounded down.
        #expect([lines[8], lines[12], lines[14]] == ["$46,057K", "$26,039K", "57%"])
        let result = try store.importTracker(text, file: "41.txt", asOf: CalendarDate(year: 2024, month: 12, day: 1)!)
        #expect(
            result.warnings.map(\.description).contains(
                "41.txt:15: warning: the total gap per cent printed is 57 %; computed by the tracker's rule, "
                    + "$26,039K of $46,057K is 56 % (rounded down)"
                    + "; the printed figure is the share rounded to nearest, a difference rounding explains"))
    }
}
