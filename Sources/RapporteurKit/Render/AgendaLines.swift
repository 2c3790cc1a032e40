/// An agenda as list lines (docs/EDITORIAL.md: items 1., (a), (i); sub-items end with ";"
/// and the last one with "."; an item with sub-items introduces them with ":").
public enum AgendaLines {
    public static func lines(_ nodes: [AgendaNode], withLinks: Bool = true, depth: Int = 0) -> [ListLine] {
        nodes.enumerated().flatMap { index, node -> [ListLine] in
            let isLast = index == nodes.count - 1
            let ending = !node.children.isEmpty ? ":" : (depth == 0 || isLast ? "." : ";")
            let line = ListLine(
                depth: depth, indent: String(repeating: "    ", count: depth),
                marker: AgendaLabel.listMarker(depth: depth, position: index + 1),
                text: bareTitle(node.title) + ending,
                links: withLinks ? links(of: node) : [])
            return [line] + lines(node.children, withLinks: withLinks, depth: depth + 1)
        }
    }

    /// "2(a)  Title" lines, depth first: a compact listing with the labels users type.
    public static func labelled(_ nodes: [AgendaNode]) -> [String] {
        nodes.flatMap { node in ["\(node.label)  \(bareTitle(node.title))"] + labelled(node.children) }
    }

    /// The title without the punctuation a user may have typed at its end.
    public static func bareTitle(_ title: String) -> String {
        var bare = Substring(title)
        while let last = bare.last, ".;:".contains(last) { bare = bare.dropLast() }
        return String(bare)
    }

    private static func links(of node: AgendaNode) -> [String] {
        var parts: [String] = []
        for key in node.resolutions {
            let symbol = (try? ResolutionKey.parse(key))?.symbol
            parts.append("resolution \(key)" + (symbol.map { " (\($0))" } ?? ""))
        }
        parts += node.decisions.map { "decision \($0)" }
        parts += node.documents.map { "document \($0)" }
        guard !parts.isEmpty else { return [] }
        return [OrdinalWords.capitalized(parts.joined(separator: "; "))]
    }
}
