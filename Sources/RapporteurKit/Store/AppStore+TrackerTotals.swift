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
            if let printed = row[figure == .required ? "required" : figure == .mobilized ? "mobilized" : "gap"]
                as Int?, printed != computed
            {
                findings.append(.totalDiffersFromLines(totals, figure, printed: printed, sum: computed))
            }
        }
        if let printed = row["gapPercent"] as Int? {
            if printed != sum.gapPercent {
                findings.append(
                    .totalPercentDiffersFromLines(totals, printed: printed, gap: sum.gap, required: sum.required))
            }
            if let gap = row["gap"] as Int?, let required = row["required"] as Int?, required > 0,
                printed != gap * 100 / required
            {
                findings.append(.totalPercentPrintedWrong(totals, printed: printed, gap: gap, required: required))
            }
        }
        return findings
    }
}
