import Foundation

// Budget tables: a unit, a line of years, maybe their natures, then the rows.

extension BriefingParser.Parser {
    mutating func budget(_ key: String, titleLine: Int) {
        var unit: String?
        var years: [Int] = []
        var natures: [BudgetNature?] = []
        var rows: [BriefingParser.BudgetRow: (line: Int, amounts: [BudgetFigure])] = [:]
        while let (trimmed, cells, afterBlank) = nextTableLine() {
            if let label = cells.first?.text, let row = BriefingParser.BudgetRow(label: label) {
                guard !years.isEmpty else {
                    error(
                        "the budget table of resolution \(key) has no line of years (2025   2026) above its \(row.rawValue) row"
                    )
                    return skipTable()
                }
                var amounts: [BudgetFigure] = []
                for cell in cells.dropFirst() {
                    guard let amount = Self.figure(cell.text) else {
                        error(
                            "'\(cell.text)' in the \(row.rawValue) row is not an amount: write figures as 1,234.5 "
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
                    error(
                        "the \(row.rawValue) row has \(amounts.count) figure\(amounts.count == 1 ? "" : "s") for "
                            + "\(years.count) year\(years.count == 1 ? "" : "s") (\(years.map(String.init).joined(separator: ", ")))"
                    )
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
                error(
                    "'\(cells[0].text)' is not a row of a budget table; its rows are "
                        + BriefingParser.BudgetRow.allCases.map(\.rawValue).joined(separator: ", "))
            } else if afterBlank {
                break  // the table is over; what follows is the document's
            } else {
                error(
                    "'\(trimmed)' is no line of a budget table, whose rows are "
                        + BriefingParser.BudgetRow.allCases.map(\.rawValue).joined(separator: ", ")
                        + "; leave a blank line between the table and the text after it")
            }
            index += 1
        }
        guard !years.isEmpty else {
            return error(
                "the budget table of resolution \(key) has no line of years (2025   2026) above its figures",
                line: titleLine)
        }
        if unit == nil {
            error(
                "the budget table of resolution \(key) gives no unit: add a line such as "
                    + "'(Thousands of United States dollars)' under its title", line: titleLine)
        }
        guard let total = rows[.total] else {
            return error("the budget table of resolution \(key) has no Total row", line: titleLine)
        }
        guard let unit, !total.amounts.isEmpty else { return }  // reported above, or at the Total row
        for (column, year) in years.enumerated() {
            func amount(_ row: BriefingParser.BudgetRow) -> BudgetFigure? {
                guard let amounts = rows[row]?.amounts, !amounts.isEmpty else { return nil }
                return amounts[column]
            }
            result.budgets.append(
                BudgetImplication(
                    resolution: key, year: year, nature: column < natures.count ? natures[column] : nil,
                    post: amount(.post), nonPost: amount(.nonPost), total: amount(.total), existing: amount(.existing),
                    totalLessExisting: amount(.totalLessExisting), unit: unit, source: file, line: titleLine,
                    totalLine: total.line, totalLessExistingLine: rows[.totalLessExisting]?.line))
        }
    }

    /// An amount as `BudgetAmount` reads it, a dash kept as the dash it is (which the
    /// arithmetic counts as zero).
    static func figure(_ text: String) -> BudgetFigure? {
        if ["-", "–", "—", "−"].contains(text.trimmingCharacters(in: .whitespaces)) { return .dash }
        return BudgetAmount(text).map { .amount($0) }
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
    static func years(_ cells: [BriefingParser.Cell]) -> [Int]? {
        func year(_ cell: BriefingParser.Cell) -> Int? {
            BriefingPatterns.year.wholeMatch(in: cell.text) != nil ? Int(cell.text) : nil
        }
        let tail = cells.count > 1 && year(cells[0]) == nil ? Array(cells.dropFirst()) : cells
        let values = tail.compactMap(year)
        return !values.isEmpty && values.count == tail.count ? values : nil
    }

    /// What is wrong with a line of column headings that are nearly years: a
    /// biennium ("2024–2025") or a Total column.
    static func unreadableYears(_ cells: [BriefingParser.Cell]) -> String? {
        let texts = cells.map(\.text)
        guard texts.contains(where: { BriefingPatterns.year.firstMatch(in: $0) != nil }) else { return nil }
        if let biennium = texts.first(where: { BriefingPatterns.biennium.wholeMatch(in: $0) != nil }) {
            return
                "the column '\(biennium)' covers more than one year: a budget table is read one year a column (2024   2025)"
        }
        if texts.contains(where: { $0.lowercased() == "total" }) {
            return "a Total column is not read: remove it, the years' own columns are what is stored and checked"
        }
        return nil
    }

    /// "(one-time)   (recurrent)", maybe after a heading cell, one a year.
    static func natures(_ cells: [BriefingParser.Cell], count: Int) -> [BudgetNature?]? {
        guard count > 0 else { return nil }
        let stated = cells.suffix(count).map { BudgetNature(stated: $0.text) }
        guard cells.count >= count, cells.count <= count + 1, stated.allSatisfy({ $0 != nil }) else { return nil }
        return stated
    }
}
