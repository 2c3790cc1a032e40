extension RecordImporter {
    static func nodes(_ items: [RecordFile.Item]) -> [AgendaNode] {
        // Rebuild the tree from labels in order: "2(a)" goes under the last "2".
        var roots: [AgendaNode] = []
        for item in items {
            let node = AgendaNode(
                label: item.label, title: item.title, resolutions: item.resolutions,
                decisions: item.decisions, documents: item.documents)
            let depth = (try? AgendaLabel.parse(item.label))?.depth ?? 0
            insert(node, depth: depth, into: &roots)
        }
        return roots
    }

    private static func insert(_ node: AgendaNode, depth: Int, into nodes: inout [AgendaNode]) {
        if depth == 0 || nodes.isEmpty {
            nodes.append(node)
        } else {
            insert(node, depth: depth - 1, into: &nodes[nodes.count - 1].children)
        }
    }
}
