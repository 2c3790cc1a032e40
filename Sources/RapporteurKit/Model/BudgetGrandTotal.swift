/// The grand total a resolution's PBI summary states, as written: what its recurrent
/// and one-time lines add up to, less existing resources.
public struct BudgetGrandTotal: Codable, Sendable, Equatable {
    public var resolution: String
    public var amount: BudgetAmount
    /// "US$", as the summary's figures are written.
    public var unit: String
    /// The briefing's symbol, or its file name when it has none.
    public var source: String
    public var line: Int

    public init(resolution: String, amount: BudgetAmount, unit: String, source: String, line: Int) {
        self.resolution = resolution
        self.amount = amount
        self.unit = unit
        self.source = source
        self.line = line
    }

    /// The grand total set against the lines of its PBI summary (`lines`: the
    /// resolution's rows of the same briefing; those not of the summary are passed over):
    /// it should be what their totals less existing resources add up to. When it is not,
    /// the finding also says whether it is the sum of their totals instead (existing
    /// resources left in). Nil when it adds up, when the summary has no lines, or when a
    /// line's total less existing is left out or "in kind".
    public func inconsistency(lines: [BudgetImplication]) -> BudgetInconsistency? {
        let summary = lines.filter { $0.isSummary && $0.resolution == resolution && $0.source == source }
        guard !summary.isEmpty else { return nil }
        let parts = summary.compactMap { $0.totalLessExisting?.value }
        guard parts.count == summary.count else { return nil }
        let sum = parts.dropFirst().reduce(parts[0], +)
        guard
            var inconsistency = BudgetInconsistency.unless(
                sum, equals: amount, line: line,
                arithmetic: "the PBI summary's totals less existing resources add up to "
                    + "\(parts.map(\.description).joined(separator: " + ")) = \(sum)",
                figure: "the grand total")
        else { return nil }
        let totals = summary.compactMap { $0.total?.value }
        if totals.count == summary.count {
            let sumOfTotals = totals.dropFirst().reduce(totals[0], +)
            inconsistency.message +=
                sumOfTotals == amount
                ? "; it is the sum of the lines' totals, \(sumOfTotals), existing resources left in"
                : "; nor is it the sum of the lines' totals, \(sumOfTotals)"
        }
        return inconsistency
    }
}
