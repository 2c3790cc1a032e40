/// An intervention as lists and histories show it.
public struct InterventionView: Codable, Hashable, Sendable {
    public struct Pledge: Codable, Hashable, Sendable {
        public var amount: String?
        public var currency: String?
    }

    public var id: String
    public var meeting: String
    public var body: String
    public var date: CalendarDate
    /// The agenda item's label ("2(a)").
    public var item: String
    public var sequence: Int
    public var kind: InterventionKind
    /// How internal lists name the speakers: "Colombia", "Member States", "the African Group".
    public var speakers: [String]
    /// The same speakers with their kind and identity, for documents that write the subject.
    public var speakerDetails: [Speaker]
    public var text: String
    public var named: Bool
    public var pledge: Pledge?
    public var asks: [AskView]
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
        case id, meeting, body, date, item, sequence, kind, speakers, speakerDetails, text, named, pledge, asks,
            resolutions, decisions, documents, paragraphs, sourceParagraph, day
    }
}
