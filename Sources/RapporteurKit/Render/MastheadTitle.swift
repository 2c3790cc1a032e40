/// The title and sub-title a masthead ends with: "Annotations to the provisional agenda"
/// and "Note by the secretariat"; "Implementation of the resolutions adopted by the
/// United Nations Habitat Assembly" and "Report of the Executive Director".
public struct MastheadTitle: Sendable, Hashable {
    public var title: String
    public var subtitle: String?

    public init(title: String, subtitle: String? = nil) {
        self.title = title
        self.subtitle = subtitle
    }

    /// The sub-titles that follow a document's title after a colon in running text
    /// ("…: report of the Executive Director"), as a masthead sets them on a line of their own.
    static let subtitles = ["report of the Executive Director", "note by the secretariat", "note by the Secretariat"]

    /// A document's title as running text gives it: the sub-title after its colon goes
    /// on a line of its own, capitalized; a title without one is kept whole.
    public init(documentTitle: String) {
        for subtitle in Self.subtitles where documentTitle.hasSuffix(": " + subtitle) {
            self.init(
                title: String(documentTitle.dropLast(subtitle.count + 2)),
                subtitle: OrdinalWords.capitalized(subtitle))
            return
        }
        self.init(title: documentTitle)
    }

    /// The standard title and sub-title of each kind of document, the secretariat written
    /// as the body writes it (`Body.secretariatWord`); nil for the summary, whose title is its own.
    public static func standard(for kind: MeetingDocumentKind, secretariatWord: String = "secretariat")
        -> MastheadTitle?
    {
        switch kind {
        case .provisionalAgenda: MastheadTitle(title: "Provisional agenda")
        case .annotatedAgenda:
            MastheadTitle(title: "Annotations to the provisional agenda", subtitle: "Note by the \(secretariatWord)")
        case .progressReport: MastheadTitle(documentTitle: ProgressReportDocument.standardTitle)
        case .summary: nil
        }
    }
}
