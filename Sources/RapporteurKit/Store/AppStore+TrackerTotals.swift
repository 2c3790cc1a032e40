import GRDB

extension AppStore {
    /// Keeps the totals a tracker prints, as printed, for the day it holds for,
    /// replacing those of an earlier import of that day.
    static func saveTrackerTotals(
        _ totals: [String: (value: Int, line: Int)], source: String, asOf: CalendarDate, user: String, stamp: String,
        db: Database
    ) throws {
        try db.execute(sql: "DELETE FROM trackerTotal WHERE asOf = ?", arguments: [asOf.iso])
        guard !totals.isEmpty else { return }
        try db.execute(
            sql: """
                INSERT INTO trackerTotal (asOf, source, required, mobilized, gap, gapPercent, createdBy, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                asOf.iso, source, totals["required"]?.value, totals["mobilized"]?.value, totals["gap"]?.value,
                totals["gapPercent"]?.value, user, stamp,
            ])
    }

    /// The latest printed totals against the lines imported with them (the funding
    /// snapshots of the same day from the same tracker), and the printed gap per cent
    /// against the rule applied to the printed totals.
    func trackerTotalsFindings(_ db: Database) throws -> [TrackerFinding] {
        guard
            let row = try Row.fetchOne(db, sql: "SELECT * FROM trackerTotal ORDER BY asOf DESC LIMIT 1")
        else { return [] }
        let totals = TrackerFinding.PrintedTotals(source: row["source"], asOf: row["asOf"])
        let lines = try Row.fetchAll(
            db, sql: "SELECT required, mobilized FROM fundingSnapshot WHERE asOf = ? AND source = ?",
            arguments: [totals.asOf.iso, totals.source]
        ).map { FundingLine(required: $0["required"], mobilized: $0["mobilized"]) }
        let sum = FundingLine.totals(lines)
        var findings: [TrackerFinding] = []
        for (figure, computed) in [
            (TrackerFinding.TotalFigure.required, sum.required), (.mobilized, sum.mobilized), (.gap, sum.gap),
        ] {
            if let printed = row[figure.column] as Int?, printed != computed {
                findings.append(.totalDiffersFromLines(totals, figure, printed: printed, sum: computed))
            }
        }
        guard let printed = row["gapPercent"] as Int? else { return findings }
        // A per cent the printed totals themselves do not give is one finding; when the
        // printed totals are also the sums of the lines, the same figures would give a
        // second, identical one from the lines.
        let printedGap = row["gap"] as Int?
        let printedRequired = row["required"] as Int?
        if let gap = printedGap, let required = printedRequired, required > 0,
            printed != FundingLine.gapPercent(gap: gap, of: required)
        {
            findings.append(.totalPercentPrintedWrong(totals, printed: printed, gap: gap, required: required))
            if gap == sum.gap, required == sum.required { return findings }
        }
        if printed != sum.gapPercent {
            findings.append(
                .totalPercentDiffersFromLines(totals, printed: printed, gap: sum.gap, required: sum.required))
        }
        return findings
    }
}
