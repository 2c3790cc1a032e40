import Mustache

/// The view of a meeting summary, seed 004's shape: a heading, then agenda item by
/// agenda item the opening and adopted agenda, the framing and briefings, the
/// discussion and the Secretariat's responses grouped by resolution, any other
/// business and the adjournment. Every decision is taken here; templates only lay
/// out. The same record always gives the same document.
///
/// Typeset (`Typography`) for the documents people read; `.asStored` for JSON. Either
/// way, what a record read from a published summary says keeps its own characters,
/// while the words written around it (the subject, headings, dates) are typeset.
public struct SummaryDocument: Sendable {
    public let title: String
    /// "Wednesday, 16 October 2024, 10:00 – 13:00 East Africa Time".
    public let when: String
    public let venue: String?
    public let chair: String?
    public let chairFunction: String?
    public let style: AttributionStyle
    public let sections: [SummarySection]
    /// The meeting's handle, body code, first day and number, and the body's name, which
    /// name the document in the Akoma Ntoso form.
    public let handle: String
    public let bodyCode: String
    public let bodyName: String
    public let date: CalendarDate
    public let number: Int?
    /// Dates of adoption of the resolutions, by key, for their canonical references.
    public let resolutionDates: [String: String]
    /// Day by day or item by item; a meeting of one day is always item by item.
    public let arrangement: SummaryArrangement

    /// `arrangement` is the layout of a session of several days, day by day unless given.
    public init(
        _ source: MeetingRecordSource, style: AttributionStyle? = nil, typesetting: Typesetting = .typeset,
        arrangement: SummaryArrangement? = nil
    ) {
        let meeting = source.meeting
        let body = source.body
        title = typesetting.apply("Summary of the \(meeting.fullTitle(in: body))")
        var when = meeting.startDate == meeting.endDate ? UNDate.withWeekday(meeting.startDate) : meeting.dates
        if let time = meeting.timeRange(in: body) { when += ", \(time)" }
        self.when = typesetting.apply(when)
        venue = typesetting.apply(meeting.venue)
        chair = typesetting.apply(meeting.chair.map { "Chair: \($0)" })
        chairFunction = typesetting.apply(meeting.chairFunction)
        self.style = style ?? body.attributionStyle
        self.arrangement = source.days.isEmpty ? .byItem : arrangement ?? .byDay
        var writer = Writer(
            source: source, attribution: Attribution(style: self.style, secretariatWord: body.secretariatWord),
            typesetting: typesetting, arrangement: self.arrangement)
        // The published wording only in the style it was written in, and only when
        // every record was drawn from it; otherwise the record says it all.
        if let published = source.published, published.style == self.style,
            Self.drawsEveryRecord(from: published, source)
        {
            sections = writer.sections(as: published)
        } else {
            sections = writer.sections()
        }
        handle = meeting.handle
        bodyCode = body.code
        bodyName = typesetting.apply(body.name)
        date = meeting.startDate
        number = meeting.number
        resolutionDates = source.resolutionDates
    }

    /// Every intervention and response of the record cites a paragraph of the published summary.
    static func drawsEveryRecord(from published: PublishedSummary, _ source: MeetingRecordSource) -> Bool {
        // A daily journal numbers each day afresh: a paragraph is its day and its number.
        let numbers = Set(published.paragraphs.map { [$0.day ?? 0, $0.number] })
        func drawn(_ paragraph: Int?, _ day: Int?) -> Bool {
            paragraph.map { numbers.contains([day ?? 0, $0]) } ?? false
        }
        return source.interventions.allSatisfy { drawn($0.sourceParagraph, $0.day) }
            && source.responses.allSatisfy { drawn($0.sourceParagraph, $0.day) }
    }
}

// Templates look values up by name; swift-mustache finds them through Mirror unless
// the value answers for itself, and Mirror made up a fifth of rendering a summary.
// Every stored property answers, under its own name, as Mirror would.
extension SummaryDocument: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "when": when
        case "venue": venue
        case "chair": chair
        case "chairFunction": chairFunction
        case "style": style
        case "sections": sections
        case "handle": handle
        case "bodyCode": bodyCode
        case "bodyName": bodyName
        case "date": date
        case "number": number
        case "resolutionDates": resolutionDates
        case "arrangement": arrangement
        default: nil
        }
    }
}
