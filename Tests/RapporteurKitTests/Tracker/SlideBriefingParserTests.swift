import Testing

@testable import RapporteurKit

/// Briefings of our own laid out as slides taken to text are: the ninth session's
/// resolutions are made up, so the reader is tested without the store.
@Suite struct SlideBriefingParserTests {
    /// A section with one roadmap slide holding `roadmap`.
    static func roadmap(_ lines: String) -> BriefingParser.Result {
        BriefingParser.parse(
            "Our briefing\n\nHSP/HA.9/RES.1 - Rivers in towns\n\nImplementation Roadmap\n\n" + lines, file: "s.txt")
    }

    @Test func stepsStateTheirPeriodBeforeOrAfterTheActivityAndTheirNumberIsDropped() throws {
        let result = Self.roadmap(
            """
            - Survey of the river banks: March-May 2099
            - 1) Immediate: Open a help desk (para 4)
            - 2) By Jun 2099: Draft the guide (para 2(b) and 2(c))
            - Talks with the towns (no date yet)
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.milestones.map(\.period) == ["March-May 2099", "Immediate", "By Jun 2099", nil])
        #expect(result.milestones.map(\.periodStart?.iso) == ["2099-03-01", nil, nil, nil])
        #expect(result.milestones.map(\.periodEnd?.iso) == ["2099-05-31", nil, "2099-06-30", nil])
        #expect(
            result.milestones.map(\.activity) == [
                "Survey of the river banks", "Open a help desk", "Draft the guide",
                "Talks with the towns (no date yet)",
            ])
        #expect(result.milestones.map(\.paragraphs) == [[], ["4"], ["2 (b)", "2 (c)"], []])
        #expect(result.milestones.map(\.line) == [7, 8, 9, 10])
        #expect(result.milestones.map(\.position) == [1, 2, 3, 4])
        #expect(result.title == "Our briefing")
    }

    @Test func stepsAreListedUnderTheHeadingsAboveThem() {
        let result = Self.roadmap(
            """
            First year (funds in hand):

            - 1) Mar 2099: Hire a hydrologist
            - 2) Plant the willows

            Later years (if funds allow):

