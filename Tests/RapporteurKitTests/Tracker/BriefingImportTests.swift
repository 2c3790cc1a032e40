import Foundation
import Testing
@testable import RapporteurKit

/// A briefing of our own, laid out as a PDF copy lays out tables; the symbol is made up.
private let briefing = """
                                                              HSP/EB.2099/INF/1
    1.  The Secretariat presented the budget and the roadmap below.

    Table 1. Programme budget implications of the draft
    decision on resolution 2/3
    (United States dollars)
                                   2027          2028
                               Non-recurrent   Recurrent
    Post                        40,000        60,000
    Non-post                    12,500             –
    Total                       52,500        60,000
    Existing resources               –        10,000
    Total less existing         52,500        50,000

    Source: our own figures for this test.

    Implementation roadmap for resolution 2/3
    Date          Activity                         Lead            Status
    March 2027    Guidance note on the inter-      Secretariat     Planned
                  sessional period
    2028          Second review                    Board           Planned

    2.  The Board took note of the roadmap.
    """

@Suite struct BriefingParserTests {
    @Test func tablesAreReadWithTheirUnitYearsNatureAndLines() throws {
        let result = BriefingParser.parse(briefing, file: "b.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.symbol == "HSP/EB.2099/INF/1")
        #expect(result.budgets == [
            BudgetImplication(resolution: "2/3", year: 2027, nature: .oneTime, post: BudgetAmount("40,000"),
                              nonPost: BudgetAmount("12,500"), total: BudgetAmount("52,500"), existing: .zero,
                              totalLessExisting: BudgetAmount("52,500"), unit: "US$", source: "b.txt", line: 4),
            BudgetImplication(resolution: "2/3", year: 2028, nature: .recurrent, post: BudgetAmount("60,000"),
                              nonPost: .zero, total: BudgetAmount("60,000"), existing: BudgetAmount("10,000"),
                              totalLessExisting: BudgetAmount("50,000"), unit: "US$", source: "b.txt", line: 4),
        ])
        #expect(result.milestones == [
            RoadmapMilestone(resolution: "2/3", position: 1, period: "March 2027",
                             activity: "Guidance note on the inter-sessional period", responsible: "Secretariat",
                             status: "Planned", source: "b.txt", line: 19),
            RoadmapMilestone(resolution: "2/3", position: 2, period: "2028", activity: "Second review",
                             responsible: "Board", status: "Planned", source: "b.txt", line: 21),
        ])
        #expect(result.budgets.allSatisfy { $0.inconsistencies.isEmpty })
    }

    @Test func aRowWithTheWrongNumberOfFiguresIsAnErrorAtItsLine() {
        let text = """
            Programme budget implications of resolution 2/7
                         2025     2026
            Post         10.0     11.0
            Non-post      5.0
            Total        15.0     11.0
            """
        let result = BriefingParser.parse(text, file: "b.txt")
        #expect(result.diagnostics.map(\.description) == ["b.txt:4: error: the Non-post row has 1 figure for 2 years (2025, 2026)"])
    }

    @Test func anUnknownRowOrAFigureThatIsNoAmountIsNamed() {
        let text = """
            Programme budget implications of resolution 2/7
                         2025
            Travel        3.0
            Post         ten
            Total        15.0
            """
        let result = BriefingParser.parse(text, file: "b.txt")
        #expect(result.diagnostics.map(\.description) == [
            "b.txt:3: error: 'Travel' is not a row of a budget table; its rows are Post, Non-post, Total, Existing resources, "
                + "Total less existing resources",
            "b.txt:4: error: 'ten' in the Post row is not an amount: write figures as 1,234.5, a dash for nil",
        ])
    }

    @Test func aLabelBrokenOverTwoLinesAndExistingResourcesAsADeductionAreRead() throws {
        let text = """
            Programme budget implications of resolution 2/7
                                   2025
            Post                   10.0
            Non-post                5.0
            Total                  15.0
            Existing resources     (4.0)
            Total less existing    11.0
              resources
            Note: figures of our own.
            """
        let result = BriefingParser.parse(text, file: "b.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let year = try #require(result.budgets.first)
        #expect(year.totalLessExisting == BudgetAmount("11.0"))
        #expect(year.existing == BudgetAmount("-4.0"))
        #expect(year.inconsistencies.isEmpty)
    }

    @Test func aTableWithoutYearsOrTotalIsRefused() {
        let noYears = BriefingParser.parse("Programme budget implications of resolution 2/7\nPost  1.0\nTotal  1.0\n", file: "b.txt")
        #expect(noYears.diagnostics.map(\.description) == [
            "b.txt:1: error: the budget table of resolution 2/7 has no line of years (2025   2026) above its figures",
        ])
        let noTotal = BriefingParser.parse("Programme budget implications of resolution 2/7\n   2025\nPost  1.0\n", file: "b.txt")
        #expect(noTotal.diagnostics.map(\.description) == ["b.txt:1: error: the budget table of resolution 2/7 has no Total row"])
    }

    @Test func proseThatMentionsBudgetImplicationsIsNoTable() {
        let text = "3. The programme budget implications of resolution 2/7 were presented at the meeting.\n"
        #expect(BriefingParser.parse(text, file: "b.txt").diagnostics.map(\.description) == [
            "b.txt:1: error: no programme budget implication table and no roadmap found: a briefing's tables are headed "
                + "'Programme budget implications of resolution 2/7' or 'Implementation roadmap for resolution 2/7' "
                + "(see `rapporteur import briefing --help`)",
        ])
    }
}

