/// One meeting's whole record as the plain-text record format carries it: the
/// meeting, its agenda, what was said, answered and promised, and what each concerns.
/// Keys (I1, Q1, R1, A1) are the meeting's own, numbered in the order of the record;
/// an answer to another meeting's ask names it as "PBA-56/Q3".
public struct RecordFile: Sendable, Equatable {
    /// What a record concerns, as written: "resolution 2/7", "resolution 2/7 OP3",
    /// "decision 2024/3", "document HSP/EB.2024/14", with where the link came from.
    public struct Reference: Sendable, Equatable {
        public enum Kind: String, Sendable {
            case resolution, decision, document
        }

        public var kind: Kind
        public var key: String
        public var paragraph: String
        public var source: RecordReference.Source

        public init(kind: Kind, key: String, paragraph: String = "", source: RecordReference.Source = .explicit) {
            self.kind = kind
            self.key = key
            self.paragraph = paragraph
            self.source = source
        }
    }

    public struct Item: Sendable, Equatable {
        public var label: String
        public var title: String
        public var resolutions: [String] = []
        public var decisions: [String] = []
        public var documents: [String] = []
        /// The paragraphs of what the annotated agenda says under the item, one
        /// `annotation:` line each; none for an item without an annotation.
        public var annotation: [String] = []
        public var line: Int = 0

        public init(
            label: String, title: String, resolutions: [String] = [], decisions: [String] = [],
            documents: [String] = [], annotation: [String] = [], line: Int = 0
        ) {
            self.label = label
            self.title = title
            self.resolutions = resolutions
            self.decisions = decisions
            self.documents = documents
            self.annotation = annotation
            self.line = line
        }
    }

    /// One of the meeting's documents (`MeetingDocumentKind`): one `document` line a
    /// kind, with its symbol once given, its date of issue and the item it is issued under.
    public struct IssuedDocument: Sendable, Equatable {
        public var kind: MeetingDocumentKind
        public var symbol: String?
        public var issued: CalendarDate?
        public var item: String?
        public var line: Int = 0

        public init(
            kind: MeetingDocumentKind, symbol: String? = nil, issued: CalendarDate? = nil, item: String? = nil,
            line: Int = 0
        ) {
            self.kind = kind
            self.symbol = symbol
            self.issued = issued
            self.item = item
            self.line = line
        }
    }

    public struct Ask: Sendable, Equatable {
        public var key: String
        public var text: String
        /// Only withdrawn and superseded are kept; answers give the other statuses.
        public var closed: AskStatus?
        public var supersededBy: String?
        public var note: String?
        public var line: Int = 0

        public init(
            key: String, text: String, closed: AskStatus? = nil, supersededBy: String? = nil,
            note: String? = nil, line: Int = 0
        ) {
            self.key = key
            self.text = text
            self.closed = closed
            self.supersededBy = supersededBy
            self.note = note
            self.line = line
        }
    }

    public struct Intervention: Sendable, Equatable {
        public var key: String
        public var item: String
        public var speakers: [String]
        public var kind: InterventionKind
        public var named: Bool = false
        public var pledgeAmount: String?
        public var pledgeCurrency: String?
        public var sourceParagraph: Int?
        public var text: String
        public var references: [Reference] = []
        public var asks: [Ask] = []
        /// The day of the session it was made on, for a meeting of several days.
        public var day: Int?
        public var line: Int = 0

        public init(
            key: String, item: String, speakers: [String], kind: InterventionKind, named: Bool = false,
            pledgeAmount: String? = nil, pledgeCurrency: String? = nil, sourceParagraph: Int? = nil,
            text: String, references: [Reference] = [], asks: [Ask] = [], line: Int = 0
        ) {
            self.key = key
            self.item = item
            self.speakers = speakers
            self.kind = kind
            self.named = named
            self.pledgeAmount = pledgeAmount
            self.pledgeCurrency = pledgeCurrency
            self.sourceParagraph = sourceParagraph
            self.text = text
            self.references = references
            self.asks = asks
            self.line = line
        }
    }

    public struct Answer: Sendable, Equatable {
        /// "Q3", or "PBA-55/Q3" for an ask of another meeting.
        public var ask: String
        public var extent: AnswerExtent
        /// Proposed by an importer rather than recorded by an officer.
        public var inferred: Bool = false
        /// For an inferred link, the measured precision of links of its score band.
        public var confidence: Double?
        /// An inferred link someone confirmed: an officer, or the import itself when its
        /// band is precise enough. Only a confirmed link answers its ask; an inferred link
        /// not confirmed is a proposal. A recorded link is confirmed by nature.
        public var confirmed: Bool

