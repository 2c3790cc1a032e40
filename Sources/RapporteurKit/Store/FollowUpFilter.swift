/// Which part of the follow-up list to show; nil fields do not filter.
public struct FollowUpFilter: Sendable {
    /// Only records from this meeting.
    public var meeting: String?
    /// Only records from meetings of this body.
    public var body: String?
    /// Only records about this resolution.
    public var resolution: String?
    /// Only asks by this State, and commitments it owns or that answer it.
    public var state: String?
    /// The day ages and overdue marks are computed for; records from later meetings are left out.
    public var asOf: CalendarDate
    /// Only overdue commitments (and no asks).
    public var overdueOnly: Bool

    public init(
        meeting: String? = nil, body: String? = nil, resolution: String? = nil, state: String? = nil,
        asOf: CalendarDate = .today(), overdueOnly: Bool = false
    ) {
        self.meeting = meeting
        self.body = body
        self.resolution = resolution
        self.state = state
        self.asOf = asOf
        self.overdueOnly = overdueOnly
    }
}
