/// An ask on the follow-up list: not answered in full yet.
public struct FollowUpAsk: Codable, Hashable, Sendable {
    public var id: String
    public var intervention: String
    /// Where it was asked.
    public var meeting: String
    public var body: String
    public var date: CalendarDate
    public var item: String
    public var kind: InterventionKind
    /// Who asked; internal lists always name them.
    public var speakers: [String]
    public var speakerDetails: [Speaker]
    /// The delegation is named even in anonymous documents.
    public var named: Bool
    /// What is asked.
    public var text: String
    /// Open, partly answered, or with only proposed answers to confirm.
    public var status: FollowUpStatus
    public var resolutions: [String]
    public var decisions: [String]
    public var paragraphs: [String]
    /// The paragraph of the published summary it was read from, as numbered there.
    public var sourceParagraph: Int?
    /// Days from the meeting to the list's as-of date.
    public var ageDays: Int
    /// Confirmed partial answers so far, and proposed ones still to confirm.
    public var answers: [AnswerView]

    /// Read from the meeting's published summary: the meeting's record is its final
    /// summary (`import summary`) and this record cites one of its paragraphs, so its
    /// wording is the document's own. Not part of the JSON, which keeps the shape it had.
    public var fromPublishedSummary = false

    enum CodingKeys: String, CodingKey {
        case id, intervention, meeting, body, date, item, kind, speakers, speakerDetails, named, text, status,
            resolutions, decisions, paragraphs, sourceParagraph, ageDays, answers
    }
}
