/// What `response add` records.
public struct NewResponse: Sendable {
    public var meeting: String
    public var item: String
    public var text: String
    /// Asks answered in full ("Q5", or "I7" for an intervention with one ask).
    public var answers: [String]
    /// Asks answered in part.
    public var partialAnswers: [String]
    public var unit: String?
    public var references: ExplicitReferences
    public var sourceParagraph: Int?

    public init(
        meeting: String, item: String, text: String, answers: [String] = [], partialAnswers: [String] = [],
        unit: String? = nil, references: ExplicitReferences = ExplicitReferences(), sourceParagraph: Int? = nil
    ) {
        self.meeting = meeting
        self.item = item
        self.text = text
        self.answers = answers
        self.partialAnswers = partialAnswers
        self.unit = unit
        self.references = references
        self.sourceParagraph = sourceParagraph
    }
}
