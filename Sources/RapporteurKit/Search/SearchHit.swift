/// One record found by a search, with where it sits in the record and a snippet of
/// its text around the match.
public struct SearchHit: Sendable, Equatable {
    public var kind: SearchHitKind
    /// The record's identifier as the CLI shows and takes it ("EB-2024-2/i3", "2/7").
    public var identifier: String
    /// The meeting's handle, nil for tracker text that belongs to no meeting.
    public var meeting: String?
    /// The agenda item's label and title ("6 (a) Report of …"), when the hit has one.
    public var agendaItem: String?
    /// The published paragraph's number in the meeting's summary, when it has one.
    public var paragraph: Int?
    /// The speaker as the query's style names it; nil for text no one spoke.
    public var speaker: String?
    /// The text around the match; the matched words are the `marked` segments.
    public var snippet: [SearchSnippetPart]
    /// The FTS5 rank (bm25): lower is better; hits come best first.
    public var rank: Double

    public init(
        kind: SearchHitKind, identifier: String, meeting: String?, agendaItem: String?, paragraph: Int?,
        speaker: String?, snippet: [SearchSnippetPart], rank: Double
    ) {
        self.kind = kind
        self.identifier = identifier
        self.meeting = meeting
        self.agendaItem = agendaItem
        self.paragraph = paragraph
        self.speaker = speaker
        self.snippet = snippet
        self.rank = rank
    }

    /// The snippet as plain text, the matches between the given marks.
    public func snippetText(open: String = "[", close: String = "]") -> String {
        snippet.map { $0.marked ? open + $0.text + close : $0.text }.joined()
    }
}
