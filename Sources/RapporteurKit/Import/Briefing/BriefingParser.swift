import Foundation

/// Reads a technical briefing on resolutions in either of its layouts: a slide deck
/// taken to text (see `SlideBriefingReader`), or tables laid out in columns, described
/// here.
///
/// The tables of a briefing as plain text laid out in columns (what `pdftotext -layout`
/// or a copy from Word gives):
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
        /// The document's title, as a briefing taken from slides gives it on its first line.
        public var title: String?
        public var budgets: [BudgetImplication] = []
        public var milestones: [RoadmapMilestone] = []
        public var grandTotals: [BudgetGrandTotal] = []
        public var fundraising: [FundraisingLine] = []
        public var diagnostics: [Diagnostic] = []

        public init(
            symbol: String? = nil, budgets: [BudgetImplication] = [], milestones: [RoadmapMilestone] = [],
            grandTotals: [BudgetGrandTotal] = [], fundraising: [FundraisingLine] = [], diagnostics: [Diagnostic] = []
        ) {
            self.symbol = symbol
            self.budgets = budgets
            self.milestones = milestones
            self.grandTotals = grandTotals
            self.fundraising = fundraising
            self.diagnostics = diagnostics
        }
    }

    /// Reads a briefing in either layout: taken from slides (see `SlideBriefingReader`)
    /// when it has a resolution's heading and a slide's title, else in columns.
    public static func parse(_ text: String, file: String) -> Result {
        if SlideBriefingReader.applies(to: text) { return SlideBriefingReader.read(text, file: file) }
        var parser = Parser(file: file, text: text)
        parser.run()
        if parser.result.budgets.isEmpty, parser.result.milestones.isEmpty,
            !parser.result.diagnostics.contains(where: { $0.severity == .error })
        {
            parser.result.diagnostics.append(
                Diagnostic(
                    file: file, line: 1, .error,
                    """
                    no programme budget implication table and no roadmap found: a briefing's tables are headed \
                    'Programme budget implications of resolution 2/7' or 'Implementation roadmap for resolution 2/7' \
                    (\(step: .readBriefingFormat))
                    """))
        }
        return parser.result
    }
}
