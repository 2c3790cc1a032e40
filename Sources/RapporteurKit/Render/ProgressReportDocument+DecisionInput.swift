extension ProgressReportDocument {
    /// One decision's updates, as the store gives them: a decision that a report on
    /// the resolutions also reports on (decision 1/3 of the Assembly).
    public struct DecisionInput: Sendable {
        public var key: DecisionKey
        /// The body that adopted it, as a sub-heading names it ("the Assembly").
        public var bodyName: String
        public var title: String?
        public var updates: [ImplementationUpdate]

        public init(key: DecisionKey, bodyName: String, title: String?, updates: [ImplementationUpdate]) {
            self.key = key
            self.bodyName = bodyName
            self.title = title
            self.updates = updates
        }
    }
}
