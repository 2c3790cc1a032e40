import Foundation

/// A line of a budget table on a slide, its cells apart by tabs.
enum SlideTableLine {
    /// "Recurrent Resou<TAB>Recurrent Resource Requirements": the heading of a PBI
    /// summary's line, split across cells where the slide's boxes overlapped.
    case nature(BudgetNature)
    case header([String])
    case figures([String])
    /// The words of a row's label with no figures beside them: the label goes on below.
    case label(String)
    /// "Grand Total: $3,686,949", and the other cells' text on its line.
    case grandTotal(String, debris: [String])

    /// What the line is in a table whose header (if any) is `header`; nil for a line that
    /// is no part of a table.
    init?(_ line: String, header: SlideBudgetHeader?) {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let filled = cells.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return nil }
        if let total = cells.firstIndex(where: { SlidePatterns.grandTotal.firstMatch(in: $0) != nil }) {
            let amount = SlidePatterns.grandTotal.firstMatch(in: cells[total])?.group(1) ?? ""
            self = .grandTotal(
                amount, debris: cells.enumerated().filter { $0.offset != total && !$0.element.isEmpty }.map(\.element))
            return
        }
        if let nature = Self.nature(filled) {
            self = .nature(nature)
            return
        }
        guard cells.count > 1 else { return nil }
        if SlideBudgetHeader.isHeaderLine(cells) {
            self = .header(cells)
        } else if cells.contains(where: {
            BudgetFigure(stated: $0) != nil || SlidePatterns.slidDash.wholeMatch(in: $0) != nil
        }) {
            self = .figures(cells)
        } else if header?.hasLabelColumn == true, !cells[0].isEmpty, cells.dropFirst().allSatisfy(\.isEmpty) {
            self = .label(cells[0])
        } else {
            return nil
        }
    }

    /// The nature a heading of a PBI summary's line names: it speaks of requirements and
    /// of recurrent or one-time ones.
    static func nature(_ cells: [String]) -> BudgetNature? {
        // Cut across cells ("One-Time Resou", "rce Requirements"): read both apart and run together.
        let words = (cells.joined(separator: " ") + " " + cells.joined()).lowercased()
            .replacingOccurrences(of: "–", with: "-")
        guard words.contains("requirement") || words.contains("resou"), words.count <= 240 else { return nil }
        for (written, nature) in [
            ("non-recurrent", BudgetNature.oneTime), ("one-time", .oneTime), ("one time", .oneTime),
            ("one-off", .oneTime), ("recurrent", .recurrent),
        ] where words.contains(written) {
            return nature
        }
        return nil
    }
}
