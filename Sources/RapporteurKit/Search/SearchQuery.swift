/// A full-text search over the record: the words to find and the filters that narrow
/// it; nil filters do not filter. `text` is an FTS5 query (words, "phrases", prefix*,
/// AND / OR / NOT), matched with English stemming and diacritics folded.
public struct SearchQuery: Sendable, Equatable {
    public var text: String
    /// Only hits from meetings of this body (its code, as `body list` shows it).
    public var body: String?
    /// Only hits from this meeting (its handle).
    public var meeting: String?
    /// Only hits linked to this resolution or decision (its handle, "2/7").
    public var resolution: String?
    /// Only what this State said or was answered, whatever the attribution style.
    public var state: String?
    /// Only hits of this kind.
    public var kind: SearchHitKind?
    /// Only hits from meetings on or after this day.
    public var from: CalendarDate?
    /// Only hits from meetings on or before this day.
    public var to: CalendarDate?
    /// At most this many hits, best first.
    public var limit: Int
    /// How speakers are named in the hits and their snippets: `named` (as stored, the
    /// secretariat's own view) unless a published style is asked for, which never reveals
    /// a speaker the body's style does not name.
    public var style: AttributionStyle?

    public init(
        text: String, body: String? = nil, meeting: String? = nil, resolution: String? = nil,
        state: String? = nil, kind: SearchHitKind? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
        limit: Int = 20, style: AttributionStyle? = nil
    ) {
        self.text = text
        self.body = body
        self.meeting = meeting
        self.resolution = resolution
        self.state = state
        self.kind = kind
        self.from = from
        self.to = to
        self.limit = limit
        self.style = style
    }
}
