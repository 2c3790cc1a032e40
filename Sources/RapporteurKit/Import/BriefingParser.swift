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
/// Columns are told apart by two or more spaces. A budget table states its unit, then
/// one column a year; its rows may come in any order and any may be missing but the
/// total. A roadmap row whose period cell is empty continues the row above. A table
/// ends at a closing line (a numbered paragraph, "Source:", the next table) or at a
/// blank line followed by what is no part of it; a line inside a table that fits none
/// of its rows is an error, so that no figure is dropped unseen. Page furniture (form
/// feeds, page numbers, the symbol repeated in the header) is passed over; a symbol in
/// the first page's header is the briefing's own.
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
            case "existing resources", "existing", "less existing resources", "less existing": self = .existing
            case "total less existing", "total less existing resources", "additional requirements",
                 "total additional requirements", "net requirements": self = .totalLessExisting
            default: return nil
            }
        }
    }

    public static func parse(_ text: String, file: String) -> Result {
        var parser = Parser(file: file, text: text)
        parser.run()
        if parser.result.budgets.isEmpty, parser.result.milestones.isEmpty,
           !parser.result.diagnostics.contains(where: { $0.severity == .error }) {
            parser.result.diagnostics.append(Diagnostic(file: file, line: 1, .error, """
                no programme budget implication table and no roadmap found: a briefing's tables are headed \
                'Programme budget implications of resolution 2/7' or 'Implementation roadmap for resolution 2/7' \
                (\(step: .readBriefingFormat))
                """))
        }
        return parser.result
    }

    private struct Parser {
        let file: String
        let lines: [String]
        /// Lines that start a page (after a form feed).
        let pageStarts: Set<Int>
        let patterns = BriefingPatterns()
        var index = 0
        var result = Result()

        init(file: String, text: String) {
            self.file = file
            var lines: [String] = []
            var pageStarts: Set<Int> = [0]
            for raw in text.editorLines {
                if raw.contains("\u{0C}") { pageStarts.insert(lines.count) }
                lines.append(raw.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "\u{00A0}", with: " ")
                    .replacingOccurrences(of: "\u{0C}", with: ""))
            }
            self.lines = lines
            self.pageStarts = pageStarts
        }

        var number: Int { index + 1 }

        mutating func error(_ message: String, line: Int? = nil) {
            result.diagnostics.append(Diagnostic(file: file, line: line ?? number, .error, message))
        }

        mutating func run() {
            while index < lines.count {
                let titleLine = number
                if let key = title(patterns.budgetTitle) {
                    budget(key, titleLine: titleLine)
                } else if let key = title(patterns.roadmapTitle) {
                    roadmap(key, titleLine: titleLine)
                } else {
                    if result.symbol == nil, let symbol = headerSymbol(at: index) { result.symbol = symbol }
                    index += 1
                }
            }
        }

        /// A document symbol alone on a line of a page header (the first lines of a
        /// page), with three parts or more ("HSP/EB.2025/INF/3"), so that "N/A" is none.
        func headerSymbol(at index: Int) -> String? {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            guard pageStarts.contains(where: { index >= $0 && index < $0 + 8 }),
                  line.wholeMatch(of: patterns.headerSymbol) != nil,
                  let symbol = try? DocumentSymbol.parse(line) else { return nil }
            return symbol.canonical
        }

        /// The resolution a table's title names, reading on to the next line when the
        /// title breaks before the number; the index moves past the title.
        mutating func title(_ pattern: Regex<(Substring, Substring, Substring)>) -> String? {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            guard line.count < 160, line.prefixMatch(of: patterns.numberedParagraph) == nil else { return nil }
            if let match = line.firstMatch(of: pattern) {
                index += 1
                return "\(match.1)/\(match.2)"
            }
            if index + 1 < lines.count {
                let joined = line + " " + lines[index + 1].trimmingCharacters(in: .whitespaces)
                if line.firstMatch(of: patterns.titleStart) != nil,
                   let match = joined.firstMatch(of: pattern) {
                    index += 2
                    return "\(match.1)/\(match.2)"
                }
            }
            return nil
        }

        func isEnd(_ trimmed: String) -> Bool {
            trimmed.prefixMatch(of: patterns.tableEnd) != nil
                || trimmed.firstMatch(of: patterns.budgetTitle) != nil
                || trimmed.firstMatch(of: patterns.roadmapTitle) != nil
        }

        /// A page number, or a symbol in a page header (the first one found is the
        /// briefing's own).
        mutating func isFurniture(_ trimmed: String) -> Bool {
            if trimmed.wholeMatch(of: patterns.pageNumber) != nil { return true }
            guard let symbol = headerSymbol(at: index) else { return false }
            if result.symbol == nil { result.symbol = symbol }
            return true
        }

        /// The next line of the table being read, trimmed and in cells, and whether blank
        /// lines came before it; nil at a closing line or the end of the text.
        mutating func nextTableLine() -> (trimmed: String, cells: [Cell], afterBlank: Bool)? {
            var afterBlank = false
            while index < lines.count {
                let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || isFurniture(trimmed) {
                    afterBlank = afterBlank || trimmed.isEmpty || pageStarts.contains(index)
                    index += 1
                    continue
                }
                return isEnd(trimmed) ? nil : (trimmed, BriefingParser.cells(lines[index]), afterBlank)
            }
            return nil
        }

        /// Moves past the rest of a table that cannot be read, to its first blank line.
        mutating func skipTable() {
            while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
        }

        // MARK: Budget tables

        mutating func budget(_ key: String, titleLine: Int) {
            var unit: String?
            var years: [Int] = []
            var natures: [BudgetNature?] = []
            var rows: [BudgetRow: (line: Int, amounts: [BudgetAmount])] = [:]
            while let (trimmed, cells, afterBlank) = nextTableLine() {
                if let label = cells.first?.text, let row = BudgetRow(label: label) {
                    guard !years.isEmpty else {
                        error("the budget table of resolution \(key) has no line of years (2025   2026) above its \(row.rawValue) row")
                        return skipTable()
                    }
                    var amounts: [BudgetAmount] = []
                    for cell in cells.dropFirst() {
                        guard let amount = BudgetAmount(cell.text) else {
                            error("'\(cell.text)' in the \(row.rawValue) row is not an amount: write figures as 1,234.5 "
                                + "(at most twelve digits before the point), a dash for none (read as 0)")
                            amounts = []
                            break
                        }
                        amounts.append(amount)
                    }
                    if rows[row] != nil { error("the \(row.rawValue) row comes twice in this table") }
                    if cells.count == 1 {
                        error("the \(row.rawValue) row has no figures; a budget table gives one figure a year")
                    } else if !amounts.isEmpty, amounts.count != years.count {
                        error("the \(row.rawValue) row has \(amounts.count) figure\(amounts.count == 1 ? "" : "s") for "
                            + "\(years.count) year\(years.count == 1 ? "" : "s") (\(years.map(String.init).joined(separator: ", ")))")
                    }
                    rows[row] = (number, amounts.count == years.count ? amounts : [])
                } else if rows.isEmpty, unit == nil, let found = Self.unit(trimmed) {
                    unit = found
                } else if rows.isEmpty, let found = Self.years(cells) {
                    years = found
                } else if rows.isEmpty, let found = Self.natures(cells, count: years.count) {
                    natures = found
                } else if rows.isEmpty, let problem = Self.unreadableYears(cells) {
                    error(problem)
                    return skipTable()
                } else if !rows.isEmpty, cells.count == 1, trimmed.first?.isLowercase == true {
                    // The end of a row's label broken over two lines ("Total less existing" / "resources").
                } else if rows.isEmpty, years.isEmpty {
                    // A subtitle or a column heading above the figures.
                } else if cells.count > 1, cells.dropFirst().allSatisfy({ BudgetAmount($0.text) != nil }) {
                    error("'\(cells[0].text)' is not a row of a budget table; its rows are "
                        + BudgetRow.allCases.map(\.rawValue).joined(separator: ", "))
                } else if afterBlank {
                    break  // the table is over; what follows is the document's
                } else {
                    error("'\(trimmed)' is no line of a budget table, whose rows are "
                        + BudgetRow.allCases.map(\.rawValue).joined(separator: ", ")
                        + "; leave a blank line between the table and the text after it")
                }
                index += 1
            }
            guard !years.isEmpty else {
                return error("the budget table of resolution \(key) has no line of years (2025   2026) above its figures", line: titleLine)
            }
            if unit == nil {
                error("the budget table of resolution \(key) gives no unit: add a line such as "
                    + "'(Thousands of United States dollars)' under its title", line: titleLine)
            }
            guard let total = rows[.total] else {
                return error("the budget table of resolution \(key) has no Total row", line: titleLine)
            }
            guard let unit, !total.amounts.isEmpty else { return }  // reported above, or at the Total row
            for (column, year) in years.enumerated() {
                func amount(_ row: BudgetRow) -> BudgetAmount? {
                    guard let amounts = rows[row]?.amounts, !amounts.isEmpty else { return nil }
                    return amounts[column]
                }
                result.budgets.append(BudgetImplication(
                    resolution: key, year: year, nature: column < natures.count ? natures[column] : nil,
                    post: amount(.post), nonPost: amount(.nonPost), total: amount(.total), existing: amount(.existing),
                    totalLessExisting: amount(.totalLessExisting), unit: unit, source: file, line: titleLine,
                    totalLine: total.line, totalLessExistingLine: rows[.totalLessExisting]?.line))
            }
        }

        /// "(Thousands of United States dollars)", "(In US$ millions)", "USD": the unit
        /// a table's figures are in; nil when the line names no currency.
        static func unit(_ line: String) -> String? {
            let lower = line.lowercased()
            guard ["united states dollars", "us dollars", "u.s. dollars", "us$", "usd"].contains(where: lower.contains)
            else { return nil }
            if lower.contains("million") { return "US$ millions" }
            if lower.contains("thousand") || lower.contains("'000") || lower.contains("000s") { return "US$ thousands" }
            return "US$"
        }

        /// "2025   2026", maybe after a heading cell ("Year", "Category").
        static func years(_ cells: [Cell]) -> [Int]? {
            func year(_ cell: Cell) -> Int? {
                cell.text.wholeMatch(of: /(?:19|20)[0-9][0-9]/) != nil ? Int(cell.text) : nil
            }
            let tail = cells.count > 1 && year(cells[0]) == nil ? Array(cells.dropFirst()) : cells
            let values = tail.compactMap(year)
            return !values.isEmpty && values.count == tail.count ? values : nil
        }

        /// What is wrong with a line of column headings that are nearly years: a
        /// biennium ("2024–2025") or a Total column.
        static func unreadableYears(_ cells: [Cell]) -> String? {
            let texts = cells.map(\.text)
            guard texts.contains(where: { $0.firstMatch(of: /(?:19|20)[0-9][0-9]/) != nil }) else { return nil }
            if let biennium = texts.first(where: { $0.wholeMatch(of: /(?:19|20)[0-9][0-9]\s*[-–—\/]\s*(?:19|20)?[0-9][0-9]/) != nil }) {
                return "the column '\(biennium)' covers more than one year: a budget table is read one year a column (2024   2025)"
            }
            if texts.contains(where: { $0.lowercased() == "total" }) {
                return "a Total column is not read: remove it, the years' own columns are what is stored and checked"
            }
            return nil
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
            var headings: [String] = []
            var rows: [(line: Int, cells: [RoadmapColumn: String])] = []
            while let (_, cells, afterBlank) = nextTableLine() {
                defer { index += 1 }
                if columns.isEmpty {
                    columns = Self.header(cells)
                    headings = cells.map(\.text)
                    if columns.isEmpty, cells.count > 1 {
                        error("the roadmap of resolution \(key) needs a heading line with Period (or Date) and "
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
                    error("'\(period)' is no period of the roadmap of resolution \(key): write a year, a quarter, "
                        + "a month or a date (2025, Q1 2025, March 2025), or leave the cell empty to continue the row above")
                    continue
                }
                if let last = rows.last, let lastPeriod = last.cells[.period],
                   lastPeriod.firstMatch(of: /(?:19|20)[0-9][0-9]/) == nil, period.wholeMatch(of: /(?:19|20)[0-9][0-9]/) != nil {
                    // "December" then "2024" below it: one period broken over two lines.
                    rows[rows.count - 1].cells.merge(row) { $0 + " " + $1 }
                    continue
                }
                rows.append((number, row))
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

        /// A period has a number (2025, Q1, 9–11 December) or names a month or a span
        /// ("Ongoing", "Mid-2025"); a sentence that runs into the table's columns does not.
        static func looksLikePeriod(_ text: String) -> Bool {
            let lower = text.lowercased()
            if lower.contains(where: \.isNumber) { return true }
            let words = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "ongoing", "continuous", "continuing", "annual", "tbd",
                         "to be determined", "quarter", "half", "spring", "summer", "autumn", "winter"]
            return lower.count <= 40 && words.contains(where: lower.contains)
        }

        /// A hyphenated word broken over two lines of a cell ("inter-" + "sessional") is
        /// joined again; the hyphen stays, since it may be the word's own ("co-chairs").
        static func joinHyphenated(_ text: String) -> String {
            text.replacingOccurrences(of: #"(\p{L})- (\p{Ll})"#, with: "$1-$2", options: .regularExpression)
        }
    }
}