            - 1) Dredge the channel

            Stage 1 (2099-2100)

            - 2099: Map the floods

            Continuous: Teach the schools about rivers

            - Work shared across the planning units.
            - Bridges (OP4)
             - 1. Count the bridges
             - 2. Mend the worst ones (OP5)
            - Ferries (OP6)
             - 1. Price a ferry

            Soon after: Report to the board

            Meanwhile, the towns will keep their own records of the water level.
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(
            result.milestones.map(\.group) == [
                "First year (funds in hand)", "First year (funds in hand)", "Later years (if funds allow)",
                "Stage 1 (2099-2100)", "Continuous", nil, "Bridges (OP4)", "Bridges (OP4)", "Ferries (OP6)", nil, nil,
            ])
        #expect(
            result.milestones.map(\.paragraphs) == [[], [], [], [], [], [], ["4"], ["4", "5"], ["6"], [], []])
        #expect(result.milestones.map(\.period) == ["Mar 2099", nil, nil, "2099", nil, nil, nil, nil, nil, nil, nil])
        #expect(result.milestones.last?.activity.hasPrefix("Meanwhile, the towns") == true)
        // "Soon after" is no period, so the line is a step with no period.
        #expect(result.milestones[9].activity == "Soon after: Report to the board")
        #expect(result.milestones[5].activity == "Work shared across the planning units.")
    }

    @Test func aBulletBrokenOverTwoLinesAStatusAndANamedRoadmapAreRead() {
        let text = """
            Our briefing

            HSP/HA.9/RES.1 - Rivers in towns

            Implementation Roadmap: River wardens

            - Done ✓: Name the first wardens
            - July 2099: Train the wardens and give them
             boats and radios



            2100: Hand the boats over to the towns

            HSP/HA.9/RES.1 - Rivers in towns

            Implementation Roadmap: River data

            - Late 2099 (subject to funds): Publish the data
            """
        let result = BriefingParser.parse(text, file: "s.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.milestones.map(\.roadmap) == ["River wardens", "River wardens", "River wardens", "River data"])
        #expect(result.milestones.map(\.status) == ["Done", nil, nil, nil])
        #expect(result.milestones.map(\.period) == [nil, "July 2099", "2100", "Late 2099 (subject to funds)"])
        #expect(result.milestones[1].activity == "Train the wardens and give them boats and radios")
        #expect(result.milestones[3].period == "Late 2099 (subject to funds)")
        #expect(result.milestones[3].periodStart?.iso == "2099-09-01")
        #expect(result.milestones.map(\.position) == [1, 2, 3, 4])
    }

    @Test func fundraisingLinesKeepTheirLevelsAndJoinWhatIsBroken() {
        let text = """
            Our briefing

            HSP/HA.9/RES.1 - Rivers in towns

            Fundraising Strategy

            Some of the work can start with the money already pledged.

            - Talks with **donor towns**:
             - o Showing what the wardens do
             - Visits during the river festival
            - A note to the regional banks and their
             local funds, asking for a
             small grant.
            """
        let result = BriefingParser.parse(text, file: "s.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.fundraising.map(\.level) == [0, 0, 1, 1, 0])
        #expect(
            result.fundraising.map(\.text) == [
                "Some of the work can start with the money already pledged.", "Talks with donor towns:",
                "Showing what the wardens do", "Visits during the river festival",
                "A note to the regional banks and their local funds, asking for a small grant.",
            ])
        #expect(result.fundraising.map(\.line) == [7, 9, 10, 11, 12])
        #expect(result.fundraising.map(\.position) == [1, 2, 3, 4, 5])
    }

    @Test func aBudgetRowIsReadUnderItsHeaderWhateverNamesTheSlideLost() throws {
        let text = """
            Our briefing

            HSP/HA.9/RES.1 - Rivers in towns

            Fundraising Strategy

            - Pledges from towns

            Post\tNon-Post\t\t_\tTotal Requirements less Existing
            Requirements\tRequirements\t\t\tResources
            \\$ 1,200,000\t300 500\t\\$1,500,500\t\\$in kind\t\\$1,500,500\t\t
            """
        let result = BriefingParser.parse(text, file: "s.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let row = try #require(result.budgets.first)
        #expect(result.budgets.count == 1)
        #expect(row.post == BudgetFigure(stated: "1,200,000"))
        #expect(row.nonPost == BudgetFigure(stated: "300,500"))
        #expect(row.total == BudgetFigure(stated: "1,500,500"))
        #expect(row.existing == .inKind)
        #expect(row.totalLessExisting == BudgetFigure(stated: "1,500,500"))
        #expect(row.year == nil && row.label == nil && row.nature == nil && !row.isSummary)
        #expect(row.unit == "US$")
        #expect(row.line == 11 && row.totalLine == 11)
    }

    @Test func labelledRowsAndADashThatSlidOneCellOn() {
        let text = """
            Our briefing

            HSP/HA.9/RES.2 - Quiet streets

            Fundraising Strategy

            - Pledges from towns

            Activity\t\t\t\t_\tTotal Requirements less Existing Resources
            Street\t\t\t\t\t
            Surveys\t\\$10,000\t\\$5,000\t\\$15,000\t\t- \\$15,000
            Signs\t\\$2,000\t\\$-\t\\$2,000\t\\$0\t\\$2,000
            """
        let result = BriefingParser.parse(text, file: "s.txt")
        #expect(
            result.diagnostics.map(\.description) == [
                "s.txt:11: warning: '- $15,000' under Total less existing resources is read as a dash under Existing "
                    + "resources, whose cell is empty, and 15,000 under Total less existing resources: the dash has "
                    + "slid one cell on"
            ])
        #expect(result.budgets.map(\.label) == ["Street Surveys", "Signs"])
        #expect(result.budgets.map(\.existing) == [.dash, BudgetFigure(stated: "0")])
        #expect(
            result.budgets.map(\.totalLessExisting) == [BudgetFigure(stated: "15,000"), BudgetFigure(stated: "2,000")])
        #expect(result.budgets.map(\.nonPost) == [BudgetFigure(stated: "5,000"), .dash])
        #expect(result.budgets.map(\.line) == [10, 12])
        #expect(result.budgets.map(\.totalLine) == [11, 12])
    }

    @Test func aNamedCellInTheWrongPlaceOrAFigureThatIsNoneIsAnError() {
        let swapped = BriefingParser.parse(
            """
            Our briefing

            HSP/HA.9/RES.1 - Rivers in towns

            Fundraising Strategy

            Post Requirements\tTotal Requirements\t\t_\t_
            \\$1\t\\$2\t\\$3\t\\$4\t\\$5
            """, file: "s.txt")
        #expect(
            swapped.diagnostics.map(\.description) == [
                "s.txt:7: error: the budget table's columns cannot be matched: 'Total Requirements' heads column 2, "
                    + "where the Non-post column goes, but names the Total column; the columns are Post, Non-post, "
                    + "Total, Existing resources, Total less existing resources, in that order"
            ])
        #expect(swapped.budgets.isEmpty)
        let unreadable = BriefingParser.parse(
            """
            Our briefing

            HSP/HA.9/RES.1 - Rivers in towns

            Fundraising Strategy

            Post Requirements\tNon-Post Requirements
            \\$1,000\tabout \\$2,000\t\\$3,000
            """, file: "s.txt")
        #expect(
            unreadable.diagnostics.map(\.description) == [
                "s.txt:8: error: 'about $2,000' under Non-post is not a figure: write an amount ($1,234 or 1,234), "
                    + "'in kind', or '-' for none"
            ])
        #expect(unreadable.budgets.isEmpty)
    }

    @Test func aPBISummaryGivesItsLinesAndAGrandTotalRepeatedCutShortIsPassedOver() throws {
        let text = """
            Our briefing

            HSP/HA.9/RES.2 - Quiet streets

            PBI Summary

            Recurrent Requ\tRecurrent Resource Requirements\t\t\t
            Post\tNon-Post\tTotal\tExisting\tTotal Requirements less Existing
            Requirements\tRequirements\tRequirements\tResources\tResources
            \\$100\t\\$50\t\\$150\t\\$10\t\\$140
            One-Time Requ\tirements\t\t\t
            Post\tNon-Post\tTotal\tExisting\tTotal Requirements less Existing
            Requirements\tRequirements\tRequirements\tResources\tResources
            \\$0\t\\$60\t\\$60\t\\$0\t\\$60
            x\t2\tGrand Total: \\$200

            Grand Total: \\$20
            """
        let result = BriefingParser.parse(text, file: "s.txt")
        #expect(
            result.diagnostics.map(\.description) == [
                "s.txt:15: warning: the cells 'x', '2' beside the grand total are left over from the slide; they are "
                    + "not read",
                "s.txt:17: warning: 'Grand Total: $20' repeats the grand total of line 15, $200, with its last digits "
                    + "lost; the grand total of line 15 is kept",
            ])
        #expect(result.budgets.map(\.nature) == [.recurrent, .oneTime])
        #expect(result.budgets.allSatisfy { $0.isSummary })
        #expect(result.budgets.map(\.totalLessExisting) == [BudgetFigure(stated: "140"), BudgetFigure(stated: "60")])
        #expect(
            result.grandTotals == [
                BudgetGrandTotal(
                    resolution: "9/2", amount: BudgetAmount("200")!, unit: "US$", source: "s.txt", line: 15)
            ])
        let differing = BriefingParser.parse(
            text.replacingOccurrences(of: "\n\nGrand Total: \\$20", with: "\n\nGrand Total: \\$210"), file: "s.txt")
        #expect(
            differing.diagnostics.last?.description
                == "s.txt:17: error: a second grand total of resolution 9/2, '$210', differs from the one of line 15, "
                + "$200: keep one")
    }

    @Test func linesOnNoSlideAreWarningsAndTheIndexIsCheckedAgainstTheSections() {
        let text = """
            Our briefing

            What the Board asked for
            Resolutions:\t
            HSP/HA.9/RES.1 – Rivers in towns\tHSP/HA.9/RES.3 - Clean air

            HSP/HA.9/RES.1 - Rivers in towns
            A stray line before any slide

            Implementation Roadmap

            - Survey the banks

            HSP/HA.9/RES.2 - Quiet streets

            Fundraising Strategy

            - Pledges from towns

            Any questions?

            www.example.org
            """
        let result = BriefingParser.parse(text, file: "s.txt")
        #expect(
            result.diagnostics.map(\.description) == [
                "s.txt:3: warning: 'What the Board asked for' is on no roadmap, fundraising strategy or budget table "
                    + "of a resolution; it is not stored",
                "s.txt:8: warning: 'A stray line before any slide' is under the heading of resolution 9/1, on no "
                    + "roadmap, fundraising strategy or budget table of a resolution; it is not stored",
                "s.txt:20: warning: 'Any questions?' is under the heading of resolution 9/2, on no roadmap, "
                    + "fundraising strategy or budget table of a resolution; it is not stored",
                "s.txt:22: warning: 'www.example.org' is under the heading of resolution 9/2, on no roadmap, "
                    + "fundraising strategy or budget table of a resolution; it is not stored",
                "s.txt:5: warning: the index lists resolution 9/3, but no slide of the briefing is headed with it",
                "s.txt:14: warning: resolution 9/2 has slides but is not in the index of resolutions at line 4",
            ])
        #expect(result.milestones.count == 1)
        #expect(result.fundraising.count == 1)
    }
}

/// A briefing taken from slides, stored: a resolution the store does not know is an
/// error at its line, and then nothing is written.
@Suite struct SlideBriefingImportTests {
    @Test func anUnknownResolutionIsAnErrorAtItsLineAndNothingIsWritten() throws {
        let store = try referenceStore()
        let text = """
            Our briefing

            HSP/HA.2/RES.7 - Housing for all

            Fundraising Strategy

            - Pledges from towns

            HSP/HA.2/RES.99 - A resolution never adopted

            Implementation Roadmap

            - March 2099: A first step
            """
        let failure = #expect(throws: ImportFailure.self) {
            try store.importBriefing(text, file: "s.txt", symbol: "HSP/EB.2099/INF/1")
        }
        #expect(failure?.diagnostics.map(\.line) == [13])
        #expect(failure?.diagnostics.first?.description.hasPrefix("s.txt:13: error: unknown resolution 2/99") == true)
        #expect(try store.fundraising(of: "2/7").isEmpty)
    }
}
