import Foundation

// Roadmaps: a heading line naming the columns, then one row a milestone.

extension BriefingParser.Parser {
    enum RoadmapColumn { case period, activity, responsible, status }

    mutating func roadmap(_ key: String, titleLine: Int) {
        var columns: [(start: Int, column: RoadmapColumn)] = []
        var headings: [String] = []
        var rows: [(line: Int, cells: [RoadmapColumn: String])] = []
        while let (_, cells, afterBlank) = nextTableLine() {
            defer { index += 1 }
            if columns.isEmpty {
                columns = Self.header(cells)
                headings = cells.map(\.text)
                if columns.isEmpty, cells.count > 1 {
                    error(
                        "the roadmap of resolution \(key) needs a heading line with Period (or Date) and "
                            + "Activity columns, and may have Responsible and Status")
                    return skipTable()
                }
                continue
            }
            if cells.map(\.text) == headings { continue }  // the headings again, on a new page
            var row: [RoadmapColumn: String] = [:]
            for cell in cells {
                // A cell belongs to the column whose heading starts nearest to it, so that
                // headings centred over their column, or text drifting, still match.
                let column = columns.min { abs($0.start - cell.column) < abs($1.start - cell.column) }!.column
                row[column] = row[column].map { $0 + " " + cell.text } ?? cell.text
            }
            guard let period = row[.period] else {
                guard !rows.isEmpty else {
                    error("the roadmap of resolution \(key) starts with a line that has no period")
                    continue
                }
                rows[rows.count - 1].cells.merge(row) { $0 + " " + $1 }
                continue
            }
            if !Self.looksLikePeriod(period) {
                if afterBlank { index -= 1; break }  // running text after the table
                error(
                    "'\(period)' is no period of the roadmap of resolution \(key): write a year, a quarter, "
                        + "a month or a date (2025, Q1 2025, March 2025), or leave the cell empty to continue the row above"
                )
                continue
            }
            if let last = rows.last, let lastPeriod = last.cells[.period],
                BriefingPatterns.year.firstMatch(in: lastPeriod) == nil,
                BriefingPatterns.year.wholeMatch(in: period) != nil
            {
                // "December" then "2024" below it: one period broken over two lines.
                rows[rows.count - 1].cells.merge(row) { $0 + " " + $1 }
                continue
            }
            rows.append((number, row))
        }
        if rows.isEmpty { return error("the roadmap of resolution \(key) has no rows", line: titleLine) }
        for (position, row) in rows.enumerated() {
            guard let activity = row.cells[.activity] else {
                error(
                    "the milestone '\(row.cells[.period]!)' of resolution \(key)'s roadmap has no activity",
                    line: row.line)
                continue
            }
            let period = Self.joinHyphenated(row.cells[.period]!)
            let days = RoadmapPeriod(period)
            result.milestones.append(
                RoadmapMilestone(
                    resolution: key, position: position + 1, period: period, periodStart: days?.start,
                    periodEnd: days?.end,
                    activity: Self.joinHyphenated(activity),
                    responsible: row.cells[.responsible].map(Self.joinHyphenated),
                    status: row.cells[.status].map(Self.joinHyphenated), source: file, line: row.line))
        }
    }

    static func header(_ cells: [BriefingParser.Cell]) -> [(start: Int, column: RoadmapColumn)] {
        var columns: [(start: Int, column: RoadmapColumn)] = []
        for cell in cells {
            switch cell.text.lowercased() {
            case "period", "date", "dates", "timeline", "timeframe", "time frame", "when":
                columns.append((cell.column, .period))
            case "activity", "activities", "milestone", "milestones", "action", "actions":
                columns.append((cell.column, .activity))
            case "responsible", "responsibility", "lead", "responsible entity", "who":
                columns.append((cell.column, .responsible))
            case "status": columns.append((cell.column, .status))
            default: return []
            }
        }
        let kinds = columns.map(\.column)
        return kinds.contains(.period) && kinds.contains(.activity) ? columns : []
    }

    /// A period has a number (2025, Q1, 9–11 December) or names a month or a span
    /// ("Ongoing", "Mid-2025"); a sentence that runs into the table's columns does not.
    static func looksLikePeriod(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.contains(where: \.isNumber) { return true }
        let words = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "ongoing", "continuous", "continuing", "annual", "tbd",
            "to be determined", "quarter", "half", "spring", "summer", "autumn", "winter",
        ]
        return lower.count <= 40 && words.contains(where: lower.contains)
    }

    /// A hyphenated word broken over two lines of a cell ("inter-" + "sessional") is
    /// joined again; the hyphen stays, since it may be the word's own ("co-chairs").
    static func joinHyphenated(_ text: String) -> String {
        BriefingPatterns.brokenHyphenation.replacing(in: text, with: "$1-$2")
    }
}
