/// The documents a meeting is issued with, one of each a meeting: the provisional
/// agenda, the annotated agenda, the Executive Director's progress report, the summary.
public enum MeetingDocumentKind: String, Codable, Sendable, CaseIterable {
    case provisionalAgenda
    case annotatedAgenda
    case progressReport
    case summary

    /// "provisional agenda", as a sentence names it.
    public var words: String {
        switch self {
        case .provisionalAgenda: "provisional agenda"
        case .annotatedAgenda: "annotated agenda"
        case .progressReport: "progress report"
        case .summary: "summary"
        }
    }

    /// Whether the document is issued under an agenda item ("Item 9 of the provisional
    /// agenda*"); the provisional agenda is not, being the agenda itself.
    public var isIssuedUnderAnItem: Bool { self != .provisionalAgenda }
}
