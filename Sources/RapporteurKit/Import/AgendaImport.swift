/// What `import agenda` read and stored (or, in a dry run, would store).
public struct AgendaImport: Sendable {
    public var meeting: String
    /// The items with their labels as stored ("5(a)(ii)").
    public var items: [ParsedAgendaItem]
    /// The line the agenda starts on in the document.
    public var line: Int
    public var warnings: [Diagnostic] = []
}