@Suite struct BriefingImportTests {
    @Test func importedTablesReadBackAndImportingAgainReplacesThem() throws {
        let store = try referenceStore()
        let first = try store.importBriefing(briefing, file: "b.txt")
        #expect(first.symbol == "HSP/EB.2099/INF/1")
        #expect(first.warnings.isEmpty)
        #expect(try store.budgetImplications(of: "2/3").map(\.source) == ["HSP/EB.2099/INF/1", "HSP/EB.2099/INF/1"])
        #expect(try store.budgetImplications(of: "2/3").map(\.totalLessExisting?.description) == ["52,500", "50,000"])
        #expect(try store.roadmap(of: "2/3").map(\.period) == ["March 2027", "2028"])
        let changed = briefing.replacingOccurrences(of: "Total less existing         52,500        50,000",
                                                    with: "Total less existing         52,500        55,000")
        let second = try store.importBriefing(changed, file: "b.txt")
        #expect(second.warnings.map(\.description) == [
            "b.txt:4: warning: resolution 2/3, 2028: total 60,000 − existing resources 10,000 = 50,000, "
                + "but the total less existing resources is shown as 55,000",
        ])
        #expect(try store.budgetImplications(of: "2/3").count == 2)
        #expect(try store.roadmap(of: "2/3").count == 2)
        #expect(try store.trackerFindings() == [
            "resolution 2/3, 2028 (HSP/EB.2099/INF/1, table at line 4, US$): total 60,000 − existing resources 10,000 = "
                + "50,000, but the total less existing resources is shown as 55,000",
        ])
    }

    @Test func anUnknownResolutionIsAnErrorAndNothingIsWritten() throws {
        let store = try referenceStore()
        let text = briefing.replacingOccurrences(of: "Implementation roadmap for resolution 2/3",
                                                 with: "Implementation roadmap for resolution 2/30")
        let failure = #expect(throws: ImportFailure.self) { try store.importBriefing(text, file: "b.txt") }
        #expect(failure?.diagnostics.map(\.description).first?.hasPrefix("b.txt:19: error: unknown resolution 2/30") == true)
        #expect(try store.budgetImplications().isEmpty)
    }

    @Test func aDryRunWritesNothing() throws {
        let store = try referenceStore()
        let result = try store.importBriefing(briefing, file: "b.txt", dryRun: true)
        #expect(result.budgets.count == 2)
        #expect(try store.budgetImplications().isEmpty)
        #expect(try store.roadmap(of: "2/3").isEmpty)
    }

    @Test func theTrackersShownGapAndGapPerCentAreCheckedAgainstTheRule() throws {
        let store = try referenceStore()
        // 1,000 required, 300 mobilized: the gap is 700 and 70 %; the document shows 600 and 71 %.
        let text = """
            Resolution 2/3
            World Cleanup Day
            Resource requirements:
            $1,000K
            Resources mobilized:
            $300K
            Funding Gap:
            $600K
            Funding Gap %:
            71%
            """
        try store.importTracker(text, file: "t.txt", asOf: CalendarDate(year: 2025, month: 6, day: 1)!)
        #expect(try store.trackerFindings() == [
            "resolution 2/3 (t.txt, as of 2025-06-01): the gap is shown as $600K, but required $1,000K less mobilized "
                + "$300K is $700K",
            "resolution 2/3 (t.txt, as of 2025-06-01): the gap is shown as 71 %, but $700K of $1,000K is 70 % (rounded down)",
        ])
        // Figures set by hand carry no displayed gap, so only the arithmetic's own findings remain.
        try store.setFunding("2/3", required: 1_000, mobilized: 300, asOf: CalendarDate(year: 2025, month: 6, day: 1)!)
        #expect(try store.trackerFindings().isEmpty)
    }
}

/// Seed 002 is a report on the first session's resolutions (HSP/OECPR.2021/4), not a
/// briefing with tables: the importer must say so rather than store nothing quietly.
@Suite(.enabled(if: Seeds.available, "../shared/seeds is missing"))
struct SeedBriefingTests {
    @Test func seed002HoldsNoTableAndTheImportSaysSo() throws {
        let store = try referenceStore()
        let text = try Seeds.text("002")
        let failure = #expect(throws: ImportFailure.self) { try store.importBriefing(text, file: "002.txt") }
        #expect(failure?.diagnostics.map(\.description).first?
            .hasPrefix("002.txt:1: error: no programme budget implication table and no roadmap found") == true)
        #expect(try store.trackerFindings().isEmpty)
    }
}
