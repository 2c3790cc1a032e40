import ArgumentParser
import RapporteurKit

struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Close an ask by hand: withdrawn, or superseded by a later one.",
        discussion: """
            Examples:
              rapporteur ask withdraw Q5 --note "withdrawn at the meeting"
              rapporteur ask supersede Q5 --by Q12
            """,
        subcommands: [Withdraw.self, Supersede.self]
    )

    struct Withdraw: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Record that the Member State withdrew an ask.",
            discussion: """
                Examples:
                  rapporteur ask withdraw Q5 --note "withdrawn by the delegation at PBA-57"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The ask (Q5).") var ask: String
        @Option(help: "Why or how.") var note: String?

        func execute() throws {
            let closed = try global.openStore().closeAsk(ask, as: .withdrawn, note: note)
            Console.note("\(closed.handle) is withdrawn.")
        }
    }

    struct Supersede: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "supersede",
            abstract: "Record that a later ask replaces this one.",
            discussion: """
                Examples:
                  rapporteur ask supersede Q5 --by Q12
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The ask replaced (Q5).") var ask: String
        @Option(help: "The ask that replaces it (Q12).") var by: String
        @Option(help: "A note.") var note: String?

        func execute() throws {
            let closed = try global.openStore().closeAsk(ask, as: .superseded, supersededBy: by, note: note)
            Console.note("\(closed.handle) is superseded by \(by.uppercased()).")
        }
    }
}
