import GRDB

extension AppStore {
    /// What a briefing import found (and, unless a dry run, stored).
    public struct BriefingImport: Sendable {
        public var budgets: [BudgetImplication]
        public var grandTotals: [BudgetGrandTotal]
        public var milestones: [RoadmapMilestone]
        public var fundraising: [FundraisingLine]
        public var symbol: String?
        public var warnings: [Diagnostic]
    }

    /// Imports a technical briefing's programme budget implications (tables, PBI
    /// summaries and their grand totals), implementation roadmaps and fundraising
    /// strategies. The figures are stored as the document states them, even when they
    /// do not add up: each such row is returned as a warning with its line, and
    /// `tracker check` reports it until a corrected briefing replaces it. Importing the
    /// same briefing (same symbol, or same file name without one) again replaces all it
    /// brought. With `strict`, a warning refuses the import as an error would.
    @discardableResult
    public func importBriefing(
        _ text: String, file: String, symbol: String? = nil, strict: Bool = false, dryRun: Bool = false
    ) throws -> BriefingImport {
        try saveBriefing(
            BriefingParser.parse(text, file: file), file: file, symbol: symbol, strict: strict, dryRun: dryRun)
    }

    /// Stores what a briefing's reader found, as `importBriefing` does once it has read
    /// the text; refused with its errors when the reading has any (and with its warnings
    /// too when `strict`).
    @discardableResult
    public func saveBriefing(
        _ parsed: BriefingParser.Result, file: String, symbol: String? = nil, strict: Bool = false,
        dryRun: Bool = false
    ) throws -> BriefingImport {
        if parsed.diagnostics.contains(where: { $0.severity == .error }) { throw ImportFailure(parsed.diagnostics) }
        let briefingSymbol = try (symbol ?? parsed.symbol).map(DocumentSymbol.canonical(typed:))
        let source = briefingSymbol ?? Self.fileName(file)
        var found = BriefingImport(
            budgets: parsed.budgets, grandTotals: parsed.grandTotals, milestones: parsed.milestones,
            fundraising: parsed.fundraising, symbol: briefingSymbol, warnings: parsed.diagnostics)
        for index in found.budgets.indices { found.budgets[index].source = source }
        for index in found.grandTotals.indices { found.grandTotals[index].source = source }
        for index in found.milestones.indices { found.milestones[index].source = source }
        for index in found.fundraising.indices { found.fundraising[index].source = source }
        if briefingSymbol == nil {
            found.warnings.append(
                Diagnostic(
                    file: file, line: 1, .warning,
                    """
                    no symbol in the page header: the briefing is filed under the file name '\(source)', and the next \
                    import of a file of that name replaces it; give \(field: .symbol) to file it under the briefing's symbol
                    """))
        }
        found.warnings += found.budgets.flatMap { budget in
            budget.inconsistencies.map {
                Diagnostic(
                    file: file, line: $0.line, .warning,
                    "resolution \(budget.resolution), \(budget.name): \($0.message)")
            }
        }
        found.warnings += found.grandTotals.compactMap { grandTotal in
            grandTotal.inconsistency(lines: found.budgets).map {
                Diagnostic(
                    file: file, line: $0.line, .warning,
                    "resolution \(grandTotal.resolution), grand total of the PBI summary: \($0.message)")
            }
        }
        if strict, !found.warnings.isEmpty {
            throw ImportFailure(
                found.warnings.map { Diagnostic(file: $0.file, line: $0.line, .error, $0.phrase) })
        }
        let stamp = audit.now
        try allOrNothing(dryRun: dryRun) { db in
            for table in ["budgetImplication", "budgetGrandTotal", "roadmapMilestone", "fundraisingLine"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE source = ?", arguments: [source])
            }
            var diagnostics: [Diagnostic] = []
            var resolutionIds: [String: Int64] = [:]
            func resolutionId(_ key: String, line: Int) -> Int64? {
                if let known = resolutionIds[key] { return known }
                do {
                    let id = try Resolution.find(db, typed: key).id!
                    resolutionIds[key] = id
                    return id
                } catch {
                    diagnostics.append(Diagnostic(file: file, line: line, error: error))
                }
                return nil
            }
            /// Checks each text against what the database accepts; false (with an error at
            /// the line) when one is refused.
            func accepted(_ texts: [(String, String?)], table: String, line: Int) -> Bool {
                do {
                    for case let (field, text?) in texts { try StoredText.check(text, field: "\(table).\(field)") }
                    return true
                } catch {
                    diagnostics.append(Diagnostic(file: file, line: line, error: error))
                    return false
                }
            }
            var positions: [String: Int] = [:]
            func nextPosition(_ table: String, _ key: String) -> Int {
                let position = (positions[table + " " + key] ?? 0) + 1
                positions[table + " " + key] = position
                return position
            }
            for budget in found.budgets {
                guard let id = resolutionId(budget.resolution, line: budget.line),
                    accepted([("label", budget.label)], table: "budgetImplication", line: budget.line)
                else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO budgetImplication (resolutionId, position, year, nature, label, isSummary, post,
                            nonPost, total, existing, totalLessExisting, unit, source, sourceLine, totalLine,
                            totalLessExistingLine, createdBy, createdAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        id, nextPosition("budget", budget.resolution), budget.year, budget.nature?.rawValue,
                        budget.label, budget.isSummary, budget.post?.description, budget.nonPost?.description,
                        budget.total?.description, budget.existing?.description,
                        budget.totalLessExisting?.description, budget.unit, source, budget.line, budget.totalLine,
                        budget.totalLessExistingLine, audit.user, stamp,
                    ])
            }
            for grandTotal in found.grandTotals {
                guard let id = resolutionId(grandTotal.resolution, line: grandTotal.line) else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO budgetGrandTotal (resolutionId, amount, unit, source, sourceLine, createdBy, createdAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (resolutionId, source) DO NOTHING
                        """,
                    arguments: [
                        id, grandTotal.amount.description, grandTotal.unit, source, grandTotal.line, audit.user, stamp,
                    ])
                if db.changesCount == 0 {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: grandTotal.line, .error,
                            "resolution \(grandTotal.resolution) has a second grand total in this briefing"))
                }
            }
            // Two roadmaps of one resolution in one briefing are kept in one sequence, each
            // step with its roadmap's name.
            for milestone in found.milestones {
                guard let id = resolutionId(milestone.resolution, line: milestone.line),
                    accepted(
                        [
                            ("roadmap", milestone.roadmap), ("groupLabel", milestone.group),
                            ("period", milestone.period), ("activity", milestone.activity),
                            ("responsible", milestone.responsible), ("status", milestone.status),
                        ] + milestone.paragraphs.map { ("paragraphs", $0) }, table: "roadmapMilestone",
                        line: milestone.line)
                else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO roadmapMilestone (resolutionId, position, roadmap, groupLabel, period, periodStart,
                            periodEnd, activity, paragraphs, responsible, status, source, sourceLine, createdBy, createdAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        id, nextPosition("roadmap", milestone.resolution), milestone.roadmap, milestone.group,
                        milestone.period, milestone.periodStart?.iso, milestone.periodEnd?.iso, milestone.activity,
                        milestone.paragraphs.joined(separator: ","), milestone.responsible, milestone.status, source,
                        milestone.line, audit.user, stamp,
                    ])
            }
            for line in found.fundraising {
                guard let id = resolutionId(line.resolution, line: line.line),
                    accepted([("text", line.text)], table: "fundraisingLine", line: line.line)
                else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO fundraisingLine (resolutionId, position, level, text, source, sourceLine,
                            createdBy, createdAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        id, nextPosition("fundraising", line.resolution), line.level, line.text, source, line.line,
                        audit.user, stamp,
                    ])
            }
            return diagnostics
        }
        return found
    }

    /// The rows of `table` from the briefing in force for each resolution (or for the one
    /// `key` names): the briefing imported last that has rows of `sourceTable` for it, so
    /// that a later briefing (a revision, the next year's) supersedes earlier ones. Each
    /// row carries its resolution's `session` and `number`.
    private static func rowsInForce(
        _ db: Database, table: String, sourceTable: String, key: String?, orderedBy order: String
    ) throws -> [Row] {
        var sql = """
            SELECT r.session, r.number, t.* FROM \(table) t JOIN resolution r ON r.id = t.resolutionId
            WHERE t.source = (SELECT source FROM \(sourceTable) l WHERE l.resolutionId = t.resolutionId
                              ORDER BY l.id DESC LIMIT 1)
            """
        var arguments: StatementArguments = []
        if let key {
            sql += " AND t.resolutionId = ?"
            arguments = [try Resolution.find(db, typed: key).id]
        }
        sql += " ORDER BY r.session, r.number\(order.isEmpty ? "" : ", t.\(order)")"
        return try Row.fetchAll(db, sql: sql, arguments: arguments)
    }

    /// "2/7" of a row of `rowsInForce`.
    private static func resolutionKey(_ row: Row) -> String {
        "\(row["session"] as Int)/\(row["number"] as Int)"
    }

    /// The programme budget implications of a resolution (or of all), row by row, from
    /// the briefing imported last that has figures for it.
    public func budgetImplications(of key: String? = nil) throws -> [BudgetImplication] {
        try read { db in
            try Self.rowsInForce(
                db, table: "budgetImplication", sourceTable: "budgetImplication", key: key, orderedBy: "position"
            ).map { row in
                func figure(_ column: String) -> BudgetFigure? {
                    (row[column] as String?).flatMap(BudgetFigure.init(stated:))
                }
                return BudgetImplication(
                    resolution: Self.resolutionKey(row), year: row["year"],
                    nature: (row["nature"] as String?).flatMap(BudgetNature.init(rawValue:)), label: row["label"],
                    isSummary: row["isSummary"], post: figure("post"), nonPost: figure("nonPost"),
                    total: figure("total"), existing: figure("existing"),
                    totalLessExisting: figure("totalLessExisting"), unit: row["unit"], source: row["source"],
                    line: row["sourceLine"], totalLine: row["totalLine"],
                    totalLessExistingLine: row["totalLessExistingLine"])
            }
        }
    }

    /// The grand totals of a resolution's PBI summary (or of all), from the briefing
    /// whose budget figures are in force for it.
    public func budgetGrandTotals(of key: String? = nil) throws -> [BudgetGrandTotal] {
        try read { db in
            try Self.rowsInForce(
                db, table: "budgetGrandTotal", sourceTable: "budgetImplication", key: key, orderedBy: ""
            ).compactMap { row in
                guard let amount = BudgetAmount(row["amount"]) else { return nil }
                return BudgetGrandTotal(
                    resolution: Self.resolutionKey(row), amount: amount, unit: row["unit"], source: row["source"],
                    line: row["sourceLine"])
            }
        }
    }

    /// A resolution's roadmap, from the briefing imported last that has one for it.
    public func roadmap(of key: String) throws -> [RoadmapMilestone] {
        try read { db in
            try Self.rowsInForce(
                db, table: "roadmapMilestone", sourceTable: "roadmapMilestone", key: key, orderedBy: "position"
            ).map { row in
                let paragraphs = row["paragraphs"] as String
                return RoadmapMilestone(
                    resolution: Self.resolutionKey(row), position: row["position"], roadmap: row["roadmap"],
                    group: row["groupLabel"], period: row["period"],
                    periodStart: (row["periodStart"] as String?).flatMap { try? CalendarDate.parse($0) },
                    periodEnd: (row["periodEnd"] as String?).flatMap { try? CalendarDate.parse($0) },
                    activity: row["activity"],
                    paragraphs: paragraphs.isEmpty ? [] : paragraphs.split(separator: ",").map(String.init),
                    responsible: row["responsible"], status: row["status"], source: row["source"],
                    line: row["sourceLine"])
            }
        }
    }

    /// A resolution's fundraising strategy, from the briefing imported last that has one for it.
    public func fundraising(of key: String) throws -> [FundraisingLine] {
        try read { db in
            try Self.rowsInForce(
                db, table: "fundraisingLine", sourceTable: "fundraisingLine", key: key, orderedBy: "position"
            ).map { row in
                FundraisingLine(
                    resolution: Self.resolutionKey(row), position: row["position"], level: row["level"],
                    text: row["text"], source: row["source"], line: row["sourceLine"])
            }
        }
    }

    /// "briefing.txt" of "docs/briefing.txt".
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
