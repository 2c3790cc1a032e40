/// What the briefings in force say of one resolution, as of a day: its implementation
/// roadmap (grouped by roadmap and group, with what is overdue and what is due next),
/// its fundraising strategy and its budget figures (each row, the PBI summary's lines
/// and grand total). `resolution show --full` and `report progress` lay it out from
/// `parts`, leaving out what the briefings do not give.
public struct BriefingDossier: Sendable, Equatable, Encodable {
    public var roadmap: [RoadmapGroup]
    public var schedule: RoadmapSchedule
    public var fundraising: [FundraisingLine]
    public var budget: [BudgetImplication]
    public var grandTotals: [BudgetGrandTotal]

    public init(
        milestones: [RoadmapMilestone], asOf: CalendarDate, fundraising: [FundraisingLine],
        budget: [BudgetImplication], grandTotals: [BudgetGrandTotal]
    ) {
        roadmap = RoadmapGroup.grouped(milestones)
        schedule = RoadmapSchedule(milestones, asOf: asOf)
        self.fundraising = fundraising
        self.budget = budget
        self.grandTotals = grandTotals
    }

    /// Nothing from a briefing: no roadmap, no fundraising strategy, no budget figures.
    public var isEmpty: Bool { roadmap.isEmpty && fundraising.isEmpty && budget.isEmpty && grandTotals.isEmpty }

    /// The roadmap, the fundraising strategy and the budget figures, each a part with its
    /// lines, those the briefings do not give left out. `date` writes the day asked
    /// ("2026-12-02" in the dossier, "2 December 2026" in a report).
    public func parts(date: (CalendarDate) -> String) -> [DossierPart] {
        var parts: [DossierPart] = []
        if let first = roadmap.first?.steps.first {
            parts.append(
                DossierPart(
                    heading: "Implementation roadmap (\(first.source)), as of \(date(schedule.asOf))",
                    lines: roadmapLines))
        }
        if let first = fundraising.first {
            parts.append(
                DossierPart(
                    heading: "Fundraising strategy (\(first.source))",
                    lines: fundraising.map { DossierPart.line($0.text, depth: $0.level) }))
        }
        if !budget.isEmpty || !grandTotals.isEmpty {
            parts.append(
                DossierPart(
                    heading: "Programme budget implications",
                    lines: budget.map { DossierPart.line(Self.words($0), depth: 0) }
                        + grandTotals.map {
                            DossierPart.line(
                                "grand total of the PBI summary, \($0.unit): \($0.amount) [\($0.source)]", depth: 0)
                        }))
        }
        return parts
    }

    /// What is overdue and due next (unless no step's period gives its days), then every
    /// step under its roadmap and group.
    private var roadmapLines: [ListLine] {
        var lines: [ListLine] = []
        if roadmap.contains(where: { $0.steps.contains { $0.periodEnd != nil } }) {
            for (title, steps) in [("Overdue", schedule.overdue), ("Due next", schedule.dueNext)] {
                lines.append(DossierPart.line(steps.isEmpty ? "\(title): none" : "\(title):", depth: 0))
                lines += steps.map { DossierPart.line(Self.words($0), depth: 1) }
            }
        } else {
            // "None overdue" would claim what the roadmap cannot tell.
            lines.append(
                DossierPart.line("No step's period gives its days: none can be found overdue or due next", depth: 0))
        }
        var roadmapName: String?
        for group in roadmap {
            var depth = 0
            if let name = group.roadmap {
                if name != roadmapName { lines.append(DossierPart.line("Roadmap: \(name)", depth: 0)) }
                depth += 1
            }
            roadmapName = group.roadmap
            if let label = group.group {
                lines.append(DossierPart.line("\(label):", depth: depth))
                depth += 1
            }
            for step in group.steps {
                var text = Self.words(step)
                if schedule.isOverdue(step) { text += " (overdue)" }
                if schedule.isDueNext(step) { text += " (due next)" }
                lines.append(DossierPart.line(text, depth: depth))
            }
        }
        return lines
    }

    /// "Q2–Q3 2025: Inter-sessional consultations (OP3) (Co-chairs) — Ongoing": the
    /// period as written, the activity, the operative paragraphs it cites (unless its
    /// words cite them already), who is responsible and its status.
    static func words(_ step: RoadmapMilestone) -> String {
        var text = step.period.map { "\($0): " } ?? ""
        text += step.activity
        let citesItself = step.activity.contains("OP") || step.activity.lowercased().contains("(para")
        if !step.paragraphs.isEmpty, !citesItself {
            text += step.paragraphs == ["all"] ? " (all OPs)" : " (OP\(step.paragraphs.joined(separator: ", ")))"
        }
        text += step.responsible.map { " (\($0))" } ?? ""
        text += step.status.map { " — \($0)" } ?? ""
        return text
    }

    /// "2025 (one-time), US$ thousands: post 312.4, non-post 205.6, total 518.0, existing
    /// 120.0, total less existing 398.0 [briefing.txt]": each figure as written, "in kind"
    /// and "-" as such, those the briefing leaves out left out.
    static func words(_ row: BudgetImplication) -> String {
        let figures: [(String, BudgetFigure?)] = [
            ("post", row.post), ("non-post", row.nonPost), ("total", row.total),
            ("existing", row.existing), ("total less existing", row.totalLessExisting),
        ]
        // A PBI summary's line says its nature in its name.
        let nature = row.isSummary ? "" : row.nature.map { " (\($0.words))" } ?? ""
        return "\(row.name)\(nature), \(row.unit): "
            + figures.compactMap { name, figure in figure.map { "\(name) \($0)" } }.joined(separator: ", ")
            + " [\(row.source)]"
    }
}
