import Testing

@testable import RapporteurKit

/// The widths of a table's columns on the page.
@Suite struct WordTableTests {
    /// The tracker's shape: a long first column and narrow columns of figures.
    static let tracker = PageTable(
        header: ["Resolution", "Status", "Required", "Mobilized", "Gap", "Gap %"],
        rows: [
            [
                "2/9 Creation of a human settlements resilience framework for early warning, foresight, risk reduction",
                "Under implementation", "$10,202K", "$24,638K", "$0K", "0%",
            ],
            ["Total", "", "$50,217K", "$23,966K", "$26,251K", "52%"],
        ], figureColumns: [2, 3, 4, 5], lastRowIsTotal: true)

    @Test func noColumnIsNarrowerThanItsLongestWordAndTheTableFillsTheTextWidth() {
        let textWidth = 9638
        let widths = WordTable.columnWidths(Self.tracker, columns: 6, textWidth: textWidth)
        for (column, width) in widths.enumerated() {
            let longest = ([Self.tracker.header] + Self.tracker.rows).map { cells in
                cells[column].split(separator: " ").map(\.count).max() ?? 0
            }.max()!
            #expect(width >= longest * WordTable.characterWidth + WordTable.cellMargins, "column \(column): \(widths)")
        }
        #expect(widths.reduce(0, +) <= textWidth)
        #expect(widths.reduce(0, +) > textWidth - 10)
        // What is left over goes to the long text, not to the figures.
        #expect(widths[0] == widths.max())
    }

    @Test func tooManyColumnsShareThePageInProportion() {
        let wide = PageTable(header: Array(repeating: "Implementation", count: 9), rows: [])
        let widths = WordTable.columnWidths(wide, columns: 9, textWidth: 9000)
        #expect(widths.reduce(0, +) <= 9000)
        #expect(Set(widths).count == 1)
    }
}
