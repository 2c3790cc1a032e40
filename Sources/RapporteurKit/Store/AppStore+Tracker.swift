import GRDB

extension AppStore {
    /// Records a resolution's funding as of a date (US$ thousands), replacing a snapshot
    /// of the same date.
    @discardableResult
    public func setFunding(
        _ key: String, required: Int, mobilized: Int, asOf: CalendarDate, note: String? = nil,
        source: String? = nil
    ) throws -> FundingSnapshot {
        guard FundingLine.amounts.contains(required), FundingLine.amounts.contains(mobilized) else {
            throw RapporteurError.invalid(
                "resources are whole numbers of US$ thousands, 0 to "
                    + "\(CardinalWords.withThousandsSeparators(FundingLine.amounts.upperBound)), not \(FundingLine.amounts.contains(required) ? mobilized : required)"
            )
        }
        let stamp = audit.now
        return try write { db in
            try Self.saveFunding(
                key, required: required, mobilized: mobilized, asOf: asOf, note: note, source: source,
                user: audit.user, stamp: stamp, db: db)
        }
    }

    static func saveFunding(
        _ key: String, required: Int, mobilized: Int, asOf: CalendarDate, note: String?,
        source: String?, shownGap: Int? = nil, shownGapPercent: Int? = nil,
        user: String, stamp: String, db: Database
    ) throws -> FundingSnapshot {
        let resolution = try Resolution.find(db, typed: key)
        try db.execute(
            sql: "DELETE FROM fundingSnapshot WHERE resolutionId = ? AND asOf = ?",
            arguments: [resolution.id, asOf.iso])
        var snapshot = FundingSnapshot(
            id: nil, resolutionId: resolution.id!, asOf: asOf, required: required,
            mobilized: mobilized, unit: "US$ thousands", note: RecordText.line(note),
            shownGap: shownGap, shownGapPercent: shownGapPercent, source: source,
            createdBy: user, createdAt: stamp)
        try snapshot.insert(db)
        return snapshot
    }

