/// A Secretariat response as lists and histories show it.
public struct ResponseView: Codable, Hashable, Sendable {
    public var id: String
    public var meeting: String
    public var body: String
    public var date: CalendarDate
    public var item: String
    public var sequence: Int
    public var unit: String?
    public var text: String
    public var answers: [AnswerView]
    public var commitments: [String]
    /// Resolution keys ("2/7"), decision keys ("2024/3"), document symbols and
    /// operative paragraphs ("2/7 OP3") the record concerns.
    public var resolutions: [String]
    public var decisions: [String]
    public var documents: [String]
    public var paragraphs: [String]
    public var sourceParagraph: Int?
    /// The day of a session of several days it was made on; nil in a meeting of one day
    /// (and then absent from the JSON).
    public var day: Int? = nil
    /// Read from the meeting's published summary: the meeting's record is its final
    /// summary (`import summary`) and this record cites one of its paragraphs, so its
    /// wording is the document's own. Not part of the JSON, which keeps the shape it had.
    public var fromPublishedSummary = false

    enum CodingKeys: String, CodingKey {
        case id, meeting, body, date, item, sequence, unit, text, answers, commitments, resolutions, decisions,
            documents, paragraphs, sourceParagraph, day
    }
}
