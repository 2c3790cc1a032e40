import Testing

@testable import RapporteurKit

/// `tracker check` on a briefing as published (seed 003): every row, each PBI summary
/// line and the grand total against their own arithmetic, the rows typed by hand.
@Suite struct BriefingArithmeticCheckTests {
    private func store(_ result: BriefingParser.Result = Seed003Briefing.result) throws -> AppStore {
        let store = try referenceStore()
        try store.saveBriefing(result, file: Seed003Briefing.file)
        return store
    }

    @Test func seed003GivesItsTwoErrorsAndOneRoundingDifferenceAndNothingForTheConsistentRows() throws {
        // Added up by hand: 2/1, 550,663 + 639,888 = 1,190,551 against a total of 1,179,384;
        // 2/6's recurrent line, 829,483 + 1,175,665 = 2,005,148 against 2,005,149; 2/7's Open
        // Platform, 435,875 − 75,000 = 360,875 against 435,875. Every other row, and the grand
        // total (1,505,149 + 2,181,800 = 3,686,949), adds up.
        let findings = try store().trackerCheck()
        #expect(
            findings.map(\.sentence) == [
                "resolution 2/1, budget (003_f73e5b42b6516f05.txt, line 45, US$): post 550,663 + non-post 639,888 = "
                    + "1,190,551, but the total is shown as 1,179,384 (a difference of 11,167)",
                "resolution 2/6, recurrent requirements (PBI summary) (003_f73e5b42b6516f05.txt, line 203, US$): "
                    + "post 829,483 + non-post 1,175,665 = 2,005,148; the total shown, 2,005,149, differs by 1, "
                    + "which rounding explains",
                "resolution 2/7, Open Platform (003_f73e5b42b6516f05.txt, line 258, US$): total 435,875 − existing "
                    + "resources 75,000 = 360,875, but the total less existing resources is shown as 435,875 "
                    + "(a difference of 75,000)",
            ])
        #expect(findings.map(\.isRounding) == [false, true, false])
    }

    /// The finding on 2/6's grand total, which follows the findings on its rows.
    private func grandTotalFinding(_ result: BriefingParser.Result) throws -> TrackerFinding? {
        try store(result).trackerCheck().first {
            if case .grandTotalInconsistent = $0 { return true }
            return false
        }
    }

    @Test func aGrandTotalThatIsTheSumOfTheTotalsSaysSo() throws {
        var result = Seed003Briefing.result
        // 2,005,149 + 2,181,800: the existing resources left in.
        result.grandTotals[0].amount = BudgetAmount("4,186,949")!
        #expect(
            try grandTotalFinding(result)?.sentence
                == "resolution 2/6, grand total of the PBI summary (003_f73e5b42b6516f05.txt, line 208, US$): the PBI "
                + "summary's totals less existing resources add up to 1,505,149 + 2,181,800 = 3,686,949, but the "
                + "grand total is shown as 4,186,949 (a difference of 500,000); it is the sum of the lines' totals, "
                + "4,186,949, existing resources left in")
        result.grandTotals[0].amount = BudgetAmount("3,000,000")!
        #expect(
            try grandTotalFinding(result)?.sentence
                == "resolution 2/6, grand total of the PBI summary (003_f73e5b42b6516f05.txt, line 208, US$): the PBI "
                + "summary's totals less existing resources add up to 1,505,149 + 2,181,800 = 3,686,949, but the "
                + "grand total is shown as 3,000,000 (a difference of 686,949); nor is it the sum of the lines' "
                + "totals, 4,186,949")
        result.grandTotals[0].amount = BudgetAmount("3,686,950")!
        let rounding = try #require(try grandTotalFinding(result))
        #expect(rounding.isRounding)
        #expect(rounding.sentence.contains("; the grand total shown, 3,686,950, differs by 1, which rounding explains"))
    }

    @Test func theImportWarnsOfAGrandTotalThatDoesNotAddUpAtItsLine() throws {
        var result = Seed003Briefing.result
        #expect(
            try referenceStore().saveBriefing(result, file: Seed003Briefing.file).warnings.allSatisfy { $0.line != 208 }
        )
        result.grandTotals[0].amount = BudgetAmount("3,000,000")!
        let warnings = try referenceStore().saveBriefing(result, file: Seed003Briefing.file).warnings
        let warning = try #require(warnings.first { $0.line == 208 })
        #expect(warning.severity == .warning)
        #expect(
            warning.message.hasPrefix(
                "resolution 2/6, grand total of the PBI summary: the PBI summary's totals less existing resources "
                    + "add up to 1,505,149 + 2,181,800 = 3,686,949, but the grand total is shown as 3,000,000"))
    }

    @Test func anInKindFigureTakesPartInNoCheckAndADashCountsAsZero() throws {
        var result = Seed003Briefing.result
        // 2/2's existing resources are "in kind": its total less existing is not checked,
        // whatever it is.
        result.budgets[1].totalLessExisting = Seed003Briefing.figure("1")
        // 2/4's are a dash: 1,730,390 − 0 is checked, and 1,730,000 is 390 off.
        result.budgets[3].totalLessExisting = Seed003Briefing.figure("1,730,000")
        let sentences = try store(result).trackerCheck().map(\.sentence)
        #expect(!sentences.contains { $0.hasPrefix("resolution 2/2") })
        #expect(
            sentences.contains(
                "resolution 2/4, budget (003_f73e5b42b6516f05.txt, line 128, US$): total 1,730,390 − existing "
                    + "resources 0 = 1,730,390, but the total less existing resources is shown as 1,730,000 "
                    + "(a difference of 390)"))
        // A summary line's total less existing "in kind" leaves the grand total unchecked.
        result.budgets[6].totalLessExisting = .inKind
        result.grandTotals[0].amount = BudgetAmount("1")!
        #expect(!(try store(result).trackerCheck().contains { $0.sentence.contains("grand total") }))
    }

    @Test func aDifferenceOfOneIsRoundingOnlyInTheLastStatedUnit() {
        func row(_ post: String, _ nonPost: String, _ total: String) -> BudgetImplication {
            BudgetImplication(
                resolution: "2/7", post: BudgetFigure(stated: post), nonPost: BudgetFigure(stated: nonPost),
                total: BudgetFigure(stated: total), unit: "US$ thousands", source: "b.txt", line: 1)
        }
        #expect(row("10.0", "5.5", "15.6").inconsistencies.map(\.isRounding) == [true])
        #expect(row("10.0", "5.5", "16.5").inconsistencies.map(\.isRounding) == [false])
        #expect(row("10", "5", "14").inconsistencies.map(\.isRounding) == [true])
        #expect(row("10", "5", "17").inconsistencies.map(\.isRounding) == [false])
    }
}
