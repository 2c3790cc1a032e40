/// The view model of an agenda as text: a heading, then one line an item with its
/// list marker and closing punctuation (EDITORIAL.md: sub-items end with ";" and
/// the last one with "."; an item with sub-items ends with ":").
public struct AgendaText: Sendable {
    public struct Line: Sendable {
        public let indent: String
        public let marker: String
        public let text: String
        /// "Resolution 2/7 (HSP/HA.2/RES.7); decision 2024/3" as the one element, or empty:
        /// a list, so that a template's section shows the line only when there is one.
        public let links: [String]
    }

    public let heading: [String]
    public let status: String
    public let lines: [Line]

    public init(meeting: Meeting, body: Body, agenda: [AgendaNode], showingProvisional: Bool = false) {
        var heading = ["\(meeting.handle): \(OrdinalWords.capitalized(meeting.fullTitle(in: body)))"]
        var when = meeting.startDate == meeting.endDate ? UNDate.withWeekday(meeting.startDate) : meeting.dates
        if let time = meeting.timeRange(in: body) { when += ", \(time)" }
        heading.append(when)
        if let venue = meeting.venue { heading.append(venue) }
        if let chair = meeting.chair {
            heading.append("Chair: \(chair)" + (meeting.chairFunction.map { ", \($0)" } ?? ""))
        }
        self.heading = heading
        switch (meeting.agendaStatus, showingProvisional) {
        case (.provisional, _), (_, true): status = "Provisional agenda"
        case (.adopted, false): status = "Agenda (adopted without any change)"
        case (.adoptedAsAmended, false): status = "Agenda (adopted as amended)"
        }
        self.lines = Self.lines(agenda, depth: 0)
    }

    private static func lines(_ nodes: [AgendaNode], depth: Int) -> [Line] {
        nodes.enumerated().flatMap { index, node -> [Line] in
            let isLast = index == nodes.count - 1
            let ending = !node.children.isEmpty ? ":" : (depth == 0 || isLast ? "." : ";")
            let line = Line(
                indent: String(repeating: "    ", count: depth),
                marker: AgendaLabel.listMarker(depth: depth, position: index + 1),
                text: bareTitle(node.title) + ending,
                links: links(of: node))
            return [line] + lines(node.children, depth: depth + 1)
        }
    }

    /// "2(a)  Title" lines, depth first: a compact listing with the labels users type.
    public static func flatLabels(_ nodes: [AgendaNode]) -> [String] {
        nodes.flatMap { node in
            ["\(node.label)  \(bareTitle(node.title))"] + flatLabels(node.children)
        }
    }

    /// The title without the punctuation a user may have typed at its end.
    static func bareTitle(_ title: String) -> String {
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
