// Budget tables on slides: a header over one to three lines, then a row of figures (or
// a row a label), in the five columns of a budget; a PBI summary's lines, each under
// its heading, and its grand total.

extension SlideBriefingReader {
    /// Reads a budget table (or a PBI summary, whose rows are `isSummary`) from the
    /// current line to the first line that is no part of it.
    mutating func readTable(summary: Bool) {
        var header: SlideBudgetHeader?
        var headerLine = 0
        /// Whether the header's columns were checked, and matched.
        var headerMatched: Bool?
        var lastWasHeader = false
        var rows = 0
        var nature: BudgetNature?
        var label: (text: String, line: Int)?
        var closed = false
        func endHeader() {
            if header != nil, rows == 0 {
                diagnose(.warning, "a budget table's header with no figures under it", line: headerLine)
            }
        }
        while index < lines.count {
            let line = lines[index]
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                lastWasHeader = false
                index += 1
                continue
            }
            guard let kind = SlideTableLine(line, header: header) else { break }
            // A grand total closes its PBI summary: what comes after it, but the total
            // repeated, is the document's.
            if closed, case .grandTotal = kind {} else if closed { break }
            switch kind {
            case .nature(let stated):
                endHeader()
                (header, headerMatched, rows, nature) = (nil, nil, 0, stated)
                lastWasHeader = false
            case .header(let cells):
                if !lastWasHeader || header == nil {
                    endHeader()
                    (header, headerMatched, rows, headerLine) = (SlideBudgetHeader(), nil, 0, number)
                }
                header?.add(cells, at: number)
                lastWasHeader = true
            case .label(let text):
                label = label.map { ($0.text + " " + text, $0.line) } ?? (text, number)
                lastWasHeader = false
            case .figures(let cells):
                lastWasHeader = false
                rows += 1
                guard let found = header else {
                    diagnose(
                        .error,
                        "a row of figures with no header above it: the budget table's columns cannot be matched; "
                            + "give it a header (Post Requirements, Non-Post Requirements, Total Requirements, "
                            + "Existing Resources, Total Requirements less Existing Resources)")
                    break
                }
                if headerMatched == nil {
                    if let mismatch = found.mismatch() {
                        diagnose(.error, mismatch.message, line: mismatch.line)
                        headerMatched = false
                    } else {
                        headerMatched = true
                    }
                }
                guard headerMatched == true else { break }
                budgetRow(cells, labelled: found.hasLabelColumn, label: label, nature: nature, summary: summary)
                label = nil
            case .grandTotal(let amount, let debris):
                lastWasHeader = false
                closed = true
                grandTotal(amount, debris: debris)
            }
            index += 1
        }
        endHeader()
        if let label {
            diagnose(
                .warning, "the row label '\(label.text)' has no figures beside it; it is not stored", line: label.line)
        }
    }

    /// A row of figures, in the five columns of a budget after its label (if any).
    private mutating func budgetRow(
        _ row: [String], labelled: Bool, label: (text: String, line: Int)?, nature: BudgetNature?, summary: Bool
    ) {
        guard let key = section?.key else {
            return diagnose(
                .error,
                "a row of figures before any resolution's heading: whose budget it is is not known; "
                    + "put the resolution's heading ('HSP/HA.2/RES.7 - …') above it")
        }
        var cells = row
        var rowLabel: String?
        if labelled {
            let own = cells.removeFirst()
            let words = [label?.text, own.isEmpty ? nil : own].compactMap { $0 }
            rowLabel = words.isEmpty ? nil : words.joined(separator: " ")
        }
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        let columns = SlideBudgetHeader.columns
        guard cells.count <= columns.count else {
            return diagnose(
                .error,
                "the row has \(cells.count) cells of figures where a budget has \(columns.count) columns "
                    + "(\(columns.map(\.rawValue).joined(separator: ", "))): the columns cannot be matched; "
                    + "remove the extra cells, or split the row in two")
        }
        var figures: [BudgetFigure?] = Array(repeating: nil, count: columns.count)
        var readable = true
        for (position, cell) in cells.enumerated() where !cell.isEmpty {
            if let figure = BudgetFigure(stated: cell) {
                figures[position] = figure
            } else if let slid = SlidePatterns.slidDash.wholeMatch(in: cell), position > 0,
                cells[position - 1].isEmpty, let figure = BudgetFigure(stated: slid.group(1) ?? "")
            {
                // "- $1,730,390" beside an empty cell: the dash is the empty cell's, moved
                // one cell on when the slide was taken to text.
                figures[position - 1] = .dash
                figures[position] = figure
                diagnose(
                    .warning,
                    "'\(cell)' under \(columns[position].rawValue) is read as a dash under "
                        + "\(columns[position - 1].rawValue), whose cell is empty, and \(figure) under "
                        + "\(columns[position].rawValue): the dash has slid one cell on")
            } else {
                diagnose(
                    .error,
                    "'\(cell)' under \(columns[position].rawValue) is not a figure: write an amount ($1,234 or "
                        + "1,234), 'in kind', or '-' for none")
                readable = false
            }
        }
        guard readable else { return }
        result.budgets.append(
            BudgetImplication(
                resolution: key, nature: nature, label: rowLabel, isSummary: summary, post: figures[0],
                nonPost: figures[1], total: figures[2], existing: figures[3], totalLessExisting: figures[4],
                unit: "US$", source: file, line: label?.line ?? number, totalLine: number,
                totalLessExistingLine: number))
    }

    /// "Grand Total: $3,686,949": the PBI summary's total; cells beside it are left over
    /// from the slide; a second one must be the first again, and one cut short is passed
    /// over with a warning.
    private mutating func grandTotal(_ amount: String, debris: [String]) {
        guard let key = section?.key else {
            return diagnose(
                .error,
                "a grand total before any resolution's heading: whose budget it is is not known; "
                    + "put the resolution's heading ('HSP/HA.2/RES.7 - …') above it")
        }
        if !debris.isEmpty {
            diagnose(
                .warning,
                "the cells \(debris.map { "'\($0)'" }.joined(separator: ", ")) beside the grand total are left over "
                    + "from the slide; they are not read")
        }
        let stated = BudgetFigure(stated: amount)
        if let first = result.grandTotals.first(where: { $0.resolution == key }) {
            let digits = amount.filter(\.isNumber)
            let firstDigits = first.amount.description.filter(\.isNumber)
            if stated == .amount(first.amount) { return }
            if !digits.isEmpty, digits.count < firstDigits.count, firstDigits.hasPrefix(digits) {
                return diagnose(
                    .warning,
                    "'Grand Total: \(amount)' repeats the grand total of line \(first.line), $\(first.amount), "
                        + "with its last digits lost; the grand total of line \(first.line) is kept")
            }
            return diagnose(
                .error,
                "a second grand total of resolution \(key), '\(amount)', differs from the one of line "
                    + "\(first.line), $\(first.amount): keep one")
        }
        guard case .amount(let value) = stated else {
            return diagnose(.error, "the grand total '\(amount)' is not an amount: write it as $1,234")
        }
        result.grandTotals.append(
            BudgetGrandTotal(resolution: key, amount: value, unit: "US$", source: file, line: number))
    }
}
