extension AppStore {
    /// The warning for a tracker that stops mid-sentence: the line where it stops, quoted,
    /// and, when its totals are more than its lines add up to, that they cover
    /// resolutions the file does not hold.
    static func cutOffWarning(
        _ cutOff: (line: Int, text: String), totals shown: [String: (value: Int, line: Int)],
        lines: (required: Int, mobilized: Int, gap: Int, gapPercent: Int), count: Int, file: String
    ) -> Diagnostic {
        var message =
            "the text seems to stop short here, mid-sentence: \"\(cutOff.text)\"; that paragraph is left out"
        if let required = shown["required"]?.value, required != lines.required {
            let mobilized = shown["mobilized"].map { ", \(DollarThousands.written($0.value)) mobilized" } ?? ""
            message +=
                ", and the totals (\(DollarThousands.written(required)) required\(mobilized)) cover resolutions "
                + "this file does not hold (its \(count) resolution\(count == 1 ? "" : "s") "
                + "require\(count == 1 ? "s" : "") \(DollarThousands.written(lines.required)))"
        }
        return Diagnostic(file: file, line: cutOff.line, .warning, message)
    }

    /// The warning for a total gap per cent printed that the tracker's rule does not give
    /// from the printed totals themselves (the total gap over the total required, rounded
    /// down), as when the total is rounded to nearest; the printed figure is what the
    /// file says and is not corrected.
    static func printedTotalPercentWarning(_ shown: [String: (value: Int, line: Int)], file: String) -> Diagnostic? {
        guard let printed = shown["gapPercent"], let gap = shown["gap"]?.value, let required = shown["required"]?.value,
            required > 0, printed.value != FundingLine.gapPercent(gap: gap, of: required)
        else { return nil }
        return Diagnostic(
            file: file, line: printed.line, .warning,
            "the total gap per cent printed is \(printed.value) %; computed by the tracker's rule, "
                + "\(DollarThousands.written(gap)) of \(DollarThousands.written(required)) is "
                + "\(FundingLine.gapPercent(gap: gap, of: required)) % (rounded down)"
                + (FundingLine.isRoundedToNearest(printed.value, gap: gap, of: required)
                    ? "; the printed figure is the share rounded to nearest, a difference rounding explains" : ""))
    }
}
