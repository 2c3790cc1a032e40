/// One resolution's line of the tracker, with the tracker's arithmetic: the gap is
/// what is required less what is mobilized, never below zero; mobilized counts towards
/// the totals only up to what was required, and any surplus is shown, not hidden; the
/// gap per cent is the gap over what is required, rounded down. Whole numbers only.
public struct FundingLine: Codable, Hashable, Sendable {
    public var required: Int
    public var mobilized: Int

    /// The amounts a line may hold, in US$ thousands: far beyond any resolution's, and
    /// small enough that the totals and per cents of every resolution stay whole numbers.
    public static let amounts = 0...999_999_999_999

    public init(required: Int, mobilized: Int) {
        self.required = required
        self.mobilized = mobilized
    }

    /// Mobilized up to what was required: what counts towards the totals.
    public var countedMobilized: Int { min(mobilized, required) }
    public var surplus: Int { max(0, mobilized - required) }
    public var gap: Int { max(0, required - mobilized) }
    /// Rounded down; 0 when nothing is required.
    public var gapPercent: Int { Self.gapPercent(gap: gap, of: required) }

    /// The tracker's rule for a gap per cent: the gap over what is required, rounded
    /// down; 0 when nothing is required.
    public static func gapPercent(gap: Int, of required: Int) -> Int {
        required == 0 ? 0 : gap * 100 / required
    }

    /// Whether a printed per cent that the rule does not give is the same share rounded
    /// to nearest instead of down (57 % for 56.5 %): a difference that rounding explains.
    public static func isRoundedToNearest(_ printed: Int, gap: Int, of required: Int) -> Bool {
        required > 0 && printed == (gap * 200 + required) / (2 * required)
            && printed != gapPercent(gap: gap, of: required)
    }

    /// The totals of several lines: sums of required, counted mobilized and gaps, and
    /// the total gap over the total required, rounded down.
    public static func totals(_ lines: [FundingLine]) -> (required: Int, mobilized: Int, gap: Int, gapPercent: Int) {
        let required = lines.reduce(0) { $0 + $1.required }
        let mobilized = lines.reduce(0) { $0 + $1.countedMobilized }
        let gap = lines.reduce(0) { $0 + $1.gap }
        return (required, mobilized, gap, gapPercent(gap: gap, of: required))
    }
}
