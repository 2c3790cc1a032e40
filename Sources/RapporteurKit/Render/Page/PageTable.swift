/// A table of a page document: the header row (repeated on each page), the body rows,
/// and which columns hold figures (set flush right).
public struct PageTable: Sendable, Hashable {
    public var header: [String]
    public var rows: [[String]]
    /// Indices of the columns of figures.
    public var figureColumns: Set<Int>
    /// True when the last row is a total, set in bold.
    public var lastRowIsTotal: Bool

    public init(header: [String], rows: [[String]], figureColumns: Set<Int> = [], lastRowIsTotal: Bool = false) {
        self.header = header
        self.rows = rows
        self.figureColumns = figureColumns
        self.lastRowIsTotal = lastRowIsTotal
    }
}
