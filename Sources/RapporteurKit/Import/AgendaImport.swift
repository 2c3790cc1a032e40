/// What `import agenda` read and stored (or, in a dry run, would store).
public struct AgendaImport: Sendable {
    public var meeting: String
    /// The items with their labels as stored ("5(a)(ii)").
    public var items: [AgendaEntry]
    /// The line the agenda starts on in the document.
    public var line: Int
    /// Whether the items were added to the meeting's agenda (an excerpt, or a page of
    /// documents by item) rather than made its agenda.
    public var addedToAgenda = false
    /// What was filled into the meeting from the document ("venue: Nairobi").
    public var filled: [String] = []
    public var warnings: [Diagnostic] = []
}
