/// One agenda item of a summary: "Agenda item 2 – Implementation of … ." and its blocks.
public struct SummarySection: Sendable, Hashable {
    public let heading: String
    public let blocks: [SummaryBlock]
}
