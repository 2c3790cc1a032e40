import Testing

@testable import RapporteurKit

@Suite struct BudgetAmountTests {
    @Test(arguments: [
        ("1,234.5", 12_345, 1, "1,234.5"),
        ("1234", 1_234, 0, "1,234"),
        ("0.25", 25, 2, "0.25"),
        ("–", 0, 0, "0"),
        ("-", 0, 0, "0"),
        ("(12.0)", -120, 1, "-12.0"),
        ("1,000,000", 1_000_000, 0, "1,000,000"),
        ("999,999,999,999.999999", 999_999_999_999_999_999, 6, "999,999,999,999.999999"),
    ])
    func amountsAreReadAsStated(text: String, units: Int, scale: Int, written: String) throws {
        let amount = try #require(BudgetAmount(text))
        #expect(amount.units == units)
        #expect(amount.scale == scale)
        #expect(amount.description == written)
    }

    @Test(arguments: [
        "", "about 12", "1,23", "12.", "1.2.3", "$12", "12,0000", "n/a",
        "9,223,372,036,854,775,807", "1,000,000,000,000", "1.1234567",
    ])
    func whatIsNoAmountIsRefused(text: String) {
        #expect(BudgetAmount(text) == nil)
    }

    @Test func sumsAreExactAtTheFinerScale() throws {
        // 0.1 + 0.2 is 0.3 exactly, where binary floating point gives 0.30000000000000004.
        let sum = try #require(BudgetAmount("0.1")) + #require(BudgetAmount("0.2"))
        #expect(sum == BudgetAmount("0.3"))
        #expect(sum.description == "0.3")
        let mixed = try #require(BudgetAmount("312")) + #require(BudgetAmount("205.65"))
        #expect(mixed.description == "517.65")
        #expect(try #require(BudgetAmount("430")) == #require(BudgetAmount("430.00")))
        let difference = try #require(BudgetAmount("100.0")) - #require(BudgetAmount("120.5"))
        #expect(difference.description == "-20.5")
    }

    @Test func aTableYearFindsBothKindsOfInconsistency() throws {
        var year = BudgetImplication(
            resolution: "2/7", year: 2026, post: BudgetFigure(stated: "10.0"), nonPost: BudgetFigure(stated: "5.5"),
            total: BudgetFigure(stated: "15.5"), existing: BudgetFigure(stated: "4.0"),
            totalLessExisting: BudgetFigure(stated: "11.5"), unit: "US$ thousands", source: "b.txt", line: 1)
        #expect(year.inconsistencies.isEmpty)
        year.total = BudgetFigure(stated: "16.0")
        #expect(
            year.inconsistencies.map(\.message) == [
                "post 10.0 + non-post 5.5 = 15.5, but the total is shown as 16.0 (a difference of 0.5)",
                "total 16.0 − existing resources 4.0 = 12.0, but the total less existing resources is shown as 11.5 "
                    + "(a difference of 0.5)",
            ])
        // A figure the table leaves out is not checked.
        year.post = nil
        year.existing = nil
        #expect(year.inconsistencies.isEmpty)
    }
}
