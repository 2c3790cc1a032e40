import ArgumentParser
import RapporteurKit

struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Plan meetings and sessions, and look them up.",
        discussion: """
            Examples:
              rapporteur meeting new PBA --number 56 --date 2024-10-16
              rapporteur meeting list --body PBA
              rapporteur meeting show PBA-56
            """,
        subcommands: [New.self, Set.self, List.self, Show.self, Documents.self, Remove.self]
    )

    struct New: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Plan a meeting; prints its handle (PBA-56, EB-2024-2, OEWG-H-1).",
            discussion: """
                Examples:
                  rapporteur meeting new PBA --number 56 --date 2024-10-16 \\
                      --start 10:00 --end 13:00 --venue "UNON Conference Room 4" \\
                      --chair "H.E. Dr. Pedro Leon Cortes Ruiz" --chair-function "…"
                  rapporteur meeting new EB --year 2024 --session 2 \\
                      --from 2024-12-04 --to 2024-12-06 --venue Nairobi
                  rapporteur meeting new OEWG-H --session 1 --from 2024-12-09 --to 2024-12-11

                The PBA and CPR number their meetings (--number); the Board numbers sessions
                within a year (--year, --session; the year defaults to the start date's);
                the Assembly and OEWG-H number sessions (--session); the OECPR meets by year.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The body: PBA, EB, HA, OEWG-H, CPR or OECPR.") var body: String
        @Option(help: "Meeting number (PBA, CPR).") var number: Int?
        @Option(help: "Session number (EB, HA, OEWG-H).") var session: Int?
        @Option(help: "Year (EB, OECPR).") var year: Int?
        @Option(help: "Date of a one-day meeting (YYYY-MM-DD).") var date: CalendarDate?
        @Option(help: "First day (YYYY-MM-DD).") var from: CalendarDate?
        @Option(help: "Last day (YYYY-MM-DD).") var to: CalendarDate?
        @Option(help: "Start time, 24-hour HH:MM.") var start: ClockTime?
        @Option(help: "End time, 24-hour HH:MM.") var end: ClockTime?
        @Option(help: "Venue (\"UNON Conference Room 4\").") var venue: String?
        // Optional rather than defaulted: ArgumentParser would show the default by its
        // stored name (inPerson), not as it is typed.
        @Option(help: "How the meeting is held; in-person when not given.") var modality: Modality?
        @Option(help: "The Chair, honorifics first (\"H.E. Dr. Pedro Leon Cortes Ruiz\").") var chair: String?
        @Option(help: "The Chair's function.") var chairFunction: String?
        @Option(help: "The Chair's delegation (a Member State).") var chairDelegation: String?

        func execute() throws {
            let (first, last) = try dates()
            let store = try global.openStore()
            let delegation = try chairDelegation.map { try store.state($0).name }
            let plan = MeetingPlan(
                body: body, number: number, session: session, year: year,
                startDate: first, endDate: last,
                startTime: start, endTime: end,
                venue: venue, modality: modality ?? .inPerson,
                chair: chair, chairFunction: chairFunction, chairDelegation: delegation)
            let meeting = try store.planMeeting(plan)
            Console.print(meeting.handle)
        }

        private func dates() throws -> (CalendarDate, CalendarDate) {
            switch (date, from, to) {
            case let (date?, nil, nil):
                return (date, date)
            case let (nil, from?, to):
                return (from, to ?? from)
            case (nil, nil, _):
                throw RapporteurError.invalid(
                    "give the meeting's --date, or --from and --to for a session over several days")
            default:
                throw RapporteurError.invalid("give either --date or --from/--to, not both")
            }
        }

    }

    struct Set: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Record what happened at a meeting, or correct what was planned.",
            discussion: """
                Examples:
                  rapporteur meeting set PBA-56 --opened 10:05 --adjourned 13:05
                  rapporteur meeting set PBA-56 --venue "UNON Conference Room 2"
                  rapporteur meeting set EB-2024-2 --status summary-drafted

                The summary reports the times the meeting was called to order and
                adjourned.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting's handle.") var meeting: String
        @Option(help: "When the meeting was called to order (HH:MM).") var opened: ClockTime?
        @Option(help: "When it was adjourned (HH:MM).") var adjourned: ClockTime?
        @Option(help: "Venue.") var venue: String?
        @Option(help: "How the meeting is held.") var modality: Modality?
        @Option(help: "The Chair, honorifics first.") var chair: String?
        @Option(help: "The Chair's function.") var chairFunction: String?
        @Option(help: "The meeting's status.") var status: MeetingStatus?

        func execute() throws {
            var change = MeetingChange()
            change.openedAt = opened
            change.adjournedAt = adjourned
            change.venue = venue
            change.modality = modality
            change.chair = chair
            change.chairFunction = chairFunction
            change.status = status
            let updated = try global.openStore().updateMeeting(meeting, change: change)
            Console.note("Updated \(updated.handle).")
        }
    }

    struct List: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List meetings in date order.",
            discussion: """
                Examples:
                  rapporteur meeting list
                  rapporteur meeting list --body PBA
                  rapporteur meeting list --body PBA --json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only this body's meetings.") var body: String?

        func execute() throws {
            let store = try global.openStore()
            let bodies = try store.bodies()
            let meetings = try store.meetings(body: body)
            let overviews = meetings.map { meeting in
                MeetingOverview(meeting: meeting, body: bodies.first { $0.id == meeting.bodyId }!, agenda: [])
            }
            if output.isJSON { return try Console.printJSON(overviews.map(ListEntry.init)) }
            let width = meetings.map(\.handle.count).max() ?? 0
            for overview in overviews {
                let meeting = overview.meeting
                Console.print(
                    [
                        meeting.handle.padding(toLength: width, withPad: " ", startingAt: 0),
                        meeting.dates,
                        meeting.title(in: overview.body),
                        meeting.venue ?? "",
                        meeting.status.rawValue,
                    ].joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
            if meetings.isEmpty { Console.note("No meetings; plan one with `rapporteur meeting new`.") }
        }

        /// A meeting in `meeting list --json`: the overview without the agenda.
        struct ListEntry: Encodable {
            let handle: String
            let body: String
            let title: String
            let from: CalendarDate
            let to: CalendarDate
            let venue: String?
            let status: MeetingStatus

            init(_ overview: MeetingOverview) {
                handle = overview.meeting.handle
                body = overview.body.code
                title = overview.meeting.title(in: overview.body)
                from = overview.meeting.startDate
                to = overview.meeting.endDate
                venue = overview.meeting.venue
                status = overview.meeting.status
            }
        }
    }

    struct Show: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a meeting with its agenda.",
            discussion: """
                Examples:
                  rapporteur meeting show PBA-56
                  rapporteur meeting show EB-2024-2 --json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The meeting's handle.") var handle: String

        func execute() throws {
            let overview = try global.openStore().overview(of: handle)
            if output.isJSON { return try Console.printJSON(overview) }
            let meeting = overview.meeting
            let body = overview.body
            var when = meeting.startDate == meeting.endDate ? UNDate.withWeekday(meeting.startDate) : meeting.dates
            if let time = meeting.timeRange(in: body) { when += ", \(time)" }
            var lines = ["\(meeting.handle): \(OrdinalWords.capitalized(meeting.fullTitle(in: body)))", when]
            if let venue = meeting.venue { lines.append(venue) }
            for day in overview.days { lines.append("Day \(day.number): \(UNDate.withWeekday(day.date))") }
            if let chair = meeting.chair { lines.append("Chair: \(chair)") }
            if let function = meeting.chairFunction { lines.append(function) }
            let times = [
                meeting.openedAt.map { "called to order at \($0.hhmm)" },
                meeting.adjournedAt.map { "adjourned at \($0.hhmm)" },
            ].compactMap { $0 }
            if !times.isEmpty { lines.append(OrdinalWords.capitalized(times.joined(separator: ", "))) }
            lines.append(
                "Status: \(meeting.status.rawValue); agenda \(meeting.agendaStatus.rawValue); \(meeting.modality.rawValue)"
            )
            lines.append("")
            lines +=
                overview.agenda.isEmpty
                ? ["No agenda items yet."]
                : AgendaLines.labelled(overview.agenda)
            Console.print(lines.joined(separator: "\n"))
        }
    }
}
