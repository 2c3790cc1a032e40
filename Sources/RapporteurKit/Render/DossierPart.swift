import Mustache

/// A part of what a briefing says of a resolution, as the dossier and the progress
/// report lay it out: a heading ("Implementation roadmap (HSP/EB.2099/INF/1), as of 2
/// December 2026") and its lines, each indented under the one it belongs to.
public struct DossierPart: Sendable, Hashable {
    public let heading: String
    /// Markers are "-"; `indent` is four spaces a level.
    public let lines: [ListLine]

    public init(heading: String, lines: [ListLine]) {
        self.heading = heading
        self.lines = lines
    }

    /// A line at `depth` levels below the heading's first.
    static func line(_ text: String, depth: Int) -> ListLine {
        ListLine(
            depth: depth, indent: String(repeating: " ", count: 4 * depth), marker: "-", text: text, links: [])
    }

    /// The part with its heading, our own words, typeset; the lines carry the briefing's
    /// wording, which keeps its own characters.
    func typeset(_ typesetting: Typesetting) -> DossierPart {
        DossierPart(heading: typesetting.apply(heading), lines: lines)
    }
}

// Templates look values up by name; every stored property answers, under its own name,
// as Mirror would.
extension DossierPart: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "lines": lines
        default: nil
        }
    }
}
