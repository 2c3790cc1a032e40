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
        /// Answer links that answer their asks (confirmed).
        public var answers = 0
        /// Answer links proposed for an officer to confirm; they answer nothing yet.
        public var proposedAnswers = 0
        public var commitments = 0
        /// The day of a session imported alone; nil when the meeting's whole record was.
        public var day: Int?

        public var line: String {
            "\(handle)\(day.map { ", day \($0)" } ?? ""): \(replaced ? "replaced" : "added") — \(items) agenda items, "
                + "\(interventions) interventions, "
                + "\(asks) asks, \(responses) responses, \(answers) answers"
                + (proposedAnswers > 0 ? " (and \(proposedAnswers) proposed, to review)" : "")
                + ", \(commitments) commitments"
        }
    }

    public var meetings: [Meeting] = []
    public var warnings: [Diagnostic] = []
}
