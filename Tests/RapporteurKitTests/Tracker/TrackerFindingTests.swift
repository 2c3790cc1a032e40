import Foundation
import Testing

@testable import RapporteurKit

/// `tracker check`'s findings as values: what the store finds, and how Render words it.
@Suite struct TrackerFindingTests {
    private let june = CalendarDate(year: 2025, month: 6, day: 1)!

    @Test func theExampleTrackersTwoSurplusesAreFoundWithTheirFigures() throws {
        let store = try referenceStore()
        let text = try TrackerTexts.example()
        try store.importTracker(text, file: "tracker.txt", asOf: june)
        // The example's lines where more was mobilized than required, second session first:
        // 2/6 (24,638 against 10,202) and 1/5 (3,782 against 2,015); both show a gap of 0 and 0 %,
        // as the rule gives, so nothing else is found.
        #expect(
            try store.trackerCheck() == [
                .mobilizedBeyondRequired(
                    .init(resolution: "2/6", source: "tracker.txt", asOf: june),
                    FundingLine(required: 10_202, mobilized: 24_638)),
                .mobilizedBeyondRequired(
                    .init(resolution: "1/5", source: "tracker.txt", asOf: june),
                    FundingLine(required: 2_015, mobilized: 3_782)),
            ])
    }

    @Test func aShownGapIsKeptWithTheFiguresItContradicts() throws {
        let store = try referenceStore()
        try store.importTracker(
            TrackerTexts.contradictedGap, file: "t.txt", asOf: CalendarDate(year: 2025, month: 7, day: 1)!)
        let snapshot = TrackerFinding.Snapshot(
            resolution: "2/3", source: "t.txt", asOf: CalendarDate(year: 2025, month: 7, day: 1)!)
        let funding = FundingLine(required: 1_000, mobilized: 300)
        #expect(
            try store.trackerCheck() == [
                .gapShownWrong(snapshot, shown: 600, funding), .gapPercentShownWrong(snapshot, shown: 71, funding),
            ])
    }

    @Test func eachFindingIsWordedWithItsPlaceAndFigures() {
        let byHand = TrackerFinding.Snapshot(resolution: "2/6", source: nil, asOf: june)
        #expect(
            TrackerFinding.mobilizedBeyondRequired(byHand, FundingLine(required: 100, mobilized: 150)).sentence
                == "resolution 2/6 (entered by hand, as of 2025-06-01): resources mobilized ($150K) exceed resources "
                + "required ($100K) by $50K; the totals count $100K")
        let imported = TrackerFinding.Snapshot(resolution: "2/3", source: "t.txt", asOf: june)
        let funding = FundingLine(required: 1_000, mobilized: 300)
        #expect(
            TrackerFinding.gapShownWrong(imported, shown: 600, funding).sentence
                == "resolution 2/3 (t.txt, as of 2025-06-01): the gap is shown as $600K, but required $1,000K less "
                + "mobilized $300K is $700K")
        #expect(
            TrackerFinding.gapPercentShownWrong(imported, shown: 71, funding).sentence
                == "resolution 2/3 (t.txt, as of 2025-06-01): the gap per cent printed is 71 %; computed by the "
                + "tracker's rule, $700K of $1,000K is 70 % (rounded down)")
        let budget = BudgetImplication(
            resolution: "2/2", year: 2026, unit: "US$ thousands", source: "HSP/EB.2099/INF/1",
            line: 40, totalLine: 43)
        #expect(
            TrackerFinding.budgetTableInconsistent(budget, BudgetInconsistency(line: 43, message: "the figures differ"))
                .sentence == "resolution 2/2, 2026 (HSP/EB.2099/INF/1, line 43, US$ thousands): the figures differ")
    }

    @Test func theTrackersWayOfWritingThousands() {
        #expect(DollarThousands.written(1_085) == "$1,085K")
        #expect(DollarThousands.written(0) == "$0K")
    }
}
