/// What `ProvisionalAgendaReader` read in a document: the agenda's items, where it
/// starts, what stands before its first item, and when and where the meeting is.
public struct ProvisionalAgenda: Sendable, Equatable {
    /// Items and sub-items in document order, labels as the document writes them.
    public var items: [AgendaEntry] = []
    /// The line the agenda starts on; nil when no agenda was found.
    public var line: Int?
    /// An annotated agenda's text before its first item ("Opening of the session").
    public var opening: AgendaOpening?
    public var setting = AgendaSetting()

    public init() {}

    /// True when the document gives the whole agenda, from item 1, each item with its
    /// title; false for an excerpt from a later item or a page that lists only the
    /// documents of items known by their numbers.
    public var isWhole: Bool {
        items.first?.label == "1" && items.allSatisfy { $0.title != nil }
    }
}
