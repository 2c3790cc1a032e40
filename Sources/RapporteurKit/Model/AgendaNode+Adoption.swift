extension AgendaNode {
    /// "Adoption of the agenda", "Adoption of the provisional agenda", "Adoption of the
    /// agenda and organization of work": the item under which a meeting adopts its agenda.
    public var isAdoptionOfTheAgenda: Bool {
        let key = NameMatching.key(title)
        return key.hasPrefix("adoption of the") && key.contains("agenda")
    }

    /// The first item, depth first, under which the meeting adopts its agenda.
    public static func adoptionItem(in nodes: [AgendaNode]) -> AgendaNode? {
        for node in nodes {
            if node.isAdoptionOfTheAgenda { return node }
            if let found = adoptionItem(in: node.children) { return found }
        }
        return nil
    }

    /// The item with this label ("2(a)"), anywhere in the tree.
    public static func item(labelled label: String, in nodes: [AgendaNode]) -> AgendaNode? {
        for node in nodes {
            if node.label == label { return node }
            if let found = item(labelled: label, in: node.children) { return found }
        }
        return nil
    }
}
