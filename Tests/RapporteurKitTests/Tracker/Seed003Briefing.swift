@testable import RapporteurKit

/// Seed 003's budget figures (the technical briefing on the resolutions of the second
/// session), typed by hand from the seed, row by row with its line: what a reader of the
/// briefing should find (a row's line is where its label starts), stored with
/// `saveBriefing` so that the arithmetic is tested apart from the reader.
enum Seed003Briefing {
    static let file = "003_f73e5b42b6516f05.txt"

    static func figure(_ text: String) -> BudgetFigure { BudgetFigure(stated: text)! }

    /// One row of figures as the seed writes them: post, non-post, total, existing, total
    /// less existing.
    static func row(
        _ resolution: String, line: Int, label: String? = nil, summary nature: BudgetNature? = nil,
        _ post: String, _ nonPost: String, _ total: String, _ existing: String, _ totalLessExisting: String
    ) -> BudgetImplication {
        BudgetImplication(
            resolution: resolution, nature: nature, label: label, isSummary: nature != nil, post: figure(post),
            nonPost: figure(nonPost), total: figure(total), existing: figure(existing),
            totalLessExisting: figure(totalLessExisting), unit: "US$", source: file, line: line)
    }

    /// Every row of the seed's budget figures, in its order.
    static var budgets: [BudgetImplication] {
        [
            row("2/1", line: 45, "550,663", "639,888", "1,179,384", "311,700", "867,684"),
            row("2/2", line: 83, "340,200", "405,613", "745,813", "in kind", "745,813"),
            row("2/3", line: 103, "181,433", "450,110", "631,543", "0", "631,543"),
            // The existing resources of 2/4 are a dash before the last figure: "- $1,730,390".
            row("2/4", line: 128, "627,175", "1,103,215", "1,730,390", "-", "1,730,390"),
            row("2/5", line: 161, "308,467", "260,167", "568,634", "25,817", "542,817"),
            row("2/6", line: 203, summary: .recurrent, "829,483", "1,175,665", "2,005,149", "500,000", "1,505,149"),
            row("2/6", line: 207, summary: .oneTime, "0", "2,181,800", "2,181,800", "0", "2,181,800"),
            row(
                "2/7", line: 256, label: "Intergovernmental Working Group", "286 533", "211 182", "497 715", "0",
                "497 715"),
            row("2/7", line: 258, label: "Open Platform", "236 233", "199 642", "435 875", "75,000", "435 875"),
            row("2/8", line: 290, "648,321", "1,636,656", "2,284,977", "20,000", "2,264,977"),
            row("2/9", line: 326, "1,081,700", "442,288", "1,523,988", "-", "1,523,988"),
            row("2/10", line: 359, "52,575", "22,387", "74,962", "26,758", "48,204"),
        ]
    }

    /// The PBI summary's grand total of 2/6, on the line of the summary's table (line 210
    /// repeats it cut short: "$3,686,94").
    static var grandTotals: [BudgetGrandTotal] {
        [BudgetGrandTotal(resolution: "2/6", amount: BudgetAmount("3,686,949")!, unit: "US$", source: file, line: 208)]
    }

    static var result: BriefingParser.Result {
        BriefingParser.Result(budgets: budgets, grandTotals: grandTotals)
    }
}
