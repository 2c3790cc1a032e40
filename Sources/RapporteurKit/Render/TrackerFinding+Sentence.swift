extension TrackerFinding {
    /// The finding as `tracker check` prints it: the resolution, the document and the
    /// date or line, then what does not add up, with the figures.
    public var sentence: String {
        func thousands(_ value: Int) -> String { DollarThousands.written(value) }
        switch self {
        case .mobilizedBeyondRequired(let snapshot, let funding):
            return "\(place(snapshot)): resources mobilized (\(thousands(funding.mobilized))) exceed resources "
                + "required (\(thousands(funding.required))) by \(thousands(funding.surplus)); "
                + "the totals count \(thousands(funding.countedMobilized))"
        case .gapShownWrong(let snapshot, let shown, let funding):
            return "\(place(snapshot)): the gap is shown as \(thousands(shown)), but required "
                + "\(thousands(funding.required)) less mobilized \(thousands(funding.countedMobilized)) is "
                + "\(thousands(funding.gap))"
        case .gapPercentShownWrong(let snapshot, let shown, let funding):
            return "\(place(snapshot)): the gap per cent printed is \(shown) %; computed by the tracker's rule, "
                + "\(thousands(funding.gap)) of \(thousands(funding.required)) is \(funding.gapPercent) % (rounded down)"
                + roundingNote(shown, gap: funding.gap, of: funding.required)
        case .totalPercentDiffersFromLines(let totals, let printed, let gap, let required):
            return "\(place(totals)): the total gap per cent printed is \(printed) %; computed from the lines, "
                + "\(thousands(gap)) of \(thousands(required)) is \(FundingLine.gapPercent(gap: gap, of: required)) % "
                + "(rounded down)" + roundingNote(printed, gap: gap, of: required)
        case .totalDiffersFromLines(let totals, let figure, let printed, let sum):
            let verb = figure == .gap ? "is" : "are"
            return "\(place(totals)): the total \(figure.rawValue) printed \(verb) \(thousands(printed)); "
                + "the lines add up to \(thousands(sum))"
        case .totalPercentPrintedWrong(let totals, let printed, let gap, let required):
            return "\(place(totals)): the total gap per cent printed is \(printed) %; computed by the tracker's "
                + "rule from the printed totals, \(thousands(gap)) of \(thousands(required)) is "
                + "\(FundingLine.gapPercent(gap: gap, of: required)) % (rounded down)"
                + roundingNote(printed, gap: gap, of: required)
        case .budgetTableInconsistent(let budget, let inconsistency):
            return "resolution \(budget.resolution), \(budget.name) (\(budget.source), line "
                + "\(inconsistency.line), \(budget.unit)): \(inconsistency.message)"
        case .grandTotalInconsistent(let grandTotal, let inconsistency):
            return "resolution \(grandTotal.resolution), grand total of the PBI summary (\(grandTotal.source), line "
                + "\(inconsistency.line), \(grandTotal.unit)): \(inconsistency.message)"
        }
    }

    /// Says when the printed per cent is the share rounded to nearest rather than down:
    /// a difference of one that rounding explains, not a wrong figure.
    private func roundingNote(_ printed: Int, gap: Int, of required: Int) -> String {
        FundingLine.isRoundedToNearest(printed, gap: gap, of: required)
            ? "; the printed figure is the share rounded to nearest, a difference rounding explains" : ""
    }

    /// "totals (tracker.txt, as of 2025-03-01)".
    private func place(_ totals: PrintedTotals) -> String {
        "totals (\(totals.source), as of \(totals.asOf.iso))"
    }

    /// "resolution 2/7 (tracker.txt, as of 2025-03-01)".
    private func place(_ snapshot: Snapshot) -> String {
        "resolution \(snapshot.resolution) (\(snapshot.source ?? "entered by hand"), as of \(snapshot.asOf.iso))"
    }
}
