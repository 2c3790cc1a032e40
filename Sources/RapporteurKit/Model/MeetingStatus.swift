/// The life of a meeting, from planning to the final summary.
public enum MeetingStatus: String, Codable, Sendable, CaseIterable {
    case planned
    case agendaIssued
    case held
    case summaryDrafted
    case summaryFinal

    /// The order in which a meeting passes through the statuses.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }
}
