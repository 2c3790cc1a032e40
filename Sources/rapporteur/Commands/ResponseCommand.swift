import ArgumentParser
import RapporteurKit

struct ResponseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "response",
        abstract: "Record the Secretariat's answers and the asks they answer.",
        discussion: """
            Examples:
              rapporteur response add PBA-56 --item 2 --answers Q5 "explained that …"
              rapporteur response list PBA-56
            """,
        subcommands: [Add.self, Edit.self, List.self, Remove.self]
    )

    struct Add: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a Secretariat response; prints its identifier (R3).",
            discussion: """
                Examples:
                  rapporteur response add PBA-56 --item 2 --answers Q5 \\
                      "explained that the first phase had closed in April 2024"
                  rapporteur response add PBA-56 --item 2a --answers Q7 --partial \\
                      "confirmed that the note verbale would be sent again"
                  rapporteur response add EB-2024-2 --item 5 --answers Q9 \\
                      --partly-answers Q10 "informed the Board that …"

                The asks may come from an earlier meeting of any body. --answers
                answers in full (or in part, with --partial); --partly-answers always
                in part. An ask answered in full leaves the follow-up list.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting's handle.") var meeting: String
        @OptionGroup var text: TextInput<Said>
        @Option(help: "The agenda item (2, 2a, 2(a)).") var item: String
        @Option(name: .customLong("answers"), help: "An ask it answers (Q5, or I7 with one ask); repeatable.")
        var answers: [String] = []
        @Flag(help: "The asks given with --answers are answered only in part.") var partial = false
        @Option(name: .customLong("partly-answers"), help: "An ask it answers in part; repeatable.")
        var partlyAnswers: [String] = []
        @Option(help: "The unit or officer who answered, if the record names one.") var unit: String?
        @OptionGroup var references: ReferenceOptions

        func execute() throws {
            let entry = NewResponse(
                meeting: meeting, item: item, text: try text.read(),
                answers: partial ? [] : answers, partialAnswers: (partial ? answers : []) + partlyAnswers,
                unit: unit, references: references.explicit)
            let store = try global.openStore()
            Console.report(
                try SpeakerLeakText.warnOfNewLeaks(in: store, meeting: meeting) { try store.recordResponse(entry) })
        }

        enum Said: TextMeaning {
            static let help = "What the Secretariat said, in reported speech without its subject"
            static let valueName = "text"
        }
    }

    struct List: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a meeting's responses with the asks they answer.",
            discussion: """
                Examples:
                  rapporteur response list PBA-56
                  rapporteur response list EB-2024-2 --json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The meeting's handle.") var meeting: String

        func execute() throws {
            let responses = try global.openStore().responses(meeting: meeting)
            if output.isJSON { return try Console.printJSON(responses) }
            Console.print(RecordListText.responses(responses).joined(separator: "\n"))
            if responses.isEmpty { Console.note("No responses recorded.") }
        }
    }

    struct Remove: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a response; the asks it answered reopen unless answered elsewhere.",
            discussion: """
                Examples:
                  rapporteur response remove R3
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The response (R3).") var response: String

        func execute() throws {
            Console.note(try global.openStore().removeResponse(response))
        }
    }
}
