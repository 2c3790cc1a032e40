/// What an import stored (or, in a dry run, would store), meeting by meeting.
public struct ImportReport: Sendable, Equatable {
    public struct Meeting: Sendable, Equatable {
        public var handle: String
        /// True when the meeting existed and its record was replaced.
        public var replaced: Bool
        public var items = 0
        public var interventions = 0
        public var asks = 0
        public var responses = 0
        public var answers = 0
        public var commitments = 0

        public var line: String {
            "\(handle): \(replaced ? "replaced" : "added") — \(items) agenda items, \(interventions) interventions, "
                + "\(asks) asks, \(responses) responses, \(answers) answers, \(commitments) commitments"
        }
    }

    public var meetings: [Meeting] = []
    public var warnings: [Diagnostic] = []
}
