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

    /// More resources mobilized than required: the surplus does not count towards the totals.
    case mobilizedBeyondRequired(Snapshot, FundingLine)
    /// A gap shown (`shown`) that is not required less mobilized.
    case gapShownWrong(Snapshot, shown: Int, FundingLine)
    /// A gap per cent shown (`shown`) that the tracker's rule does not give.
    case gapPercentShownWrong(Snapshot, shown: Int, FundingLine)
    /// A year of a briefing's budget table whose figures do not add up.
    case budgetTableInconsistent(BudgetImplication, BudgetInconsistency)
}
