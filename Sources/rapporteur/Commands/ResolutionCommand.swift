import ArgumentParser
import RapporteurKit

struct ResolutionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolution",
        abstract: "Resolutions of the UN-Habitat Assembly.",
        discussion: """
            Examples:
              rapporteur resolution list --session 2
              rapporteur resolution show 2/7 --full
              rapporteur resolution status 2/7 implemented --as-of 2025-06-01
              rapporteur resolution update 2/7 --as-of 2025-03-01 \\
                  "The working group met for the second time."
            """,
        subcommands: [List.self, Show.self, Status.self, Update.self]
    )

    struct Entry: Encodable {
        var key: String
        var symbol: String
        var title: String
        var body: String
        var session: Int
        var number: Int
        var adoptedOn: String?

        init(_ resolution: Resolution, body: String) {
            key = resolution.key.key
            symbol = resolution.symbol
            title = resolution.title
            self.body = body
            session = resolution.session
            number = resolution.number
            adoptedOn = resolution.adoptedOn
        }
    }

    struct List: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List resolutions, optionally of one session.",
            discussion: """
                Examples:
                  rapporteur resolution list
                  rapporteur resolution list --session 2
                  rapporteur resolution list --json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only this session of the Assembly.") var session: Int?

        func execute() throws {
            let store = try global.openStore()
            let resolutions = try store.resolutions(session: session)
            let bodies = try store.bodies()
            let entries = resolutions.map { resolution in
                Entry(resolution, body: bodies.first { $0.id == resolution.bodyId }?.code ?? "")
            }
            if output.isJSON { return try Console.printJSON(entries) }
            for entry in entries {
                Console.print(
                    "\(entry.key.padding(toLength: 5, withPad: " ", startingAt: 0)) \(entry.symbol.padding(toLength: 16, withPad: " ", startingAt: 0)) \(entry.title)"
                )
            }
        }
    }

    struct Show: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a resolution, in any written form.",
            discussion: """
                Examples:
                  rapporteur resolution show 2/7
                  rapporteur resolution show "HSP/HA.2/RES.7" --json
                  rapporteur resolution show "res 2/7"
                  rapporteur resolution show 2/7 --full   # all that is known of it
                  rapporteur resolution show 2/6 --full --as-of 2024-06-01

                With --full, the briefings in force give the roadmap, grouped by roadmap
                and group, each step with its period as written, its activity and the
                operative paragraphs it cites; the steps overdue (their period ended
                before the day asked and they are not done or completed) and due next
                (the earliest end of a period on or after that day); a step whose period
                gives no days is neither. Then the fundraising strategy, and the budget
                figures row by row, "in kind" and "-" as written, with the PBI summary's
                lines and grand total.
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "2/7, res 2/7, resolution 2/7 or HSP/HA.2/RES.7.") var reference: String
        @Flag(
            help:
                "Also the status, funding, roadmap, fundraising strategy, budget implications, implementation updates, open asks, commitments and history."
        )
        var full = false
        @Option(
            help:
                "With --full: the day the roadmap's overdue and due-next steps are found for (YYYY-MM-DD); default: today."
        )
        var asOf: CalendarDate?

        /// Everything known about a resolution, for `--full --json`.
        struct Full: Encodable {
            var resolution: Entry
            var tracker: Tracker.Line?
            var statusHistory: [StatusChange]
            var budget: [BudgetImplication]
            var grandTotals: [BudgetGrandTotal]
            var roadmap: [RoadmapMilestone]
            /// The roadmap's steps overdue and due next as of the day asked.
            var schedule: RoadmapSchedule
            var fundraising: [FundraisingLine]
            var updates: [ImplementationUpdate]
            var followUp: FollowUpList
            var history: ResolutionHistory
        }

        func validate() throws {
            if asOf != nil, !full {
                throw ValidationError(
                    "--as-of dates the roadmap that only --full shows; add --full, or leave --as-of out")
            }
        }

        func execute() throws {
            let store = try global.openStore()
            let resolution = try store.resolution(reference)
            let body = try store.bodies().first { $0.id == resolution.bodyId }
            let entry = Entry(resolution, body: body?.code ?? "")
            if full { return try showFull(entry, store: store) }
            if output.isJSON { return try Console.printJSON(entry) }
            Console.print(
                """
                Resolution \(entry.key) (\(entry.symbol))
                \(entry.title)
                Adopted by the \(body?.name ?? entry.body) at its \(OrdinalWords.words(entry.session)) session\
                \(entry.adoptedOn.flatMap { try? CalendarDate.parse($0) }.map { " on \(UNDate.long($0))" } ?? "")
                """)
        }

        private func showFull(_ entry: Entry, store: AppStore) throws {
            let key = entry.key
            let dossier = try store.briefingDossier(of: key, asOf: asOf ?? CalendarDate.today())
            let full = Full(
                resolution: entry, tracker: try store.tracker().resolutions.first { $0.key == key },
                statusHistory: try store.statusHistory(of: key), budget: dossier.budget,
                grandTotals: dossier.grandTotals, roadmap: dossier.roadmap.flatMap(\.steps),
                schedule: dossier.schedule, fundraising: dossier.fundraising,
                updates: try store.implementationUpdates(of: key),
                followUp: try store.followUp(FollowUpFilter(resolution: key)), history: try store.history(of: key))
            if output.isJSON { return try Console.printJSON(full) }
            var lines = ["Resolution \(key) (\(entry.symbol))", entry.title]
            if let line = full.tracker {
                lines.append(
                    "Status: \(line.status?.words ?? "not recorded"); funding as of \(line.asOf.map { UNDate.long($0) } ?? "?"): "
                        + "required \(DollarThousands.written(line.required)), mobilized \(DollarThousands.written(line.mobilized)), "
                        + "gap \(DollarThousands.written(line.gap)) (\(line.gapPercent)%)"
                        + (line.surplus > 0 ? ", surplus \(DollarThousands.written(line.surplus))" : ""))
            } else {
                lines.append("No funding recorded (`rapporteur import tracker` or `rapporteur funding set`).")
            }
            if full.statusHistory.count > 1 || (full.tracker == nil && !full.statusHistory.isEmpty) {
                lines += ["", "Status history:"]
                for change in full.statusHistory {
                    lines.append("  \(change.asOf.iso) \(change.status.words) [\(change.source ?? "entered by hand")]")
                }
            }
            // The briefings' roadmap, fundraising strategy and budget figures, each part left
            // out when no briefing gives it.
            for part in dossier.parts(date: \.iso) {
                lines += ["", "\(part.heading):"]
                lines += part.lines.map { "  \($0.indent)\($0.text)" }
            }
            if !full.updates.isEmpty { lines += ["", "Implementation updates:"] }
            for update in full.updates { lines += UpdateLines.lines(update) }
            lines += [
                "", "Open asks: \(full.followUp.asks.count); open commitments: \(full.followUp.commitments.count)",
            ]
            for ask in full.followUp.asks {
                lines.append("  \(ask.id) \(ask.status.words), \(ask.meeting): \(ask.text)")
            }
            for commitment in full.followUp.commitments {
                lines.append("  \(commitment.id) due \(commitment.due ?? "—"): \(commitment.text)")
            }
            lines += [
                "",
                "Discussed at: "
                    + (full.history.meetings.isEmpty
                        ? "no meeting yet"
                        : full.history.meetings.map(\.meeting).joined(separator: ", ")),
            ]
            Console.print(lines.joined(separator: "\n"))
        }
    }

    struct Status: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Record where a resolution's implementation stands from a day on.",
            discussion: """
                Examples:
                  rapporteur resolution status 2/7 implemented --as-of 2025-06-01
                  rapporteur resolution status 1/3 "under implementation" --as-of 2024-12-04

                The statuses are not-started, under-implementation and implemented (or
                as the tracker writes them). Each day keeps one status; `resolution
                show 2/7 --full` lists them over time.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The resolution (2/7).") var resolution: String
        @Argument(help: "not-started, under-implementation or implemented.") var status: String
        @Option(help: "The day it holds from (YYYY-MM-DD).") var asOf: CalendarDate

        func execute() throws {
            guard let parsed = ImplementationStatus.parse(status) else {
                throw RapporteurError.invalid(
                    "'\(status)' is no implementation status: use not-started, "
                        + "under-implementation or implemented")
            }
            try global.openStore().setStatus(resolution, parsed, asOf: asOf)
            Console.note("Resolution \(resolution): \(parsed.words.lowercased()) as of \(asOf.iso).")
        }
    }

    struct Update: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Add a dated implementation update to a resolution.",
            discussion: """
                Examples:
                  rapporteur resolution update 2/7 --as-of 2025-03-01 \\
                      "The working group met for the second time (OP3)."
                  rapporteur resolution update 2/3 --as-of 2025-03-05 \\
                      --symbol HSP/EB.2025/5 --paragraph 12 "…"
                  rapporteur resolution update 2/7 --as-of 2025-03-01 --text-file update.txt

                Operative paragraphs cited in the text ("(OP3 and 4)") are recorded with
                it. The update appears in `resolution show --full` and in the progress
                report drafted for the next Board session.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The resolution (2/7).") var resolution: String
        @OptionGroup var text: TextInput<UpdateText>
        @Option(help: "The day it reports on (YYYY-MM-DD).") var asOf: CalendarDate
        @Option(help: "The document it comes from (HSP/EB.2025/5).") var symbol: String?
        @Option(help: "Its paragraph in that document.") var paragraph: Int?

        func execute() throws {
            try global.openStore().addUpdate(
                resolution, asOf: asOf, text: try text.read(), symbol: symbol, paragraph: paragraph)
            Console.note("Resolution \(resolution): update of \(asOf.iso) added.")
        }

        enum UpdateText: TextMeaning {
            static let help = "The update, one paragraph"
            static let valueName = "text"
        }
    }
}
