/// Something in the figures in force that does not agree with its own arithmetic, as
/// `tracker check` finds it; `sentence` words it.
public enum TrackerFinding: Sendable, Equatable {
    /// Where a funding snapshot's figures come from.
    public struct Snapshot: Sendable, Equatable {
        /// The resolution's key, "2/7".
        public var resolution: String
        /// The tracker the figures were imported from; nil when they were entered by hand.
        public var source: String?
        public var asOf: CalendarDate

        public init(resolution: String, source: String?, asOf: CalendarDate) {
            self.resolution = resolution
            self.source = source
            self.asOf = asOf
        }
    }

    /// Where a tracker's printed totals come from.
    public struct PrintedTotals: Sendable, Equatable {
        public var source: String
        public var asOf: CalendarDate

        public init(source: String, asOf: CalendarDate) {
            self.source = source
            self.asOf = asOf
        }
    }

    /// Which of a tracker's totals.
    public enum TotalFigure: String, Sendable, Equatable {
        case required = "resource requirements", mobilized = "resources mobilized", gap = "funding gap"

        /// The column of table trackerTotal that holds the figure.
        var column: String {
            switch self {
            case .required: "required"
            case .mobilized: "mobilized"
            case .gap: "gap"
            }
        }
    }

    /// More resources mobilized than required: the surplus does not count towards the totals.
    case mobilizedBeyondRequired(Snapshot, FundingLine)
    /// A gap shown (`shown`) that is not required less mobilized.
    case gapShownWrong(Snapshot, shown: Int, FundingLine)
    /// A gap per cent shown (`shown`) that the tracker's rule does not give.
    case gapPercentShownWrong(Snapshot, shown: Int, FundingLine)
    /// A total amount an imported tracker prints (`printed`) that is not what its lines
    /// add up to (`sum`).
    case totalDiffersFromLines(PrintedTotals, TotalFigure, printed: Int, sum: Int)
    /// A total gap per cent printed that is not the rule's from the sums of the lines
    /// (`gap` of `required`).
    case totalPercentDiffersFromLines(PrintedTotals, printed: Int, gap: Int, required: Int)
    /// A total gap per cent printed that the rule does not give from the printed totals.
    case totalPercentPrintedWrong(PrintedTotals, printed: Int, gap: Int, required: Int)
    /// A row of a briefing's budget figures (a year of a table, a resolution's row, a line
    /// of its PBI summary) whose figures do not add up.
    case budgetTableInconsistent(BudgetImplication, BudgetInconsistency)
    /// A PBI summary's grand total that is not what its lines' totals less existing
    /// resources add up to.
    case grandTotalInconsistent(BudgetGrandTotal, BudgetInconsistency)

    /// A figure shown one off in its last stated unit from what its parts give, which
    /// rounding the parts on their own explains, or a gap per cent printed rounded to
    /// nearest instead of down (57 % for 56.5 %): reported apart from the errors, and no
    /// reason on its own for `tracker check` to exit 2.
    public var isRounding: Bool {
        switch self {
        case .budgetTableInconsistent(_, let inconsistency), .grandTotalInconsistent(_, let inconsistency):
            inconsistency.isRounding
        case .gapPercentShownWrong(_, let shown, let funding):
            FundingLine.isRoundedToNearest(shown, gap: funding.gap, of: funding.required)
        case .totalPercentPrintedWrong(_, let printed, let gap, let required),
            .totalPercentDiffersFromLines(_, let printed, let gap, let required):
            FundingLine.isRoundedToNearest(printed, gap: gap, of: required)
        default: false
        }
    }
}
