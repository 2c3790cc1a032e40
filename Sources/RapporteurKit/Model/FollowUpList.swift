/// What the secretariat works from between meetings: every ask not answered in full
/// and every commitment not done, as of a date.
public struct FollowUpList: Codable, Sendable {
    public var asOf: CalendarDate
    public var asks: [FollowUpAsk]
    public var commitments: [CommitmentView]

    public var overdueCount: Int { commitments.filter { $0.overdue == true }.count }
    public var partiallyAnsweredCount: Int { asks.filter { $0.status == .partiallyAnswered }.count }
    public var answerProposedCount: Int { asks.filter { $0.status == .answerProposed }.count }
}
