import ArgumentParser
import RapporteurKit

struct FollowupCommand: RapporteurCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Open Member State asks and commitments not done, across meetings and bodies.",
        discussion: """
            Examples:
              rapporteur followup
              rapporteur followup --body PBA --as-of 2025-01-15
              rapporteur followup --resolution 2/7 --json
              rapporteur followup --state France
              rapporteur followup --overdue --check     # exit 2 when anything is overdue
              rapporteur followup --format md --style anonymous -o followup.md

            Ages and overdue marks are computed for --as-of (default today); records
            from meetings after that day are left out.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var document: DocumentOptions<DocumentFormats>
    @Option(help: "How who asked is shown (default: named).") var style: AttributionStyle?
    @Option(help: "Only records from this meeting.") var meeting: String?
    @Option(help: "Only records from this body's meetings.") var body: String?
    @Option(help: "Only records about this resolution.") var resolution: String?
    @Option(help: "Only what this State asked or is owed.") var state: String?
    @Option(help: "The day to compute ages and overdue marks for (YYYY-MM-DD).") var asOf: CalendarDate?
    @Flag(help: "Only overdue commitments.") var overdue = false
    @Flag(help: "Exit with 2 when any commitment is overdue.") var check = false

    func execute() throws {
        let filter = FollowUpFilter(
            meeting: meeting, body: body, resolution: resolution, state: state,
            asOf: asOf ?? .today(), overdueOnly: overdue)
        let store = try global.openStore()
        let list = try store.followUp(filter)
        if document.isJSON {
            // Written directly rather than through JSONEncoder: same bytes, a fraction of the work.
            try document.emit(utf8: list.jsonBytes)
        } else {
            let view = FollowUpDocument(list, resolutionTitles: try store.resolutionTitles(), style: style ?? .named)
            if document.chosen.isPaged {
                try document.emit(page: view.page)
            } else {
                try document.emit(try document.render(view, document: "followup"))
            }
        }
        if check, list.overdueCount > 0 {
            Console.note("\(list.overdueCount) overdue commitment\(list.overdueCount == 1 ? "" : "s").")
            throw ExitCode(2)
        }
    }
}
