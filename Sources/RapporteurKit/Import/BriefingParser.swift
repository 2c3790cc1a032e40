import Foundation

/// Reads the tables of a technical briefing on resolutions, as plain text laid out in
/// columns (what `pdftotext -layout` or a copy from Word gives):
///
///     Programme budget implications of resolution 2/7
///     (Thousands of United States dollars)
///                              2025          2026
///                           (one-time)    (recurrent)
///     Post                     250.0         410.0
///     Non-post                 180.0         220.0
///     Total                    430.0         630.0
///     Existing resources       100.0         150.0
///     Total less existing      330.0         480.0
///
///     Implementation roadmap for resolution 2/7
///     Period       Activity                          Responsible     Status
///     Q1 2025      Consultations with the regional   Secretariat     Completed
///                  groups
///
/// Columns are told apart by two or more spaces. A budget table's rows may come in any
/// order and any may be missing but the total; a roadmap row whose period cell is empty
/// continues the row above. Everything else in the document (its paragraphs, page
/// headers) is passed over, but for a bare symbol in a page header, which is the
/// briefing's own.
public enum BriefingParser {
    public struct Result: Sendable {
        public var symbol: String?
        public var budgets: [BudgetImplication] = []
        public var milestones: [RoadmapMilestone] = []
        public var diagnostics: [Diagnostic] = []
    }

    /// A piece of a line between runs of two or more spaces, with the column it starts at.
    struct Cell {
        var column: Int
        var text: String
    }

    static func cells(_ line: String) -> [Cell] {
        var cells: [Cell] = []
        var current = ""
        var start = 0
        var spaces = 0
        for (column, character) in line.replacingOccurrences(of: "\t", with: "    ").enumerated() {
            if character == " " {
                spaces += 1
                if spaces >= 2, !current.isEmpty {
                    cells.append(Cell(column: start, text: current))
                    current = ""
                }
                continue
            }
            if current.isEmpty {
                start = column
            } else if spaces == 1 {
                current += " "
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { cells.append(Cell(column: start, text: current)) }
        return cells
    }

    /// The rows a budget table may have, by the names documents give them.
    enum BudgetRow: String, CaseIterable {
        case post = "Post"
        case nonPost = "Non-post"
        case total = "Total"
        case existing = "Existing resources"
        case totalLessExisting = "Total less existing resources"

        init?(label: String) {
            let words = label.lowercased().replacingOccurrences(of: "–", with: "-")
                .replacingOccurrences(of: ":", with: "").trimmingCharacters(in: .whitespaces)
            switch words {
            case "post", "posts", "post resources", "post requirements": self = .post
            case "non-post", "non post", "nonpost", "non-post resources", "non-post requirements": self = .nonPost
            case "total", "total requirements", "total resources": self = .total
            case "existing resources", "existing", "less existing resources", "less: existing resources": self = .existing
            case "total less existing", "total less existing resources", "additional requirements",
                 "total additional requirements", "net requirements": self = .totalLessExisting
            default: return nil
            }
        }
    }

    // Regexes are not Sendable, so these are made when asked for.
    private static var budgetTitle: Regex<(Substring, Substring, Substring)> {
        /(?i)^(?:(?:table|annex)\s+[0-9IVX]+[.:]?\s*)?(?:summary of\s+)?(?:the\s+)?programme budget implications\b.*?\bresolution\s+(\d+)\s*\/\s*(\d+)/
    }
    private static var roadmapTitle: Regex<(Substring, Substring, Substring)> {
        /(?i)^(?:(?:table|annex)\s+[0-9IVX]+[.:]?\s*)?(?:the\s+)?(?:implementation\s+)?road\s?map\b.*?\bresolution\s+(\d+)\s*\/\s*(\d+)/
    }
    /// Lines that end a table: a numbered paragraph, a note under it, the next table.
    private static var tableEnd: Regex<Substring> {
        /(?i)^(?:\d+\.\s|(?:table|annex|source|sources|note|notes)\b|[IVX]+\.\s)/
    }

    public static func parse(_ text: String, file: String) -> Result {
        var parser = Parser(file: file, lines: text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "\u{00A0}", with: " ")
                .replacingOccurrences(of: "\r", with: "")
        })
        parser.run()
        if parser.result.budgets.isEmpty, parser.result.milestones.isEmpty,
           !parser.result.diagnostics.contains(where: { $0.severity == .error }) {
            parser.result.diagnostics.append(Diagnostic(file: file, line: 1, .error,
                "no programme budget implication table and no roadmap found: a briefing's tables are headed "
                + "'Programme budget implications of resolution 2/7' or 'Implementation roadmap for resolution 2/7' "
                + "(see `rapporteur import briefing --help`)"))
        }
        return parser.result
    }

    private struct Parser {
        let file: String
        let lines: [String]
        var index = 0
        var result = Result()

        init(file: String, lines: [String]) {
            self.file = file
            self.lines = lines
        }

        var number: Int { index + 1 }

