import ArgumentParser
import RapporteurKit

struct InterventionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intervention",
        abstract: "Record what Member States and others said at a meeting.",
        discussion: """
            Examples:
              rapporteur intervention add PBA-56 --item 2 --by Colombia \\
                  --kind question "asked when …"
              rapporteur intervention list PBA-56
            """,
        subcommands: [Add.self, Edit.self, List.self, Remove.self]
    )

    struct Add: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record an intervention; prints its identifier and those of its asks (I7 Q5).",
            discussion: """
                Examples:
                  rapporteur intervention add PBA-56 --item 2 --by Colombia --kind question \\
                      --resolution 1/2 "asked when the first phase had closed"
                  rapporteur intervention add PBA-56 --item 2a --by "Member States" \\
                      --kind request --ask "resend the note verbale" \\
                      --ask "say where the consultations would be held" \\
                      "asked for the note verbale again and where the meetings would be"
                  rapporteur intervention add PBA-56 --item 2b --by France --named \\
                      --kind announcement "informed that France and Kenya would convene …"
                  rapporteur intervention add PBA-56 --item 2a --by Germany --kind pledge \\
                      --amount 300000 --currency EUR "announced a contribution of …"

                The text is reported speech without its subject: the summary writes
                "A Member State" or "The representative of France" in front of it.
                --by takes a State, a group ("African Group"), "Member States" (several,
                unnamed), "Chair", "Secretariat", "entity: UNICEF" or "stakeholder: …";
                repeat it for several named States. Kinds: question, request, comment,
                appreciation, announcement, pledge, statement. A question or request
                carries one ask (its text) unless --ask lists them.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting's handle.") var meeting: String
        @OptionGroup var text: TextInput<Said>
        @Option(help: "The agenda item (2, 2a, 2(a)).") var item: String
        @Option(name: .customLong("by"), help: "Who spoke; repeatable for several States.") var speakers: [String] = []
        @Option(help: "What kind of intervention it is.") var kind: InterventionKind
        @Option(name: .customLong("ask"), help: "One thing asked; repeatable.") var asks: [String] = []
        @Flag(help: "Name this delegation even in anonymous summaries (host or convenor).") var named = false
        @Option(help: "A pledge's amount, in figures.") var amount: String?
        @Option(help: "A pledge's currency (EUR, USD).") var currency: String?
        @OptionGroup var references: ReferenceOptions

        func execute() throws {
            let entry = NewIntervention(
                meeting: meeting, item: item, speakers: speakers, kind: kind, text: try text.read(), asks: asks,
                references: references.explicit, named: named, pledgeAmount: amount, pledgeCurrency: currency)
            let store = try global.openStore()
            Console.report(
                try SpeakerLeakText.warnOfNewLeaks(in: store, meeting: meeting) {
                    try store.recordIntervention(entry)
                })
        }

        enum Said: TextMeaning {
            static let help = "What was said, in reported speech without its subject"
            static let valueName = "text"
        }
    }

    struct List: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a meeting's interventions with their asks.",
            discussion: """
                Examples:
                  rapporteur intervention list PBA-56
                  rapporteur intervention list PBA-56 --item 2 --json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The meeting's handle.") var meeting: String
        @Option(help: "Only this agenda item and its sub-items.") var item: String?

        func execute() throws {
            let interventions = try global.openStore().interventions(meeting: meeting, item: item)
            if output.isJSON { return try Console.printJSON(interventions) }
            Console.print(RecordListText.interventions(interventions).joined(separator: "\n"))
            if interventions.isEmpty { Console.note("No interventions recorded.") }
        }
    }

    struct Remove: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove an intervention with its asks, and say what went.",
            discussion: """
                Examples:
                  rapporteur intervention remove I7
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The intervention (I7).") var intervention: String

        func execute() throws {
            Console.note(try global.openStore().removeIntervention(intervention))
        }
    }
}
