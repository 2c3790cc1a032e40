import GRDB

extension AppStore {
    /// Imports a technical briefing's programme budget implication tables and
    /// implementation roadmaps. The figures are stored as the document states them, even
    /// when they do not add up: each such table is returned as a warning with its line,
    /// and `tracker check` reports it until a corrected briefing replaces it. Importing
    /// the same briefing (same symbol, or same file name without one) again replaces
    /// its tables.
    @discardableResult
    public func importBriefing(_ text: String, file: String, symbol: String? = nil, dryRun: Bool = false) throws
        -> (budgets: [BudgetImplication], milestones: [RoadmapMilestone], symbol: String?, warnings: [Diagnostic])
    {
        let parsed = BriefingParser.parse(text, file: file)
        if parsed.diagnostics.contains(where: { $0.severity == .error }) { throw ImportFailure(parsed.diagnostics) }
        let briefingSymbol = try (symbol ?? parsed.symbol).map(DocumentSymbol.canonical(typed:))
        let source = briefingSymbol ?? Self.fileName(file)
        var budgets = parsed.budgets
        var milestones = parsed.milestones
        for index in budgets.indices { budgets[index].source = source }
        for index in milestones.indices { milestones[index].source = source }
        var warnings = parsed.diagnostics
        if briefingSymbol == nil {
            warnings.append(
                Diagnostic(
                    file: file, line: 1, .warning,
                    """
                    no symbol in the page header: the tables are filed under the file name '\(source)', and the next import \
                    of a file of that name replaces them; give \(field: .symbol) to file them under the briefing's symbol
                    """))
        }
        warnings += budgets.flatMap { budget in
            budget.inconsistencies.map {
                Diagnostic(
                    file: file, line: $0.line, .warning,
                    "resolution \(budget.resolution), \(budget.year): \($0.message)")
            }
        }
        let stamp = audit.now
        try allOrNothing(dryRun: dryRun) { db in
            try db.execute(sql: "DELETE FROM budgetImplication WHERE source = ?", arguments: [source])
            try db.execute(sql: "DELETE FROM roadmapMilestone WHERE source = ?", arguments: [source])
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
            for budget in budgets {
                guard let id = resolutionId(budget.resolution, line: budget.line) else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO budgetImplication (resolutionId, year, nature, post, nonPost, total, existing,
                            totalLessExisting, unit, source, sourceLine, totalLine, totalLessExistingLine, createdBy, createdAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (resolutionId, source, year) DO NOTHING
                        """,
                    arguments: [
                        id, budget.year, budget.nature?.rawValue, budget.post?.description,
                        budget.nonPost?.description, budget.total?.description, budget.existing?.description,
                        budget.totalLessExisting?.description, budget.unit, source, budget.line,
                        budget.totalLine, budget.totalLessExistingLine, audit.user, stamp,
                    ])
                if db.changesCount == 0 {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: budget.line, .error,
                            "resolution \(budget.resolution) has a second budget table for \(budget.year) in this briefing"
                        ))
                }
            }
            // Two roadmaps of one resolution in one briefing are read as one, in order.
            var positions: [String: Int] = [:]
            for milestone in milestones {
                guard let id = resolutionId(milestone.resolution, line: milestone.line) else { continue }
                let position = (positions[milestone.resolution] ?? 0) + 1
                let texts: [(String, String?)] = [
                    ("period", milestone.period), ("activity", milestone.activity),
                    ("responsible", milestone.responsible), ("status", milestone.status),
                ]
                do {
                    for case let (field, text?) in texts {
                        try StoredText.check(text, field: "roadmapMilestone.\(field)")
                    }
                } catch {
                    diagnostics.append(Diagnostic(file: file, line: milestone.line, error: error))
                    continue
                }
                positions[milestone.resolution] = position
                try db.execute(
                    sql: """
                        INSERT INTO roadmapMilestone (resolutionId, position, period, activity, responsible, status,
                            source, sourceLine, createdBy, createdAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        id, position, milestone.period, milestone.activity, milestone.responsible,
                        milestone.status, source, milestone.line, audit.user, stamp,
                    ])
            }
            return diagnostics
        }
        return (budgets, milestones, briefingSymbol, warnings)
    }

    /// The programme budget implications of a resolution (or of all), by year, from the
    /// briefing imported last that has a table for it: a later briefing (a revision, the
    /// next year's) supersedes the tables of earlier ones.
    public func budgetImplications(of key: String? = nil) throws -> [BudgetImplication] {
        try read { db in
            var sql = """
                SELECT r.session, r.number, b.* FROM budgetImplication b JOIN resolution r ON r.id = b.resolutionId
                WHERE b.source = (SELECT source FROM budgetImplication l WHERE l.resolutionId = b.resolutionId
                                  ORDER BY l.id DESC LIMIT 1)
                """
            var arguments: StatementArguments = []
            if let key {
                sql += " AND b.resolutionId = ?"
                arguments = [try Resolution.find(db, typed: key).id]
            }
            sql += " ORDER BY r.session, r.number, b.year"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                func amount(_ column: String) -> BudgetAmount? { (row[column] as String?).flatMap(BudgetAmount.init) }
                return BudgetImplication(
                    resolution: "\(row["session"] as Int)/\(row["number"] as Int)", year: row["year"],
                    nature: (row["nature"] as String?).flatMap(BudgetNature.init(rawValue:)),
                    post: amount("post"), nonPost: amount("nonPost"), total: amount("total"),
                    existing: amount("existing"),
                    totalLessExisting: amount("totalLessExisting"), unit: row["unit"], source: row["source"],
                    line: row["sourceLine"], totalLine: row["totalLine"],
                    totalLessExistingLine: row["totalLessExistingLine"])
            }
        }
    }

    /// A resolution's roadmap, from the briefing imported last that has one for it.
    public func roadmap(of key: String) throws -> [RoadmapMilestone] {
        try read { db in
            let resolution = try Resolution.find(db, typed: key)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM roadmapMilestone m
                    WHERE m.resolutionId = ? AND m.source = (SELECT source FROM roadmapMilestone l
                        WHERE l.resolutionId = m.resolutionId ORDER BY l.id DESC LIMIT 1)
                    ORDER BY position
                    """, arguments: [resolution.id]
            ).map { row in
                RoadmapMilestone(
                    resolution: resolution.key.key, position: row["position"], period: row["period"],
                    activity: row["activity"], responsible: row["responsible"], status: row["status"],
                    source: row["source"], line: row["sourceLine"])
            }
        }
    }

    /// "briefing.txt" of "docs/briefing.txt".
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
