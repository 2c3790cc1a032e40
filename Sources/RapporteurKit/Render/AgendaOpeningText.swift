/// What an annotated agenda says of the opening, before its first item: its heading
/// ("Opening of the session") and the paragraphs under it.
public struct AgendaOpeningText: Sendable, Hashable {
    public let title: String
    public let paragraphs: [String]

    /// The meeting's opening annotation, typeset; nil when it has none.
    init?(_ meeting: Meeting, typesetting: Typesetting) {
        guard let title = meeting.openingTitle, let annotation = meeting.openingAnnotation else { return nil }
        self.title = typesetting.apply(title)
        paragraphs = typesetting.apply(AgendaAnnotation.paragraphs(of: annotation))
    }
}
