import Foundation
import Testing

@testable import RapporteurKit

/// A tracker that stops short: what is there is imported, the last paragraph, cut
/// mid-sentence, is not stored as if it were whole, and a warning names where it stops.
@Suite struct TrackerCutOffTests {
    private let june = CalendarDate(year: 2025, month: 6, day: 1)!

    /// Totals for two resolutions, then only the first, whose second paragraph breaks off.
    private let cutShort = """
        Total resource requirements:
        $3,000K
        Total resources mobilized:
        $1,000K
        Total funding gap:
        $2,000K
        Total funding gap %:
        66%
        Resolution 2/3
        World Cleanup Day
        Implementation Status:
        Under implementation
        Resource requirements:
        $1,000K
        Resources mobilized:
        $300K
        Funding Gap:
        $700K
        Funding Gap %:
        70%
        Implementation Summary

        Volunteers in forty cities collected litter on the day. (OP2)

        Partners in the regions were asked to report their figures by the end of the
        """

    @Test func theWarningNamesTheLineWhereTheTextStopsAndTheTotalsItCannotAccountFor() throws {
        let store = try referenceStore()
        let result = try store.importTracker(cutShort, file: "t.txt", asOf: june)
        #expect(result.resolutions == 1)
        #expect(
            result.warnings.map(\.description) == [
                "t.txt:25: warning: the text seems to stop short here, mid-sentence: \"Partners in the regions were "
                    + "asked to report their figures by the end of the\"; that paragraph is left out, and the totals "
                    + "($3,000K required, $1,000K mobilized) cover resolutions this file does not hold (its 1 "
                    + "resolution requires $1,000K)"
            ])
        #expect(
            try store.implementationUpdates(of: "2/3").map(\.text) == [
                "Volunteers in forty cities collected litter on the day. (OP2)"
            ])
    }

    @Test func aTrackerThatEndsWithAWholeSentenceHasNoSuchWarning() throws {
        let store = try referenceStore()
        let whole = cutShort.replacingOccurrences(
            of: "by the end of the", with: "by the end of the year.")
        let result = try store.importTracker(whole, file: "t.txt", asOf: june)
        #expect(!result.warnings.contains { $0.message.contains("stop short") })
        #expect(try store.implementationUpdates(of: "2/3").count == 2)
    }
}

/// Sample 41: an earlier snapshot of the tracker, cut off after resolution 2/1.
@Suite(.enabled(if: Samples.available, "../shared/samples is missing"))
struct SampleTrackerCutOffTests {
    @Test func theSnapshotImportsResolution21AndSaysWhereItStops() throws {
        let store = try referenceStore()
        let text = try Samples.text("41")
        let result = try store.importTracker(text, file: "41.txt", asOf: CalendarDate(year: 2024, month: 12, day: 1)!)
        #expect(result.resolutions == 1)
        // The sample's last line, 32, breaks off at "as well as thematic c".
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[31].hasSuffix("as well as thematic c"))
        let cutOff = result.warnings.filter { $0.message.contains("stop short") }
        #expect(cutOff.map(\.line) == [32])
        #expect(
            cutOff.first?.message.hasSuffix(
                "as well as thematic c\"; that paragraph is left out, and the totals ($46,057K required, $20,018K "
                    + "mobilized) cover resolutions this file does not hold (its 1 resolution requires $1,858K)")
                == true)
        let tracker = try store.tracker()
        #expect(tracker.resolutions.map(\.key) == ["2/1"])
        let line = try #require(tracker.resolutions.first)
        #expect([line.required, line.mobilized, line.gap, line.gapPercent] == [1_858, 429, 1_429, 76] as [Int])
        #expect(line.status == .underImplementation)
        let updates = try store.implementationUpdates(of: "2/1")
        #expect(updates.count == 1)
        #expect(updates.first?.text.hasSuffix("monthly meetings. (OP3, 4)") == true)
    }
}
