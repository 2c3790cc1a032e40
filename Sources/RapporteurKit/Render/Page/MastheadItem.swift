/// The agenda item a pre-session document is issued under: "Item 9 of the provisional
/// agenda*", the item's title below it, and the footnote "* HSP/EB.2025/1." naming the
/// provisional agenda.
public struct MastheadItem: Sendable, Hashable {
    /// "9", "2(a)".
    public var label: String
    /// The item's title as the provisional agenda gives it, when the agenda holds the item.
    public var title: String?
    /// The provisional agenda's symbol; nil when it has not been given.
    public var provisionalAgendaSymbol: String?

    public init(label: String, title: String?, provisionalAgendaSymbol: String?) {
        self.label = label
        self.title = title
        self.provisionalAgendaSymbol = provisionalAgendaSymbol
    }

    /// "Item 9 of the provisional agenda" (the footnote mark "*" follows it).
    public var line: String { "Item \(label) of the provisional agenda" }
    /// "HSP/EB.2025/1.", or a visible placeholder (the mark "*" precedes it).
    public var footnote: String {
        provisionalAgendaSymbol.map { "\($0)." } ?? "[symbol of the provisional agenda not yet assigned]"
    }
}
