/// An agenda item as readers see it: its label, what it concerns, and its sub-items.
/// This is also the JSON shape of `agenda show --json` and of a frozen provisional agenda.
public struct AgendaNode: Codable, Hashable, Sendable {
    /// "1", "2", "2(a)", "2(a)(i)".
    public var label: String
    public var title: String
    /// Resolution keys ("2/7"), in key order.
    public var resolutions: [String]
    /// Decision keys ("2024/3"), in key order.
    public var decisions: [String]
    /// Canonical document symbols, sorted.
    public var documents: [String]
    /// The item's annotation, paragraphs separated by a blank line; absent when it has none.
    public var annotation: String?
    public var children: [AgendaNode]

    public init(
        label: String, title: String, resolutions: [String] = [], decisions: [String] = [],
        documents: [String] = [], annotation: String? = nil, children: [AgendaNode] = []
    ) {
        self.label = label
        self.title = title
        self.resolutions = resolutions
        self.decisions = decisions
        self.documents = documents
        self.annotation = annotation
        self.children = children
    }

    /// The tree without its annotations: the agenda as adopted, and as shown when the
    /// annotations are not asked for.
    public static func withoutAnnotations(_ nodes: [AgendaNode]) -> [AgendaNode] {
        nodes.map { node in
            var bare = node
            bare.annotation = nil
            bare.children = withoutAnnotations(node.children)
            return bare
        }
    }

    /// Every label in the tree, depth first.
    public static func labels(of nodes: [AgendaNode]) -> [String] {
        nodes.flatMap { [$0.label] + labels(of: $0.children) }
    }
}
