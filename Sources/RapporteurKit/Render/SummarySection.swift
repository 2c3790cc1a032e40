import Mustache

/// One agenda item of a summary: "Agenda item 2 – Implementation of … ." and its blocks.
public struct SummarySection: Sendable, Hashable {
    public let heading: String
    public let blocks: [SummaryBlock]
}

// Templates look values up by name; swift-mustache finds them through Mirror unless
// the value answers for itself, and Mirror made up a fifth of rendering a summary.
// Every stored property answers, under its own name, as Mirror would.
extension SummarySection: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "blocks": blocks
        default: nil
        }
    }
}
