/// One year of a resolution's programme budget implications, with the figures as the
/// document states them: post and non-post requirements, their total, the existing
/// resources and the total less existing. A figure the table leaves out is nil.
public struct BudgetImplication: Codable, Sendable, Equatable {
    public var resolution: String
    public var year: Int
    public var nature: BudgetNature?
    public var post: BudgetAmount?
    public var nonPost: BudgetAmount?
    public var total: BudgetAmount?
    public var existing: BudgetAmount?
    public var totalLessExisting: BudgetAmount?
    /// "US$ thousands" or "US$", as the table's heading says.
    public var unit: String
    /// The briefing's symbol, or its file name when it has none.
    public var source: String
    /// The table's line in that document (its title), and those of the rows that the
    /// checks cite.
    public var line: Int
    public var totalLine: Int?
    public var totalLessExistingLine: Int?

    public init(
        resolution: String, year: Int, nature: BudgetNature? = nil, post: BudgetAmount? = nil,
        nonPost: BudgetAmount? = nil, total: BudgetAmount? = nil, existing: BudgetAmount? = nil,
        totalLessExisting: BudgetAmount? = nil, unit: String, source: String, line: Int,
        totalLine: Int? = nil, totalLessExistingLine: Int? = nil
    ) {
        self.resolution = resolution
        self.year = year
        self.nature = nature
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

    /// Each way the table's own arithmetic fails, in words, with the figures and the
    /// line of the row shown wrong.
    public var inconsistencies: [BudgetInconsistency] {
        var found: [BudgetInconsistency] = []
        if let post, let nonPost, let total, post + nonPost != total {
            found.append(
                BudgetInconsistency(
                    line: totalLine ?? line,
                    message:
                        "post \(post) + non-post \(nonPost) = \(post + nonPost), but the total is shown as \(total)"))
        }
        // Some tables write the existing resources as a deduction, "(120.0)": the same amount.
        if let total, let existing = existing?.magnitude, let totalLessExisting, total - existing != totalLessExisting {
            found.append(
                BudgetInconsistency(
                    line: totalLessExistingLine ?? line,
                    message:
                        "total \(total) − existing resources \(existing) = \(total - existing), "
                        + "but the total less existing resources is shown as \(totalLessExisting)"))
        }
        return found
    }
}
