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
            let counts = [
                CardinalWords.counted(items, "agenda item"), CardinalWords.counted(interventions, "intervention"),
                CardinalWords.counted(asks, "ask"), CardinalWords.counted(responses, "response"),
                CardinalWords.counted(answers, "answer")
                    + (proposedAnswers > 0 ? " (and \(proposedAnswers) proposed, to review)" : ""),
                CardinalWords.counted(commitments, "commitment"),
            ]
            return "\(handle)\(day.map { ", day \($0)" } ?? ""): \(replaced ? "replaced" : "added") — "
                + counts.joined(separator: ", ")
        }
    }

    public var meetings: [Meeting] = []
    public var warnings: [Diagnostic] = []
}
