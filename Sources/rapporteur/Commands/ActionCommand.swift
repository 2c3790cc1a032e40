import ArgumentParser
import RapporteurKit

struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Commitments: what the Secretariat (or a State) undertook to do.",
        discussion: """
            Examples:
              rapporteur action add PBA-56 --from R3 --due 2024-12-31 \\
                  "share the draft handbook"
              rapporteur action done A4 --at EB-2024-2
              rapporteur action list PBA-56
            """,
        subcommands: [Add.self, Edit.self, Done.self, Cancel.self, List.self]
    )

    struct Add: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a commitment; prints its identifier (A4).",
            discussion: """
                Examples:
                  rapporteur action add PBA-56 --from R3 --due 2024-12-31 \\
                      "launch the Women Led Cities programme"
                  rapporteur action add PBA-56 --from R9 --due-meeting EB-2024-2 \\
                      "brief the Board on the consultation roadmap"
                  rapporteur action add PBA-56 --from R5 --upon-request \\
                      "share the analytics of the e-learning course"
                  rapporteur action add PBA-56 --from R14 --as-early-as-possible \\
                      "make the presentations available after the meeting"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting where it was made.") var meeting: String
        @OptionGroup var text: TextInput<Undertaking>
        @Option(help: "The response or intervention it came from (R3, I7).") var from: String?
        @Option(help: "Who owns it: Secretariat (default), \"Secretariat: <unit>\" or a Member State.") var owner:
            String?
        @Option(help: "Due date (YYYY-MM-DD), or \"upon request\" or \"as early as possible\".")
        var due: DueArgument?
        @Option(help: "Due by a later meeting (EB-2024-2), planned or not yet.") var dueMeeting: String?
        @Flag(help: "Due whenever a Member State asks.") var uponRequest = false
        @Flag(help: "Due as early as possible, with no date given.") var asEarlyAsPossible = false
        @OptionGroup var references: ReferenceOptions

        func execute() throws {
            let chosen = [due != nil, dueMeeting != nil, uponRequest, asEarlyAsPossible].filter { $0 }.count
            guard chosen <= 1 else {
                throw RapporteurError.invalid(
                    "give one of --due, --due-meeting, --upon-request and --as-early-as-possible")
            }
            var when = NewCommitment.Due.none
            if let due { when = due.due }
            if let dueMeeting { when = .meeting(dueMeeting) }
            if uponRequest { when = .uponRequest }
            if asEarlyAsPossible { when = .asEarlyAsPossible }
            let entry = NewCommitment(
                meeting: meeting, origin: from, text: try text.read(), owner: owner, due: when,
                references: references.explicit)
            let store = try global.openStore()
            Console.report(
                try SpeakerLeakText.warnOfNewLeaks(in: store, meeting: meeting) { try store.recordCommitment(entry) })
        }

        enum Undertaking: TextMeaning {
            static let help = "What will be done, as an infinitive (\"share the draft …\")"
            static let valueName = "text"
        }
    }

    struct Done: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: "Mark a commitment done, at a meeting or on a date.",
            discussion: """
                Examples:
                  rapporteur action done A4 --at EB-2024-2 --note "briefing given under item 5"
                  rapporteur action done A5 --on 2024-11-02 --note "note verbale sent again"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The commitment (A4).") var commitment: String
        @Option(help: "The meeting where it was done.") var at: String?
        @Option(help: "The day it was done (YYYY-MM-DD; default today, or the meeting's date).") var on: CalendarDate?
        @Option(help: "How it was done.") var note: String?

        func execute() throws {
            let done = try global.openStore().completeCommitment(commitment, atMeeting: at, on: on, note: note)
            Console.note("\(done.handle) is done.")
        }
    }

    struct Cancel: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel",
            abstract: "Cancel a commitment that will not be carried out.",
            discussion: """
                Examples:
                  rapporteur action cancel A4 --note "superseded by decision 2025/2"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The commitment (A4).") var commitment: String
        @Option(help: "Why.") var note: String?

        func execute() throws {
            let cancelled = try global.openStore().cancelCommitment(commitment, note: note)
            Console.note("\(cancelled.handle) is cancelled.")
        }
    }

    struct List: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List commitments, of one meeting or all, whatever their status.",
            discussion: """
                Examples:
                  rapporteur action list
                  rapporteur action list PBA-56 --json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "Only those made at this meeting.") var meeting: String?

        func execute() throws {
            let commitments = try global.openStore().commitments(meeting: meeting)
            if output.isJSON { return try Console.printJSON(commitments) }
            Console.print(RecordListText.commitments(commitments).joined(separator: "\n"))
            if commitments.isEmpty { Console.note("No commitments recorded.") }
        }
    }
}
