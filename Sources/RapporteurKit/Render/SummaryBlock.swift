import Mustache

/// One block of a summary section. Exactly one field is set; templates render each
/// kind in its own `{{#…}}` section.
public struct SummaryBlock: Sendable, Hashable {
    public struct Paragraph: Sendable, Hashable {
        /// Numbered straight through the document, never the headings.
        public let number: Int
        public let text: String
        /// An agenda quoted in the paragraph (the adopted agenda under item 1).
        public let list: [ListLine]
        /// The intervention or response the paragraph writes ("I7", "R3"); nil for the
        /// paragraphs the document writes itself (the opening, the adjournment).
        public var record: String? = nil
        /// Who has the floor in the record's paragraph, in the attribution style.
        public var speakers: [SpeakerReference] = []
        /// The record is a question (an Akoma Ntoso `question`, not a `speech`).
        public var isQuestion = false
        /// The resolutions the record is about ("2/7").
        public var resolutions: [String] = []
        /// The footnotes the paragraph calls, their calls in `text` ("¹"), numbered
        /// straight through the document.
        public var footnotes: [ReportFootnote] = []
        /// `text` cut at each footnote's call.
        public var segments: [TextSegment] { TextSegment.segments(of: text, calls: footnotes) }
    }

    public var paragraph: Paragraph?
    /// "The discussions highlighted the following:" — an unnumbered line.
    public var leadIn: String?
    /// "Resolution 1/2 – United Nations System-Wide Guidelines on …".
    public var subheading: String?
    /// A part of what the briefings say of a resolution (its roadmap, fundraising
    /// strategy or budget figures), in a progress report: a heading and its lines.
    public var part: DossierPart?
}

// Templates look values up by name; swift-mustache finds them through Mirror unless
// the value answers for itself, and Mirror made up a fifth of rendering a summary.
// Every stored property answers, under its own name, as Mirror would.
extension SummaryBlock: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "paragraph": paragraph
        case "leadIn": leadIn
        case "subheading": subheading
        case "part": part
        default: nil
        }
    }
}

extension SummaryBlock.Paragraph: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "text": text
        case "list": list
        case "record": record
        case "speakers": speakers
        case "isQuestion": isQuestion
        case "resolutions": resolutions
        case "footnotes": footnotes
        case "segments": segments
        default: nil
        }
    }
}