        mutating func error(_ message: String, line: Int? = nil) {
            result.diagnostics.append(Diagnostic(file: file, line: line ?? number, .error, message))
        }

        mutating func run() {
            while index < lines.count {
                let line = lines[index].trimmingCharacters(in: .whitespaces)
                let titleLine = number
                if let key = title(BriefingParser.budgetTitle) {
                    budget(key, titleLine: titleLine)
                } else if let key = title(BriefingParser.roadmapTitle) {
                    roadmap(key, titleLine: titleLine)
                } else {
                    if result.symbol == nil, line.wholeMatch(of: /[A-Z]+\/[A-Za-z0-9.\/]+/) != nil { result.symbol = line }
                    index += 1
                }
            }
        }

        /// The resolution a table's title names, reading on to the next line when the
        /// title breaks before the number; the index moves past the title.
        mutating func title(_ pattern: Regex<(Substring, Substring, Substring)>) -> String? {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            guard line.count < 160, line.prefixMatch(of: /\d+\.\s/) == nil else { return nil }
            if let match = line.firstMatch(of: pattern) {
                index += 1
                return "\(match.1)/\(match.2)"
            }
            if index + 1 < lines.count {
                let joined = line + " " + lines[index + 1].trimmingCharacters(in: .whitespaces)
                if line.firstMatch(of: /(?i)programme budget implications|road\s?map/) != nil,
                   let match = joined.firstMatch(of: pattern) {
                    index += 2
                    return "\(match.1)/\(match.2)"
                }
            }
            return nil
        }

        func isEnd(_ trimmed: String) -> Bool {
            trimmed.prefixMatch(of: BriefingParser.tableEnd) != nil
                || trimmed.firstMatch(of: BriefingParser.budgetTitle) != nil
                || trimmed.firstMatch(of: BriefingParser.roadmapTitle) != nil
        }

        /// The next line of the table being read, trimmed and in cells; nil where the
        /// table ends: two blank lines after its first row, a closing line, the end.
        mutating func nextTableLine(hasRows: Bool) -> (trimmed: String, cells: [Cell], afterBlank: Bool)? {
            var blank = 0
            while index < lines.count {
                let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
                guard trimmed.isEmpty else {
                    return isEnd(trimmed) ? nil : (trimmed, BriefingParser.cells(lines[index]), blank > 0)
                }
                blank += 1
                if blank >= 2, hasRows { return nil }
                index += 1
            }
            return nil
        }

        // MARK: Budget tables

        mutating func budget(_ key: String, titleLine: Int) {
            var unit: String?
            var years: [Int] = []
            var natures: [BudgetNature?] = []
            var rows: [BudgetRow: (line: Int, amounts: [BudgetAmount])] = [:]
            while let (trimmed, cells, _) = nextTableLine(hasRows: !rows.isEmpty) {
                let lower = trimmed.lowercased()
                if unit == nil, lower.contains("united states dollars") || lower.contains("us$") {
                    unit = lower.contains("thousand") || lower.contains("'000") ? "US$ thousands" : "US$"
                } else if let found = Self.years(cells) {
                    years = found
                } else if let found = Self.natures(cells, count: years.count) {
                    natures = found
                } else if let label = cells.first?.text, let row = BudgetRow(label: label) {
                    var amounts: [BudgetAmount] = []
                    for cell in cells.dropFirst() {
                        guard let amount = BudgetAmount(cell.text) else {
                            error("'\(cell.text)' in the \(row.rawValue) row is not an amount: write figures as 1,234.5, a dash for nil")
                            amounts = []
                            break
                        }
                        amounts.append(amount)
                    }
                    if rows[row] != nil { error("the \(row.rawValue) row comes twice in this table") }
                    if !years.isEmpty, !amounts.isEmpty, amounts.count != years.count {
                        error("the \(row.rawValue) row has \(amounts.count) figure\(amounts.count == 1 ? "" : "s") for "
                            + "\(years.count) year\(years.count == 1 ? "" : "s") (\(years.map(String.init).joined(separator: ", ")))")
                    }
                    rows[row] = (number, amounts)
                } else if cells.count > 1, cells.dropFirst().allSatisfy({ BudgetAmount($0.text) != nil }) {
                    error("'\(cells[0].text)' is not a row of a budget table; its rows are "
                        + BudgetRow.allCases.map(\.rawValue).joined(separator: ", "))
                } else if rows.isEmpty, years.isEmpty {
                    // A subtitle or a column heading above the figures.
                } else if cells.count == 1, !rows.isEmpty, trimmed.first?.isLowercase == true {
                    // The end of a row's label broken over two lines ("Total less existing" / "resources").
                } else {
                    break
                }
                index += 1
            }
            guard !years.isEmpty else {
                return error("the budget table of resolution \(key) has no line of years (2025   2026) above its figures", line: titleLine)
            }
            guard let total = rows[.total] else {
                return error("the budget table of resolution \(key) has no Total row", line: titleLine)
            }
            guard total.amounts.count == years.count else { return }  // already reported
            for (column, year) in years.enumerated() {
                func amount(_ row: BudgetRow) -> BudgetAmount? {
                    guard let amounts = rows[row]?.amounts, amounts.count == years.count else { return nil }
                    return amounts[column]
                }
                result.budgets.append(BudgetImplication(
                    resolution: key, year: year, nature: column < natures.count ? natures[column] : nil,
                    post: amount(.post), nonPost: amount(.nonPost), total: amount(.total), existing: amount(.existing),
                    totalLessExisting: amount(.totalLessExisting), unit: unit ?? "US$ thousands",
                    source: file, line: titleLine))
            }
        }

