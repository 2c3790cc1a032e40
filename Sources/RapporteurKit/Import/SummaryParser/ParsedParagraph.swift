/// One numbered paragraph of a summary, or one speaker's part of it when a paragraph
/// reports several speakers (the parts then share the printed number).
public struct ParsedParagraph: Sendable, Equatable {
    public enum Role: String, Sendable {
        case opening
        case chairStatement
        case secretariatStatement
        case intervention
        case response
        case otherBusiness
        case adjournment
        case procedural
    }

    /// The paragraph number printed in the source.
    public var number: Int
    /// The 1-based line of the source where the paragraph starts.
    public var line: Int
    /// The whole paragraph (or this speaker's part), noise removed, whitespace as single spaces.
    public var text: String
    /// The whole paragraph as printed, however many speakers it reports: running text
    /// and list entries one a line (`PublishedParagraph.text`).
    public var publishedText: String = ""
    public var role: Role
    /// The label of the agenda item it falls under ("2", "2(a)").
    public var item: String
    /// Keys of the resolution sub-heading it sits under.
    public var resolutions: [String]
    /// Speakers as the command line accepts them: "Member State B", "Member States",
    /// "France", "African Group", "Chair", "Secretariat".
    public var speakers: [String]
    /// True when the text names the delegation ("The delegate from France", "BRAZIL").
    public var named: Bool
    /// "question", "request", "comment", "appreciation", "announcement", "pledge" or
    /// "statement"; "" for responses and procedural paragraphs.
    public var kind: String
    /// The text without its subject: "inquired if UN-Habitat had a strategy …".
    public var predicate: String
    /// For questions and requests, one entry per thing asked.
    public var asks: [String]
    /// Digits only: "300000".
    public var pledgeAmount: String?
    /// "EUR", "USD", …
    public var pledgeCurrency: String?
    /// What a response undertakes to do.
    public var commitments: [ParsedCommitment]
    /// One line saying why the paragraph was read this way.
    public var explanation: String
    /// For a response: it answers the asks of the intervention just before it in the same
    /// paragraph, as a journal's "UN-Habitat agreed and highlighted …" answers the ask it follows.
    public var answersAsksBefore = false

    public init(
        number: Int, line: Int, text: String, role: Role, item: String = "", resolutions: [String] = [],
        speakers: [String] = [], named: Bool = false, kind: String = "", predicate: String = "",
        asks: [String] = [], pledgeAmount: String? = nil, pledgeCurrency: String? = nil,
        commitments: [ParsedCommitment] = [], explanation: String = ""
    ) {
        self.number = number
        self.line = line
        self.text = text
        self.role = role
        self.item = item
        self.resolutions = resolutions
        self.speakers = speakers
        self.named = named
        self.kind = kind
        self.predicate = predicate
        self.asks = asks
        self.pledgeAmount = pledgeAmount
        self.pledgeCurrency = pledgeCurrency
        self.commitments = commitments
        self.explanation = explanation
    }
}
