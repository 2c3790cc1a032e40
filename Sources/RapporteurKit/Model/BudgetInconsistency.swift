/// A budget row (or a PBI summary's grand total) whose figures do not add up: what is
/// wrong, with the figures, the line of the figure shown wrong, and by how much.
public struct BudgetInconsistency: Sendable, Equatable {
    public var line: Int
    public var message: String
    /// What the figure shown is off by, without its sign; nil when not stated apart.
    public var difference: BudgetAmount?

    public init(line: Int, message: String, difference: BudgetAmount? = nil) {
        self.line = line
        self.message = message
        self.difference = difference
    }

    /// The figure `shown` set against what its parts give (`computed`): nil when they
    /// agree. `arithmetic` says how the parts give it ("post 10.0 + non-post 5.5 =
    /// 15.5"), `figure` which figure is shown ("the total").
    static func unless(
        _ computed: BudgetAmount, equals shown: BudgetAmount, line: Int, arithmetic: String, figure: String
    ) -> BudgetInconsistency? {
        guard computed != shown else { return nil }
        let difference = (shown - computed).magnitude
        let message =
            BudgetInconsistency.isRounding(difference)
            ? "\(arithmetic); \(figure) shown, \(shown), differs by \(difference), which rounding explains"
            : "\(arithmetic), but \(figure) is shown as \(shown) (a difference of \(difference))"
        return BudgetInconsistency(line: line, message: message, difference: difference)
    }

    /// A difference of exactly one in the last unit the figures state (1 for whole
    /// dollars, 0.1 for "1,234.5"), which rounding each figure on its own explains.
    public var isRounding: Bool { difference.map(Self.isRounding) ?? false }

    private static func isRounding(_ difference: BudgetAmount) -> Bool { difference.units == 1 }
}
