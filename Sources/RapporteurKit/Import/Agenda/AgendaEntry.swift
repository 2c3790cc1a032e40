/// One item of an agenda as a document gives it: its label as written, its title when
/// the document gives one, what an annotated agenda says under it, and what it cites.
public struct AgendaEntry: Sendable, Equatable {
    /// "2", "2(a)", "5(a)(ii)": the numbers the document prints, so an excerpt that
    /// starts at item 2 keeps 2.
    public var label: String
    /// The title without its list marker and final punctuation; nil for an item a
    /// meeting page knows only by its number ("Agenda item 2:" over its documents).
    public var title: String?
    /// The paragraphs said under the item, apart by blank lines.
    public var annotation: String?
    /// Resolution keys ("2/7") cited in the title or the annotation.
    public var resolutions: [String]
    /// Decision keys ("2024/3") cited in the title or the annotation.
    public var decisions: [String]
    /// Canonical document symbols listed under the item or cited in its text, among them
    /// another organ's resolutions by their symbol ("A/RES/75/224").
    public var documents: [String]
    /// The line of the document the item starts on.
    public var line: Int

    public init(
        label: String, title: String?, annotation: String? = nil, resolutions: [String] = [],
        decisions: [String] = [], documents: [String] = [], line: Int
    ) {
        self.label = label
        self.title = title
        self.annotation = annotation
        self.resolutions = resolutions
        self.decisions = decisions
        self.documents = documents
        self.line = line
    }

    /// The label's depth: 0 for "2", 1 for "2(a)", 2 for "2(a)(i)".
    public var depth: Int { label.filter { $0 == "(" }.count }

    /// The entry with what its title and annotation cite added (`AgendaCitations`).
    func citing() -> AgendaEntry {
        var entry = self
        let cited = AgendaCitations.of([title, annotation].compactMap { $0 }.joined(separator: "\n"))
        entry.resolutions = Self.merged(resolutions, cited.resolutions)
        entry.decisions = Self.merged(decisions, cited.decisions)
        entry.documents = Self.merged(documents, cited.documents)
        return entry
    }

    private static func merged(_ first: [String], _ second: [String]) -> [String] {
        first + second.filter { !first.contains($0) }
    }
}
