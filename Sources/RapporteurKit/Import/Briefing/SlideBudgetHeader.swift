/// The header of a budget table on a slide: one cell a column, its words maybe broken
/// over two or three lines ("Post" over "Requirements"), a cell left empty or marked
/// "_" or "•" where the slide lost the column's name, and maybe a first column of row
/// labels ("Operational Paragraph").
///
/// The figures' five columns are always Post, Non-post, Total, Existing resources and
/// Total less existing resources, in that order: a cell with no name takes the name of
/// its place; a named cell must name the column of its place.
struct SlideBudgetHeader {
    /// Each cell's words so far, and the line its first words are on.
    private(set) var cells: [(text: String, line: Int)] = []

    /// The columns in the order the figures come.
    static let columns: [BriefingParser.BudgetRow] = [.post, .nonPost, .total, .existing, .totalLessExisting]

    /// Adds a line of the header, cell by cell, to the words above.
    mutating func add(_ line: [String], at number: Int) {
        for (position, cell) in line.enumerated() {
            let text = cell.trimmingCharacters(in: .whitespaces)
            if position < cells.count {
                if !text.isEmpty {
                    cells[position].text = cells[position].text.isEmpty ? text : cells[position].text + " " + text
                    if cells[position].line == 0 { cells[position].line = number }
                }
            } else {
                cells.append((text, text.isEmpty ? 0 : number))
            }
        }
    }

    /// Whether the first column holds the rows' labels: its cell names no column.
    var hasLabelColumn: Bool {
        guard let first = cells.first?.text, !first.isEmpty else { return false }
        return !Self.isPlaceholder(first) && Self.column(named: first) == nil
    }

    /// What is wrong with the header, with the line of the cell at fault; nil when its
    /// cells match the five columns.
    func mismatch() -> (message: String, line: Int)? {
        var figureCells = Array(cells.dropFirst(hasLabelColumn ? 1 : 0))
        while let last = figureCells.last, last.text.isEmpty { figureCells.removeLast() }
        let expected = Self.columns.map(\.rawValue).joined(separator: ", ")
        for (position, cell) in figureCells.enumerated() where !cell.text.isEmpty && !Self.isPlaceholder(cell.text) {
            guard position < Self.columns.count else {
                return (
                    "the budget table's columns cannot be matched: '\(cell.text)' heads a column after the five "
                        + "a budget has (\(expected))", cell.line
                )
            }
            let column = Self.column(named: cell.text)
            if column != Self.columns[position] {
                let named = column.map { "names the \($0.rawValue) column" } ?? "names no column of a budget"
                return (
                    "the budget table's columns cannot be matched: '\(cell.text)' heads column \(position + 1), "
                        + "where the \(Self.columns[position].rawValue) column goes, but \(named); the columns "
                        + "are \(expected), in that order", cell.line
                )
            }
        }
        return nil
    }

    /// "_" or "•": a cell whose name the slide lost.
    static func isPlaceholder(_ text: String) -> Bool {
        ["_", "•", "·", "—"].contains(text)
    }

    /// The column a header cell names: "Post Requirements", "Non-Post", "Total
    /// Requirements less Existing Resources".
    static func column(named text: String) -> BriefingParser.BudgetRow? {
        let words = ASCIIText.collapsingWhitespace(text).lowercased()
        switch words {
        case "total requirements less existing resources", "total requirements less existing",
            "total requirements less existing resource":
            return .totalLessExisting
        case "non-post", "non post", "non-post requirements", "non post requirements", "non-post requirement":
            return .nonPost
        default: return BriefingParser.BudgetRow(label: words)
        }
    }

    /// Whether each of a line's cells is a word of a header ("Post", "Requirements",
    /// "_"), with one naming a column or a part of one.
    static func isHeaderLine(_ cells: [String]) -> Bool {
        let texts = cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !texts.isEmpty else { return false }
        var named = false
        for text in texts {
            if isPlaceholder(text) { continue }
            let words = text.lowercased().replacingOccurrences(of: "-", with: " ").split(separator: " ")
            guard words.allSatisfy({ headerWords.contains(String($0)) }) else { return false }
            if words.contains(where: { columnWords.contains(String($0)) }) { named = true }
        }
        return named
    }

    static let headerWords: Set<String> = [
        "post", "non", "total", "existing", "requirements", "requirement", "resources", "resource", "less",
        "operational", "operative", "paragraph", "paragraphs", "item", "activity",
    ]
    static let columnWords: Set<String> = ["post", "total", "existing", "requirements", "resources"]
}
