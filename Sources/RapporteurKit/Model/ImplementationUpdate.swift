/// A dated paragraph on the implementation of a resolution or of a decision, with where
/// it comes from: the tracker, the Executive Director's report (symbol and paragraph), a
/// briefing.
public struct ImplementationUpdate: Codable, Hashable, Sendable {
    public var asOf: CalendarDate
    public var text: String
    /// Operative paragraphs it cites ("3", "4").
    public var paragraphs: [String]
    /// "tracker", "report", "briefing" or "manual".
    public var source: String
    public var symbol: String?
    public var paragraph: Int?
    /// The footnotes its paragraph calls, in the order it calls them.
    public var footnotes: [ImplementationFootnote] = []
}