    static func saveStatus(
        _ resolutionId: Int64, _ status: ImplementationStatus, asOf: CalendarDate, source: String?,
        user: String, stamp: String, db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO implementationStatus (resolutionId, status, asOf, source, createdBy, createdAt) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (resolutionId, asOf) DO UPDATE SET status = excluded.status, source = excluded.source
                """, arguments: [resolutionId, status.rawValue, asOf.iso, source, user, stamp])
    }

    /// The tracker as of a date (default: the latest figures): each resolution's latest
    /// status and funding on or before it, second-session resolutions first, as the
    /// published tracker lists them.
    public func tracker(asOf: CalendarDate? = nil) throws -> Tracker {
        try read { db in
            let day = asOf?.iso ?? "9999-12-31"
            var lines: [Tracker.Line] = []
            let resolutions = try Resolution.order(Column("session").desc, Column("number")).fetchAll(db)
            for resolution in resolutions {
                guard
                    let snapshot =
                        try FundingSnapshot
                        .filter(Column("resolutionId") == resolution.id && Column("asOf") <= day)
                        .order(Column("asOf").desc).fetchOne(db)
                else { continue }
                let status = try String.fetchOne(
                    db,
                    sql: """
                        SELECT status FROM implementationStatus WHERE resolutionId = ? AND asOf <= ? ORDER BY asOf DESC LIMIT 1
                        """, arguments: [resolution.id, day]
                ).flatMap(ImplementationStatus.init(rawValue:))
                let funding = FundingLine(required: snapshot.required, mobilized: snapshot.mobilized)
                lines.append(
                    Tracker.Line(
                        key: resolution.key.key, title: resolution.title, status: status, asOf: snapshot.asOf,
                        required: funding.required, mobilized: funding.mobilized,
                        countedMobilized: funding.countedMobilized,
                        surplus: funding.surplus, gap: funding.gap, gapPercent: funding.gapPercent, note: snapshot.note)
                )
            }
            let totals = FundingLine.totals(lines.map { FundingLine(required: $0.required, mobilized: $0.mobilized) })
            let latest = lines.compactMap(\.asOf).max() ?? CalendarDate.today()
            return Tracker(
                asOf: asOf ?? latest, unit: "US$ thousands", resolutions: lines,
                totals: .init(
                    required: totals.required, mobilized: totals.mobilized, gap: totals.gap,
                    gapPercent: totals.gapPercent))
        }
    }

    /// Checks the figures in force against their own arithmetic, one finding naming the
    /// resolution, the document and the figures: each resolution's latest funding
    /// snapshot (resources mobilized beyond those required; a gap or gap per cent shown
    /// that the tracker's rule does not give), the totals the latest imported tracker
    /// prints (against the sums of its lines, and their gap per cent against the rule),
    /// each row of its budget figures in force, the lines of a PBI summary among them
    /// (post plus non-post against the total; the total less existing resources against
    /// the total less the existing resources), and a PBI summary's grand total (against
    /// the sum of its lines' totals less existing resources). A figure one off in its last
    /// stated unit is found all the same, marked `isRounding`; a figure "in kind" takes
    /// part in no check.
    /// Figures since replaced (a later snapshot, a revised briefing) are not checked, so
    /// that correcting them clears the finding.
    public func trackerCheck() throws -> [TrackerFinding] {
        let snapshots = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.session, r.number, f.* FROM fundingSnapshot f JOIN resolution r ON r.id = f.resolutionId
                    WHERE f.asOf = (SELECT MAX(asOf) FROM fundingSnapshot l WHERE l.resolutionId = f.resolutionId)
                    ORDER BY r.session DESC, r.number
                    """)
        }
        var findings: [TrackerFinding] = []
        for row in snapshots {
            let funding = FundingLine(required: row["required"], mobilized: row["mobilized"])
            let snapshot = TrackerFinding.Snapshot(
                resolution: "\(row["session"] as Int)/\(row["number"] as Int)",
                source: row["source"], asOf: row["asOf"])
            if funding.surplus > 0 {
                findings.append(.mobilizedBeyondRequired(snapshot, funding))
            }
            if let shown = row["shownGap"] as Int?, shown != funding.gap {
                findings.append(.gapShownWrong(snapshot, shown: shown, funding))
            }
            if let shown = row["shownGapPercent"] as Int?, shown != funding.gapPercent {
                findings.append(.gapPercentShownWrong(snapshot, shown: shown, funding))
            }
        }
        findings += try read { db in try trackerTotalsFindings(db) }
        let budgets = try budgetImplications()
        let grandTotals = try budgetGrandTotals()
        for (index, budget) in budgets.enumerated() {
            for inconsistency in budget.inconsistencies {
                findings.append(.budgetTableInconsistent(budget, inconsistency))
            }
            // A resolution's grand total follows its last row (the rows come by resolution),
            // the PBI summary's last line.
            if index == budgets.count - 1 || budgets[index + 1].resolution != budget.resolution {
                for grandTotal in grandTotals where grandTotal.resolution == budget.resolution {
                    if let inconsistency = grandTotal.inconsistency(lines: budgets) {
                        findings.append(.grandTotalInconsistent(grandTotal, inconsistency))
                    }
                }
            }
        }
        return findings
    }

    /// The findings of `trackerCheck()`, each worded as `tracker check` prints it.
    public func trackerFindings() throws -> [String] {
        try trackerCheck().map(\.sentence)
    }

    /// Imports a published tracker as of a date: each resolution's status, funding and
    /// implementation summary. Displayed gaps and totals that disagree with the
    /// arithmetic are reported as warnings with their line.
    @discardableResult
    public func importTracker(_ text: String, file: String, asOf: CalendarDate, dryRun: Bool = false) throws -> (
        resolutions: Int, warnings: [Diagnostic]
    ) {
        let parsed = TrackerParser.parse(text, file: file)
        if parsed.diagnostics.contains(where: { $0.severity == .error }) { throw ImportFailure(parsed.diagnostics) }
        var warnings: [Diagnostic] = []
        var lines: [FundingLine] = []
        for entry in parsed.entries {
            let line = FundingLine(required: entry.required!, mobilized: entry.mobilized!)
            lines.append(line)
            if let shown = entry.displayedGap, shown != line.gap {
                warnings.append(
                    Diagnostic(
                        file: file, line: entry.line, .warning,
                        "resolution \(entry.key): the gap shown, \(DollarThousands.written(shown)), is not required less mobilized (\(DollarThousands.written(line.gap)))"
                    ))
            }
            if let shown = entry.displayedGapPercent, shown != line.gapPercent {
                warnings.append(
                    Diagnostic(
                        file: file, line: entry.line, .warning,
                        "resolution \(entry.key): the gap per cent printed is \(shown) %; computed by the tracker's rule, "
                            + "\(DollarThousands.written(line.gap)) of \(DollarThousands.written(line.required)) is "
                            + "\(line.gapPercent) % (rounded down)"
                    ))
            }
        }
        let totals = FundingLine.totals(lines)
        if let cutOff = parsed.cutOff {
            warnings.append(
                Self.cutOffWarning(cutOff, totals: parsed.totals, lines: totals, count: lines.count, file: file))
        }
        let printedPercentWarning = Self.printedTotalPercentWarning(parsed.totals, file: file)
        warnings += printedPercentWarning.map { [$0] } ?? []
        if parsed.cutOff == nil {
            for (figure, computed) in [
                (TrackerFinding.TotalFigure.required, totals.required), (.mobilized, totals.mobilized),
                (.gap, totals.gap),
            ] {
                if let shown = parsed.totals[figure.column], shown.value != computed {
                    warnings.append(
                        Diagnostic(
                            file: file, line: shown.line, .warning,
                            "the total \(figure.rawValue) printed, \(DollarThousands.written(shown.value)), is not "
                                + "what the lines add up to, \(DollarThousands.written(computed))"))
                }
            }
            if printedPercentWarning == nil, let shown = parsed.totals["gapPercent"], shown.value != totals.gapPercent {
                warnings.append(
                    Diagnostic(
                        file: file, line: shown.line, .warning,
                        "the total gap per cent printed is \(shown.value) %; computed from the lines, "
                            + "\(DollarThousands.written(totals.gap)) of \(DollarThousands.written(totals.required)) "
                            + "is \(totals.gapPercent) % (rounded down)"))
            }
        }
        let stamp = audit.now
        try allOrNothing(dryRun: dryRun) { db in
            var diagnostics: [Diagnostic] = []
            try Self.saveTrackerTotals(parsed.totals, source: file, asOf: asOf, user: audit.user, stamp: stamp, db: db)
            for entry in parsed.entries {
                do {
                    let snapshot = try Self.saveFunding(
                        entry.key, required: entry.required!, mobilized: entry.mobilized!, asOf: asOf,
                        note: entry.notes.isEmpty ? nil : entry.notes.joined(separator: " "), source: file,
                        shownGap: entry.displayedGap, shownGapPercent: entry.displayedGapPercent, user: audit.user,
                        stamp: stamp, db: db)
                    if let status = entry.status {
                        try Self.saveStatus(
                            snapshot.resolutionId, status, asOf: asOf, source: file,
                            user: audit.user, stamp: stamp, db: db)
                    }
                    try db.execute(
                        sql:
                            "DELETE FROM implementationUpdate WHERE resolutionId = ? AND asOf = ? AND sourceKind = 'tracker'",
                        arguments: [snapshot.resolutionId, asOf.iso])
                    let resolution = try Resolution.fetchOne(db, key: snapshot.resolutionId)!
                    for (position, paragraph) in entry.summary.enumerated() {
                        try Self.saveUpdate(
                            resolution, asOf: asOf, position: position + 1, text: paragraph,
                            sourceKind: "tracker", user: audit.user, stamp: stamp, db: db)
                    }
                } catch let error as RapporteurError {
                    diagnostics.append(Diagnostic(file: file, line: entry.line, error: error))
                } catch let error as DatabaseError {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: entry.line, .error,
                            "the database refused resolution \(entry.key): \(error.message ?? error.description)"))
                }
            }
            return diagnostics
        }
        return (parsed.entries.count, warnings)
    }
}
