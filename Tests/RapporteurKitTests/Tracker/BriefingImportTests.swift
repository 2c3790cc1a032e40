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
        #expect(
            result.budgets == [
                BudgetImplication(
                    resolution: "2/3", year: 2027, nature: .oneTime, post: BudgetFigure(stated: "40,000"),
                    nonPost: BudgetFigure(stated: "12,500"), total: BudgetFigure(stated: "52,500"),
                    existing: .dash,
                    totalLessExisting: BudgetFigure(stated: "52,500"), unit: "US$", source: "b.txt", line: 4,
                    totalLine: 11, totalLessExistingLine: 13),
                BudgetImplication(
                    resolution: "2/3", year: 2028, nature: .recurrent, post: BudgetFigure(stated: "60,000"),
                    nonPost: .dash, total: BudgetFigure(stated: "60,000"),
                    existing: BudgetFigure(stated: "10,000"),
                    totalLessExisting: BudgetFigure(stated: "50,000"), unit: "US$", source: "b.txt", line: 4,
                    totalLine: 11, totalLessExistingLine: 13),
            ])
        #expect(
            result.milestones == [
                RoadmapMilestone(
                    resolution: "2/3", position: 1, period: "March 2027",
                    periodStart: CalendarDate(year: 2027, month: 3, day: 1),
                    periodEnd: CalendarDate(year: 2027, month: 3, day: 31),
                    activity: "Guidance note on the inter-sessional period", responsible: "Secretariat",
                    status: "Planned", source: "b.txt", line: 19),
                RoadmapMilestone(
                    resolution: "2/3", position: 2, period: "2028",
                    periodStart: CalendarDate(year: 2028, month: 1, day: 1),
                    periodEnd: CalendarDate(year: 2028, month: 12, day: 31), activity: "Second review",
                    responsible: "Board", status: "Planned", source: "b.txt", line: 21),
            ])
        #expect(result.budgets.allSatisfy { $0.inconsistencies.isEmpty })
    }

    @Test func aRowWithTheWrongNumberOfFiguresIsAnErrorAtItsLine() {
        let text = """
            Programme budget implications of resolution 2/7
            (Thousands of United States dollars)
                         2025     2026
            Post         10.0     11.0
            Non-post      5.0
            Total        15.0     11.0
            """
        let result = BriefingParser.parse(text, file: "b.txt")
        #expect(
            result.diagnostics.map(\.description) == [
                "b.txt:5: error: the Non-post row has 1 figure for 2 years (2025, 2026)"
            ])
    }

    @Test func anUnknownRowOrAFigureThatIsNoAmountIsNamed() {
        let text = """
            Programme budget implications of resolution 2/7
            (US$ thousands)
                         2025
            Travel        3.0
            Post         ten
            Total        15.0
            """
        let result = BriefingParser.parse(text, file: "b.txt")
        #expect(
            result.diagnostics.map(\.description) == [
                "b.txt:4: error: 'Travel' is not a row of a budget table; its rows are Post, Non-post, Total, Existing resources, "
                    + "Total less existing resources",
                "b.txt:5: error: 'ten' in the Post row is not an amount: write figures as 1,234.5 (at most twelve digits "
                    + "before the point), a dash for none (read as 0)",
            ])
    }

    @Test func aLabelBrokenOverTwoLinesAndExistingResourcesAsADeductionAreRead() throws {
        let text = """
            Programme budget implications of resolution 2/7
            (In thousands of US dollars)
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
        #expect(year.totalLessExisting == BudgetFigure(stated: "11.0"))
        #expect(year.existing == BudgetFigure(stated: "-4.0"))
        #expect(year.inconsistencies.isEmpty)
    }

    @Test func aTableWithoutYearsOrTotalIsRefused() {
        let noYears = BriefingParser.parse(
            "Programme budget implications of resolution 2/7\n(USD)\nPost  1.0\nTotal  1.0\n", file: "b.txt")
        #expect(
            noYears.diagnostics.map(\.description) == [
                "b.txt:3: error: the budget table of resolution 2/7 has no line of years (2025   2026) above its Post row"
            ])
        let noTotal = BriefingParser.parse(
            "Programme budget implications of resolution 2/7\n   2025\nPost  1.0\n", file: "b.txt")
        #expect(
            noTotal.diagnostics.map(\.description) == [
                "b.txt:1: error: the budget table of resolution 2/7 gives no unit: add a line such as "
                    + "'(Thousands of United States dollars)' under its title",
                "b.txt:1: error: the budget table of resolution 2/7 has no Total row",
            ])
    }

    @Test func onlyAPageHeadersSymbolIsTheBriefingsAndPageFurnitureInsideATableIsPassedOver() throws {
        // A roadmap broken by a page: page number, form feed, the symbol in the new
        // page's header (with a hyphen in it), the headings again; then prose.
        let text = """
            N/A
            Implementation roadmap for resolution 2/7
               Period        Activity                          Responsible     Status
               Q1 2025       Call for written submissions      Secretariat     Completed


                                                                                   3
            \u{0C}   HSP/OEWG-H.2099/INF/3

               Period        Activity                          Responsible     Status
               Q4 2025       Second session                    Secretariat     Planned

            The  Secretariat  will report on the roadmap to the Board at its next session.
            """
        let result = BriefingParser.parse(text, file: "b.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.symbol == "HSP/OEWG-H.2099/INF/3")
        #expect(result.milestones.map(\.period) == ["Q1 2025", "Q4 2025"])
        #expect(result.milestones.map(\.status) == ["Completed", "Planned"])
    }

    @Test func roadmapCellsGoToTheNearestColumnAndAPeriodMayBreakOverTwoLines() {
        let text = """
            Implementation roadmap for resolution 2/7
               Period        Activity                              Responsible        Status
               December      First session of the working group,   Secretariat        Completed
               2024          Nairobi
               Q1 2025       Call for written submissions       Secretariat          Completed
            """
        let result = BriefingParser.parse(text, file: "b.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.milestones.map(\.period) == ["December 2024", "Q1 2025"])
        #expect(
            result.milestones.map(\.activity) == [
                "First session of the working group, Nairobi", "Call for written submissions",
            ])
        #expect(result.milestones.map(\.responsible) == ["Secretariat", "Secretariat"])
        #expect(result.milestones.map(\.status) == ["Completed", "Completed"])
    }

    @Test func figuresThatLookLikeYearsStayFiguresAndTheUnitIsReadAsStated() throws {
        let text = """
            Programme budget implications of resolution 2/7
            (Millions of United States dollars)
                               2025          2026
               Post            2015          2050
               Non-post         180           220
               Total           2195          2270
            """
        let result = BriefingParser.parse(text, file: "b.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.budgets.map(\.year) == [2025, 2026])
        #expect(result.budgets.map(\.post) == [BudgetFigure(stated: "2015"), BudgetFigure(stated: "2050")])
        #expect(result.budgets.map(\.unit) == ["US$ millions", "US$ millions"])
        let dollars = BriefingParser.parse(
            text.replacingOccurrences(of: "(Millions of United States dollars)", with: "(In US dollars)"),
            file: "b.txt")
        #expect(dollars.budgets.first?.unit == "US$")
    }

    @Test func aLineInsideATableThatFitsNoRowIsAnErrorNotTheTablesEnd() {
        let text = """
            Programme budget implications of resolution 2/7
            (In United States dollars)
                                        2025
               Post                  250,000
               Non-post              180,000
               Total                 430,000
               Of which:
               Existing resources    100,000
               Total less existing   300,000
            """
        let result = BriefingParser.parse(text, file: "b.txt")
        #expect(
            result.diagnostics.map(\.description) == [
                "b.txt:7: error: 'Of which:' is no line of a budget table, whose rows are Post, Non-post, Total, Existing "
                    + "resources, Total less existing resources; leave a blank line between the table and the text after it"
            ])
        // The rows after it are read, so the wrong figure below it is not lost.
        #expect(result.budgets.first?.inconsistencies.map(\.line) == [9])
    }

    @Test func aTotalWithoutFiguresABienniumAndATotalColumnAreRefused() {
        let bare = BriefingParser.parse(
            """
            Programme budget implications of resolution 2/7
            (USD)
                      2025
            Post       1.0
            Total
            """, file: "b.txt")
        #expect(
            bare.diagnostics.map(\.description) == [
                "b.txt:5: error: the Total row has no figures; a budget table gives one figure a year"
            ])
        let biennium = BriefingParser.parse(
            """
            Programme budget implications of resolution 2/7
            (USD)
                      2024–2025
            Total       1.0
            """, file: "b.txt")
        #expect(
            biennium.diagnostics.map(\.description) == [
                "b.txt:3: error: the column '2024–2025' covers more than one year: a budget table is read one year a column (2024   2025)"
            ])
        let totalColumn = BriefingParser.parse(
            """
            Programme budget implications of resolution 2/7
            (USD)
                      2025     2026     Total
            Total      1.0      2.0       3.0
            """, file: "b.txt")
        #expect(
            totalColumn.diagnostics.map(\.description) == [
                "b.txt:3: error: a Total column is not read: remove it, the years' own columns are what is stored and checked"
            ])
    }

    @Test func proseThatMentionsBudgetImplicationsIsNoTable() {
        let text = "3. The programme budget implications of resolution 2/7 were presented at the meeting.\n"
        #expect(
            BriefingParser.parse(text, file: "b.txt").diagnostics == [
                Diagnostic(
                    file: "b.txt", line: 1, .error,
                    """
                    no programme budget implication table and no roadmap found: a briefing's tables are headed \
                    'Programme budget implications of resolution 2/7' or 'Implementation roadmap for resolution 2/7' \
                    (\(step: .readBriefingFormat))
                    """)
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
        let changed = briefing.replacingOccurrences(
            of: "Total less existing         52,500        50,000",
            with: "Total less existing         52,500        55,000")
        let second = try store.importBriefing(changed, file: "b.txt")
        #expect(
            second.warnings.map(\.description) == [
                "b.txt:13: warning: resolution 2/3, 2028: total 60,000 − existing resources 10,000 = 50,000, "
                    + "but the total less existing resources is shown as 55,000 (a difference of 5,000)"
            ])
        #expect(try store.budgetImplications(of: "2/3").count == 2)
        #expect(try store.roadmap(of: "2/3").count == 2)
        #expect(
            try store.trackerFindings() == [
                "resolution 2/3, 2028 (HSP/EB.2099/INF/1, line 13, US$): total 60,000 − existing resources 10,000 = "
                    + "50,000, but the total less existing resources is shown as 55,000 (a difference of 5,000)"
            ])
    }

    @Test func aLaterBriefingSupersedesTheTablesOfAnEarlierOneAndClearsTheirFindings() throws {
        let store = try referenceStore()
        let wrong = briefing.replacingOccurrences(
            of: "Total less existing         52,500        50,000",
            with: "Total less existing         52,500        55,000")
        try store.importBriefing(wrong, file: "b.txt")
        #expect(try store.trackerFindings().count == 1)
        let revised = briefing.replacingOccurrences(of: "HSP/EB.2099/INF/1", with: "HSP/EB.2099/INF/1/Rev.1")
        let result = try store.importBriefing(revised, file: "b-rev1.txt")
        #expect(result.symbol == "HSP/EB.2099/INF/1/Rev.1")
        #expect(
            try store.budgetImplications(of: "2/3").map(\.source) == [
                "HSP/EB.2099/INF/1/Rev.1", "HSP/EB.2099/INF/1/Rev.1",
            ])
        #expect(try store.trackerFindings().isEmpty)
    }

    @Test func aBriefingWithoutSymbolIsFiledUnderItsFileNameAndSaysSo() throws {
        let store = try referenceStore()
        let text = briefing.replacingOccurrences(of: "HSP/EB.2099/INF/1", with: "")
        let result = try store.importBriefing(text, file: "docs/b.txt")
        #expect(result.symbol == nil)
        #expect(
            result.warnings == [
                Diagnostic(
                    file: "docs/b.txt", line: 1, .warning,
                    """
                    no symbol in the page header: the briefing is filed under the file name 'b.txt', and the next \
                    import of a file of that name replaces it; give \(field: .symbol) to file it under the briefing's symbol
                    """)
            ])
        #expect(try store.roadmap(of: "2/3").map(\.source) == ["b.txt", "b.txt"])
    }

    @Test func anUnknownResolutionIsAnErrorAndNothingIsWritten() throws {
        let store = try referenceStore()
        let text = briefing.replacingOccurrences(
            of: "Implementation roadmap for resolution 2/3",
            with: "Implementation roadmap for resolution 2/30")
        let failure = #expect(throws: ImportFailure.self) { try store.importBriefing(text, file: "b.txt") }
        #expect(
            failure?.diagnostics.map(\.description).first?.hasPrefix("b.txt:19: error: unknown resolution 2/30") == true
        )
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
        let text = TrackerTexts.contradictedGap
        try store.importTracker(text, file: "t.txt", asOf: CalendarDate(year: 2025, month: 6, day: 1)!)
        #expect(
            try store.trackerFindings() == [
                "resolution 2/3 (t.txt, as of 2025-06-01): the gap is shown as $600K, but required $1,000K less mobilized "
                    + "$300K is $700K",
                "resolution 2/3 (t.txt, as of 2025-06-01): the gap per cent printed is 71 %; computed by the tracker's "
                    + "rule, $700K of $1,000K is 70 % (rounded down)",
            ])
        // Figures set by hand carry no displayed gap, so only the arithmetic's own findings remain.
        try store.setFunding("2/3", required: 1_000, mobilized: 300, asOf: CalendarDate(year: 2025, month: 6, day: 1)!)
        #expect(try store.trackerFindings().isEmpty)
    }

    @Test func onlyTheLatestSnapshotIsCheckedSoThatCorrectingASurplusClearsIt() throws {
        let store = try referenceStore()
        try store.setFunding("2/6", required: 100, mobilized: 150, asOf: CalendarDate(year: 2025, month: 6, day: 1)!)
        #expect(
            try store.trackerFindings() == [
                "resolution 2/6 (entered by hand, as of 2025-06-01): resources mobilized ($150K) exceed resources required "
                    + "($100K) by $50K; the totals count $100K"
            ])
        try store.setFunding("2/6", required: 200, mobilized: 150, asOf: CalendarDate(year: 2025, month: 7, day: 1)!)
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
        #expect(
            failure?.diagnostics.map(\.description).first?
                .hasPrefix("002.txt:1: error: no programme budget implication table and no roadmap found") == true)
        #expect(try store.trackerFindings().isEmpty)
    }
}
