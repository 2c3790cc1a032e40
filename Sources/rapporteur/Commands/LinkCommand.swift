import ArgumentParser
import RapporteurKit

struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Review which responses answer which asks, above all the links an import inferred.",
        discussion: """
            Examples:
              rapporteur link list PBA-56 --inferred
              rapporteur link confirm Q5 R9
              rapporteur link add Q6 R9 --partial
            """,
        subcommands: [List.self, Confirm.self, Remove.self, Add.self]
    )

    struct List: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a meeting's answer links.",
            discussion: """
                Examples:
                  rapporteur link list PBA-56
                  rapporteur link list PBA-56 --inferred   # proposed by an import
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The meeting whose responses to list.") var meeting: String
        @Flag(help: "Only links an import inferred and no officer has confirmed.") var inferred = false

        func execute() throws {
            let store = try global.openStore()
            let links = try store.answerLinks(meeting: meeting, inferredOnly: inferred)
            if output.isJSON { return try Console.printJSON(links) }
            var asks: [String: String] = [:]
            for intervention in try store.interventions(meeting: meeting) {
                for ask in intervention.asks { asks[ask.id] = ask.text }
            }
            for link in links {
                var line = "\(link.response) answers \(link.ask)"
                if link.extent == .partial { line += " in part" }
                if link.inferred {
                    line +=
                        " (inferred" + (link.confidence.map { ", confidence \(Int(($0 * 100).rounded())) %" } ?? "")
                        + ")"
                }
                Console.print(line + (asks[link.ask].map { "\n    \($0)" } ?? ""))
            }
            if links.isEmpty { Console.note(inferred ? "No inferred links to review." : "No answer links.") }
        }
    }

    struct Confirm: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "confirm",
            abstract: "Confirm an inferred link.",
            discussion: """
                Examples:
                  rapporteur link confirm Q5 R9
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The ask (Q5).") var ask: String
        @Argument(help: "The response (R9).") var response: String

        func execute() throws {
            try global.openStore().confirmLink(ask: ask, response: response)
            Console.note("Confirmed: \(response.uppercased()) answers \(ask.uppercased()).")
        }
    }

    struct Remove: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a link; the ask reopens unless another response answers it.",
            discussion: """
                Examples:
                  rapporteur link remove Q5 R9
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The ask (Q5).") var ask: String
        @Argument(help: "The response (R9).") var response: String

        func execute() throws {
            try global.openStore().removeLink(ask: ask, response: response)
            Console.note("Removed: \(response.uppercased()) no longer answers \(ask.uppercased()).")
        }
    }

    struct Add: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record that a response answers an ask.",
            discussion: """
                Examples:
                  rapporteur link add Q5 R9
                  rapporteur link add Q6 R9 --partial
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The ask (Q5).") var ask: String
        @Argument(help: "The response (R9).") var response: String
        @Flag(help: "It answers the ask only in part.") var partial = false

        func execute() throws {
            try global.openStore().answer(ask, with: response, extent: partial ? .partial : .full)
            Console.note("\(response.uppercased()) answers \(ask.uppercased())\(partial ? " in part" : "").")
        }
    }
}
