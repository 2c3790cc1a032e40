/// The tracker on pages, as `tracker.md` lays it out: the title, the table (a row a
/// resolution, the figures flush right, the total row last), then the surpluses under
/// their lead-in and the notes, as list lines.
extension TrackerDocument {
    /// The table's header, as the Markdown table's.
    public static let pageHeader = ["Resolution", "Status", "Required", "Mobilized", "Gap", "Gap %"]

    public var page: PageDocument {
        func cells(_ row: Row, resolution: String) -> [String] {
            [resolution, row.status, row.required, row.mobilized, row.gap, row.gapPercent]
        }
        let table = PageTable(
            header: Self.pageHeader,
            rows: rows.map { cells($0, resolution: "\($0.key) \($0.title)") } + [cells(total, resolution: "Total")],
            figureColumns: [2, 3, 4, 5], lastRowIsTotal: true)
        var blocks: [PageBlock] = [.title(title), .table(table)]
        if hasSurpluses {
            blocks.append(.paragraph("Mobilized counts towards the totals only up to what was required:"))
        }
        blocks += surpluses.map { .listItem(marker: "-", text: $0, depth: 0) }
        blocks += notes.map { .listItem(marker: "-", text: $0, depth: 0) }
        return PageDocument(runningHeader: title, blocks: blocks)
    }
}
