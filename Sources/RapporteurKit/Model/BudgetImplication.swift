/// A row of a resolution's programme budget implications, with the figures as the
/// document states them: post and non-post requirements, their total, the existing
/// resources and the total less existing. A figure the table leaves out is nil.
///
/// A briefing in columns gives one row a year; a briefing taken from slides gives one
/// row a resolution with no year, or several rows each with its own label ("Open
/// Platform"), and the PBI summary of a resolution gives its recurrent and its one-time
/// lines (`isSummary`), which its grand total adds up.
public struct BudgetImplication: Codable, Sendable, Equatable {
    public var resolution: String
    /// Nil when the briefing gives no year.
    public var year: Int?
    public var nature: BudgetNature?
    /// The row's own name when a resolution has several rows ("Intergovernmental Working Group").
    public var label: String?
    /// A line of a PBI summary.
    public var isSummary: Bool
    public var post: BudgetFigure?
    public var nonPost: BudgetFigure?
    public var total: BudgetFigure?
    public var existing: BudgetFigure?
    public var totalLessExisting: BudgetFigure?
    /// "US$ thousands" or "US$", as the table's heading says.
    public var unit: String
    /// The briefing's symbol, or its file name when it has none.
    public var source: String
    /// The row's line in that document (for a table in columns, its title), and those of
    /// the rows that the checks cite.
    public var line: Int
    public var totalLine: Int?
    public var totalLessExistingLine: Int?

    public init(
        resolution: String, year: Int? = nil, nature: BudgetNature? = nil, label: String? = nil,
        isSummary: Bool = false, post: BudgetFigure? = nil, nonPost: BudgetFigure? = nil,
        total: BudgetFigure? = nil, existing: BudgetFigure? = nil, totalLessExisting: BudgetFigure? = nil,
        unit: String, source: String, line: Int, totalLine: Int? = nil, totalLessExistingLine: Int? = nil
    ) {
        self.resolution = resolution
        self.year = year
        self.nature = nature
        self.label = label
        self.isSummary = isSummary
        self.post = post
        self.nonPost = nonPost
        self.total = total
        self.existing = existing
        self.totalLessExisting = totalLessExisting
        self.unit = unit
        self.source = source
        self.line = line
        self.totalLine = totalLine
        self.totalLessExistingLine = totalLessExistingLine
    }

    /// How the row is named in a finding or a dossier: "2025", "Open Platform",
    /// "recurrent requirements (PBI summary)", or "budget" for a resolution's only row.
    public var name: String {
        var parts: [String] = []
        if let year { parts.append(String(year)) }
        if let label { parts.append(label) }
        if isSummary, let nature { parts.append("\(nature.words) requirements (PBI summary)") }
        return parts.isEmpty ? "budget" : parts.joined(separator: ", ")
    }

    /// Each way the row's own arithmetic fails, in words, with the figures, the line of
    /// the figure shown wrong and the difference (a difference of one in the last stated
    /// unit is `isRounding`). A figure "in kind" takes part in no check; a dash counts as
    /// zero. The lines of a PBI summary are checked the same way.
    public var inconsistencies: [BudgetInconsistency] {
        var found: [BudgetInconsistency] = []
        if let post = post?.value, let nonPost = nonPost?.value, let total = total?.value,
            let inconsistency = BudgetInconsistency.unless(
                post + nonPost, equals: total, line: totalLine ?? line,
                arithmetic: "post \(post) + non-post \(nonPost) = \(post + nonPost)", figure: "the total")
        {
            found.append(inconsistency)
        }
        // Some tables write the existing resources as a deduction, "(120.0)": the same amount.
        if let total = total?.value, let existing = existing?.value?.magnitude,
            let totalLessExisting = totalLessExisting?.value,
            let inconsistency = BudgetInconsistency.unless(
                total - existing, equals: totalLessExisting, line: totalLessExistingLine ?? line,
                arithmetic: "total \(total) − existing resources \(existing) = \(total - existing)",
                figure: "the total less existing resources")
        {
            found.append(inconsistency)
        }
        return found
    }
}
