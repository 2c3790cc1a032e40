/// A year of a budget table whose figures do not add up: what is wrong, with the
/// figures, and the line of the row shown wrong.
public struct BudgetInconsistency: Sendable, Equatable {
    public var line: Int
    public var message: String
}