        /// "2025   2026", maybe after a heading cell ("Year", "Category").
        static func years(_ cells: [Cell]) -> [Int]? {
            func year(_ cell: Cell) -> Int? {
                cell.text.wholeMatch(of: /(?:19|20)\d\d/) != nil ? Int(cell.text) : nil
            }
            let tail = cells.count > 1 && year(cells[0]) == nil ? Array(cells.dropFirst()) : cells
            let values = tail.compactMap(year)
            return !values.isEmpty && values.count == tail.count ? values : nil
        }

        /// "(one-time)   (recurrent)", maybe after a heading cell, one a year.
        static func natures(_ cells: [Cell], count: Int) -> [BudgetNature?]? {
            guard count > 0 else { return nil }
            let stated = cells.suffix(count).map { BudgetNature(stated: $0.text) }
            guard cells.count >= count, cells.count <= count + 1, stated.allSatisfy({ $0 != nil }) else { return nil }
            return stated
        }

        // MARK: Roadmaps

        enum RoadmapColumn { case period, activity, responsible, status }

        mutating func roadmap(_ key: String, titleLine: Int) {
            var columns: [(start: Int, column: RoadmapColumn)] = []
            var rows: [(line: Int, cells: [RoadmapColumn: String])] = []
            while let (_, cells, afterBlank) = nextTableLine(hasRows: !rows.isEmpty) {
                if columns.isEmpty {
                    columns = Self.header(cells)
                    if columns.isEmpty, cells.count > 1 {
                        return error("the roadmap of resolution \(key) needs a heading line with Period (or Date) and "
                            + "Activity columns, and may have Responsible and Status")
                    }
                } else {
                    var row: [RoadmapColumn: String] = [:]
                    for cell in cells {
                        // A cell belongs to the last column that starts at or before it (give or take two).
                        let column = columns.last(where: { $0.start <= cell.column + 2 })?.column ?? .period
                        row[column] = row[column].map { $0 + " " + cell.text } ?? cell.text
                    }
                    if row[.period] != nil {
                        if cells.count == 1, afterBlank { break }  // running text after the table
                        rows.append((number, row))
                    } else if rows.isEmpty {
                        error("the roadmap of resolution \(key) starts with a line that has no period")
                    } else {
                        for (column, text) in row {
                            rows[rows.count - 1].cells[column] = rows[rows.count - 1].cells[column].map { $0 + " " + text } ?? text
                        }
                    }
                }
                index += 1
            }
            if rows.isEmpty { return error("the roadmap of resolution \(key) has no rows", line: titleLine) }
            for (position, row) in rows.enumerated() {
                guard let activity = row.cells[.activity] else {
                    error("the milestone '\(row.cells[.period]!)' of resolution \(key)'s roadmap has no activity", line: row.line)
                    continue
                }
                result.milestones.append(RoadmapMilestone(
                    resolution: key, position: position + 1, period: Self.joinHyphenated(row.cells[.period]!),
                    activity: Self.joinHyphenated(activity), responsible: row.cells[.responsible].map(Self.joinHyphenated),
                    status: row.cells[.status].map(Self.joinHyphenated), source: file, line: row.line))
            }
        }

        static func header(_ cells: [Cell]) -> [(start: Int, column: RoadmapColumn)] {
            var columns: [(start: Int, column: RoadmapColumn)] = []
            for cell in cells {
                switch cell.text.lowercased() {
                case "period", "date", "dates", "timeline", "timeframe", "time frame", "when": columns.append((cell.column, .period))
                case "activity", "activities", "milestone", "milestones", "action", "actions": columns.append((cell.column, .activity))
                case "responsible", "responsibility", "lead", "responsible entity", "who": columns.append((cell.column, .responsible))
                case "status": columns.append((cell.column, .status))
                default: return []
                }
            }
            let kinds = columns.map(\.column)
            return kinds.contains(.period) && kinds.contains(.activity) ? columns : []
        }

        /// A hyphenated word broken over two lines of a cell ("inter-" + "sessional") is
        /// joined again; the hyphen stays, since it may be the word's own ("co-chairs").
        static func joinHyphenated(_ text: String) -> String {
            text.replacingOccurrences(of: #"(\p{L})- (\p{Ll})"#, with: "$1-$2", options: .regularExpression)
        }
    }
}