        public init(
            ask: String, extent: AnswerExtent, inferred: Bool = false, confidence: Double? = nil,
            confirmed: Bool? = nil
        ) {
            self.ask = ask
            self.extent = extent
            self.inferred = inferred
            self.confidence = confidence
            self.confirmed = confirmed ?? !inferred
        }

        /// An inferred link no one has confirmed yet.
        public var isProposed: Bool { inferred && !confirmed }
    }

    public struct Response: Sendable, Equatable {
        public var key: String
        public var item: String
        public var unit: String?
        public var sourceParagraph: Int?
        public var text: String
        public var answers: [Answer] = []
        public var references: [Reference] = []
        /// The day of the session it was made on, for a meeting of several days.
        public var day: Int?
        public var line: Int = 0

        public init(
            key: String, item: String, unit: String? = nil, sourceParagraph: Int? = nil, text: String,
            answers: [Answer] = [], references: [Reference] = [], line: Int = 0
        ) {
            self.key = key
            self.item = item
            self.unit = unit
            self.sourceParagraph = sourceParagraph
            self.text = text
            self.answers = answers
            self.references = references
            self.line = line
        }
    }

    public struct Commitment: Sendable, Equatable {
        public var key: String
        /// "R3" or "I5", a record of this meeting.
        public var origin: String?
        /// "Secretariat", "Secretariat: <unit>", or a Member State.
        public var owner: String = "Secretariat"
        public var due: NewCommitment.Due = .none
        public var status: CommitmentStatus = .open
        public var doneAt: String?
        public var doneOn: CalendarDate?
        public var note: String?
        public var sourceParagraph: Int?
        public var text: String
        public var references: [Reference] = []
        /// The day of the session it was made on, for a meeting of several days.
        public var day: Int?
        public var line: Int = 0

        public init(key: String, text: String, line: Int = 0) {
            self.key = key
            self.text = text
            self.line = line
        }
    }

    /// One record of the meeting, in the order it was made.
    public enum Entry: Sendable, Equatable {
        case intervention(Intervention)
        case response(Response)
    }

    /// A decision the record refers to, so that the file stands on its own.
    public struct DecisionDeclaration: Sendable, Equatable {
        public var body: String
        public var key: String
        public var title: String?
    }

    public var handle: String
    public var body: String
    /// The body's definition when it is one the secretariat added rather than a shipped
    /// one, so that the record imports into a database without it.
    public var bodyDefinition: NewBody?
    public var number: Int?
    public var session: Int?
    public var year: Int?
    public var startDate: CalendarDate
    public var endDate: CalendarDate
    public var startTime: ClockTime?
    public var endTime: ClockTime?
    public var openedAt: ClockTime?
    public var adjournedAt: ClockTime?
    public var timeZoneLabel: String?
    public var timeZoneName: String?
    public var venue: String?
    public var modality: Modality = .inPerson
    public var chair: String?
    public var chairFunction: String?
    public var chairDelegation: String?
    public var status: MeetingStatus = .planned
    public var agendaStatus: AgendaStatus = .provisional
    /// The meeting's documents, in the order of their kinds.
    public var documents: [IssuedDocument] = []
    public var decisions: [DecisionDeclaration] = []
    public var agenda: [Item] = []
    /// What the annotated agenda says of the opening before its first item: its heading
    /// (`opening:`) and paragraphs (one `opening-annotation:` line each).
    public var openingTitle: String?
    public var openingAnnotation: [String] = []
    /// The agenda as provisionally issued, when the meeting changed it on adoption.
    public var provisionalAgenda: [Item]?
    /// How the published summary the record was read from named speakers; nil when
    /// it could not be told, or the record was not read from one.
    public var publishedStyle: AttributionStyle?
    /// That summary's numbered paragraphs as printed, in order; none for a record
    /// written by hand.
    public var publishedParagraphs: [PublishedParagraph] = []
    /// The days of a session of several days, in order, each with its date; none for a
    /// meeting of one day. Paragraphs, entries and commitments then each name their day.
    public var days: [Day] = []
    public var entries: [Entry] = []
    public var commitments: [Commitment] = []
    /// Where the meeting starts in its file.
    public var line: Int = 0

    public init(handle: String, body: String, startDate: CalendarDate, endDate: CalendarDate) {
        self.handle = handle
        self.body = body
        self.startDate = startDate
        self.endDate = endDate
    }
}
