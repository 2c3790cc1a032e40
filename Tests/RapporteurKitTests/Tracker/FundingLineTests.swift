import Testing

@testable import RapporteurKit

/// The tracker's arithmetic, with our own figures (US$ thousands).
@Suite struct FundingLineTests {
    @Test(arguments: [
        // required, mobilized, gap, gap %, counted, surplus
        (1_000, 250, 750, 75, 250, 0),
        (1_000, 1_000, 0, 0, 1_000, 0),
        (1_000, 1_600, 0, 0, 1_000, 600),  // surplus shown, not counted
        (0, 0, 0, 0, 0, 0),  // nothing required: no gap, 0 %
        (0, 40, 0, 0, 0, 40),
        (3, 2, 1, 33, 2, 0),  // 33.3 % rounds down
        (3, 1, 2, 66, 1, 0),  // 66.7 % rounds down, not up
        (1_000, 1, 999, 99, 1, 0),  // 99.9 % is 99
        (1_000, 999, 1, 0, 999, 0),  // 0.1 % is 0
    ])
    func eachLineFollowsTheRules(required: Int, mobilized: Int, gap: Int, percent: Int, counted: Int, surplus: Int) {
        let line = FundingLine(required: required, mobilized: mobilized)
        #expect(line.gap == gap)
        #expect(line.gapPercent == percent)
        #expect(line.countedMobilized == counted)
        #expect(line.surplus == surplus)
    }

    @Test func totalsCountMobilizedOnlyUpToWhatWasRequired() {
        let totals = FundingLine.totals([
            FundingLine(required: 1_000, mobilized: 400),
            FundingLine(required: 500, mobilized: 900),
            FundingLine(required: 0, mobilized: 0),
        ])
        #expect(totals.required == 1_500)
        #expect(totals.mobilized == 900)
        #expect(totals.gap == 600)
        #expect(totals.gapPercent == 40)
    }
}

@Suite struct ImplementationStatusTests {
    @Test(arguments: [
        ("Under implementation", ImplementationStatus.underImplementation),
        ("under-implementation", .underImplementation),
        ("underImplementation", .underImplementation),
        ("IMPLEMENTED", .implemented),
        ("not started", .notStarted),
    ])
    func theTrackersWordsAndTheStoredNamesAreRead(text: String, status: ImplementationStatus) {
        #expect(ImplementationStatus.parse(text) == status)
    }

    @Test func otherWordsAreNoStatus() {
        #expect(ImplementationStatus.parse("finished") == nil)
        #expect(ImplementationStatus.parse("implementation") == nil)
    }
}
