import RapporteurKit

extension ImportCommand {
    /// What an import stored, or in a dry run would store, for machines (`--json`); each
    /// importer fills the members that concern it and leaves the others out.
    struct ResultJSON: Encodable {
        struct Warning: Encodable {
            var file: String
            var line: Int
            var severity: String
            var message: String

            init(_ diagnostic: Diagnostic) {
                file = diagnostic.file
                line = diagnostic.line
                severity = diagnostic.severity.rawValue
                message = ErrorWording.text(diagnostic.phrase)
            }
        }

        struct Meeting: Encodable {
            var handle: String
            var replaced: Bool
            var items: Int
            var interventions: Int
            var asks: Int
            var responses: Int
            var answers: Int
            var proposedAnswers: Int
            var commitments: Int
            /// The day of a session imported alone; absent for a whole meeting's record.
            var day: Int?

            init(_ meeting: ImportReport.Meeting) {
                handle = meeting.handle
                replaced = meeting.replaced
                items = meeting.items
                interventions = meeting.interventions
                asks = meeting.asks
                responses = meeting.responses
                answers = meeting.answers
                proposedAnswers = meeting.proposedAnswers
                commitments = meeting.commitments
                day = meeting.day
            }
        }

        /// A summary's paragraph and what the import decided it is.
        struct Paragraph: Encodable {
            var number: Int
            var line: Int
            var explanation: String
        }

        var dryRun: Bool
        var warnings: [Warning]
        var meetings: [Meeting]?
        var paragraphs: [Paragraph]?
        var proposedLinks: [String]?
        var asOf: CalendarDate?
        var resolutions: Int?
        var updates: Int?
        var symbol: String?
        var budgets: [BudgetImplication]?
        var milestones: [RoadmapMilestone]?
        var grandTotals: [BudgetGrandTotal]?
        var fundraising: [FundraisingLine]?

        init(dryRun: Bool, warnings: [Diagnostic], meetings: [ImportReport.Meeting]? = nil) {
            self.dryRun = dryRun
            self.warnings = warnings.map(Warning.init)
            self.meetings = meetings?.map(Meeting.init)
        }
    }
}
