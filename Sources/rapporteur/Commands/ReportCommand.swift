import ArgumentParser
import RapporteurKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Draft reports from the database.",
        discussion: """
            Examples:
              rapporteur report progress --for EB-2025-1
            """,
        subcommands: [Progress.self]
    )

    struct Progress: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "progress",
            abstract: "Draft the Executive Director's progress report on the resolutions to a Board session.",
            discussion: """
                Examples:
                  rapporteur report progress --for EB-2025-1
                  rapporteur report progress --for EB-2025-1 --format md -o progress.md
                  rapporteur report progress --for EB-2025-1 --item 9 --symbol HSP/EB.2025/14

                One section a resolution: the implementation updates recorded since the
                Board's previous session, and the questions and commitments about it
                still open, as paragraphs numbered straight through. Then, for a
                resolution an imported briefing covers, its implementation roadmap (by
                roadmap and group, each step with its period, activity and operative
                paragraphs; the steps overdue and due next as of --as-of, by default the
                session's first day, the day the updates and open questions hold for), its
                fundraising strategy and its budget figures with the PBI summary's lines
                and grand total, as lists; a resolution no briefing covers has none.

                --symbol, --issued and --item are kept as the meeting's progress report;
                the item line's footnote names the provisional agenda's symbol as
                `agenda show --symbol` recorded it.
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var document: DocumentOptions<DocumentFormats>
        @Option(name: .customLong("for"), help: "The Board session the report goes to (EB-2025-1).") var meeting: String
        @OptionGroup var masthead: MastheadOptions
        @Option(
            help:
                "The day the roadmaps' overdue and due-next steps are found for (YYYY-MM-DD); default: the session's first day."
        )
        var asOf: CalendarDate?

        func execute() throws {
            let store = try global.openStore()
            let pageWriter = try document.pageWriter()
            // JSON keeps what was stored; every document is typeset.
            let view = try store.progressReport(
                for: meeting, typesetting: document.isJSON ? .asStored : .typeset, asOf: asOf)
            // Recorded whatever the format, with the document written in the same
            // transaction; Word and PDF print it.
            try masthead.masthead(
                store, meeting: meeting, kind: .progressReport  // its standard title and sub-title
            ) { masthead in
                if document.isJSON { return try document.emitJSON(ReportJSON(view)) }
                if let pageWriter { return try pageWriter.write(view.page(masthead: masthead)) }
                try document.emit(try document.render(view, document: "report"))
            }
        }

        /// The report's paragraphs for machines, numbered straight through under their sections.
        struct ReportJSON: Encodable {
            var heading: [String]
            var title: String
            var sections: [SectionJSON]

            init(_ view: ProgressReportDocument) {
                heading = view.heading
                title = view.title
                sections = view.sections.map(SectionJSON.init)
            }
        }
    }
}
