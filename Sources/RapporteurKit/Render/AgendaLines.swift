/// An agenda as list lines (docs/EDITORIAL.md: items 1., (a), (i); sub-items end with ";"
/// and the last one with "."; an item with sub-items introduces them with ":").
public enum AgendaLines {
    public static func lines(_ nodes: [AgendaNode], withLinks: Bool = true, depth: Int = 0) -> [ListLine] {
        var lines = unspaced(nodes, withLinks: withLinks, depth: depth)
        for index in lines.indices.dropFirst() where !lines[index - 1].paragraphs.isEmpty {
            lines[index].followsAnnotation = true
        }
        return lines
    }

    private static func unspaced(_ nodes: [AgendaNode], withLinks: Bool, depth: Int) -> [ListLine] {
        nodes.enumerated().flatMap { index, node -> [ListLine] in
            let isLast = index == nodes.count - 1
            let ending = !node.children.isEmpty ? ":" : (depth == 0 || isLast ? "." : ";")
            let line = ListLine(
                depth: depth, indent: String(repeating: "    ", count: depth),
                marker: AgendaLabel.listMarker(depth: depth, position: index + 1),
                text: bareTitle(node.title) + ending,
                links: withLinks ? links(of: node) : [],
                paragraphs: node.annotation.map { AgendaAnnotation.paragraphs(of: $0) } ?? [])
            return [line] + unspaced(node.children, withLinks: withLinks, depth: depth + 1)
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
