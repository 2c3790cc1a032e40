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
}
