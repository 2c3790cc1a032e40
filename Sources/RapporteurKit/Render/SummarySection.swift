import Mustache

/// One agenda item of a summary: "Agenda item 2 – Implementation of … ." and its blocks.
public struct SummarySection: Sendable, Hashable {
    public let heading: String
    public let blocks: [SummaryBlock]
    /// In a session written day by day, the day the section is of (1 for the opening day)…
    public var day: Int? = nil
    /// … and on the day's first section the day's heading: "Day 2 – Thursday, 5 December 2024".
    public var dayHeading: String? = nil
}

// Templates look values up by name; swift-mustache finds them through Mirror unless
// the value answers for itself, and Mirror made up a fifth of rendering a summary.
// Every stored property answers, under its own name, as Mirror would.
extension SummarySection: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "blocks": blocks
        case "day": day
        case "dayHeading": dayHeading
        default: nil
        }
    }
}
