/// Everything said, answered and promised about one resolution, meeting by meeting.
public struct ResolutionHistory: Codable, Sendable {
    public struct MeetingRecord: Codable, Sendable {
        public var meeting: String
        public var body: String
        public var title: String
        public var date: CalendarDate
        public var interventions: [InterventionView]
        public var responses: [ResponseView]
        public var commitments: [CommitmentView]
    }

    public var resolution: String
    public var symbol: String
    public var title: String
    public var meetings: [MeetingRecord]
}
