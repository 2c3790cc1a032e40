/// The masthead of a pre-session document (docs/EDITORIAL.md, "The page"): the body at
/// the top left; the symbol, distribution, date of issue and original language at the
/// top right; then the session, its place and dates, the agenda item the document is
/// issued under (with a footnote naming the provisional agenda), the title and the
/// sub-title. What is not known is said visibly, never invented.
public struct Masthead: Sendable, Hashable {
    /// "Executive Board of the United Nations Human Settlements Programme".
    public var bodyName: String
    /// "HSP/EB.2025/1"; nil when none has been given.
    public var symbol: String?
    /// "General", "Limited" or "Restricted".
    public var distribution: String
    public var issued: CalendarDate?
    /// "English".
    public var originalLanguage: String
    /// "First session of 2025".
    public var session: String
    /// "Nairobi, 25–27 March 2025".
    public var placeAndDates: String
    /// The agenda item the document is issued under; nil for the provisional agenda itself.
    public var agendaItem: MastheadItem?
    /// "Provisional agenda", "Progress report on the implementation of …".
    public var title: String
    /// "Report of the Executive Director", "Note by the secretariat".
    public var subtitle: String?

    public init(
        bodyName: String, symbol: String?, distribution: String = "General", issued: CalendarDate?,
        originalLanguage: String = "English", session: String, placeAndDates: String,
        agendaItem: MastheadItem? = nil, title: String, subtitle: String? = nil
    ) {
        self.bodyName = bodyName
        self.symbol = symbol
        self.distribution = distribution
        self.issued = issued
        self.originalLanguage = originalLanguage
        self.session = session
        self.placeAndDates = placeAndDates
        self.agendaItem = agendaItem
        self.title = title
        self.subtitle = subtitle
    }

    /// The symbol, or a visible placeholder where none has been given.
    public var symbolText: String { symbol ?? "[symbol not yet assigned]" }
    /// "Distr.: General".
    public var distributionText: String { "Distr.: \(distribution)" }
    /// "10 February 2025", or a visible placeholder.
    public var issuedText: String { issued.map(UNDate.long) ?? "[date of issue not given]" }
    /// "Original: English".
    public var originalText: String { "Original: \(originalLanguage)" }
}
