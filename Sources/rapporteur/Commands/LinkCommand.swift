import ArgumentParser
import RapporteurKit

struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Review which responses answer which asks, above all the links an import proposed.",
        discussion: """
            Examples:
              rapporteur link review PBA-56
              rapporteur link list PBA-56 --inferred
              rapporteur link confirm Q5 R9
              rapporteur link add Q6 R9 --partial

            A confirmed link answers its ask, in full or in part; a proposed one (an
            import's inference no one has confirmed) does not, and `followup` lists
            its ask under "answer proposed, to confirm" until it is confirmed or removed.
            """,
        subcommands: [List.self, Review.self, Confirm.self, Remove.self, Add.self]
    )

    struct List: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a meeting's answer links, each with the ask and the response it joins.",
            discussion: """
                Examples:
                  rapporteur link list PBA-56
                  rapporteur link list PBA-56 --inferred   # the proposals still to confirm
                  rapporteur link list PBA-56 --inferred --json

                Each link shows the ask and the response with their paragraphs of the
                published summary, the item, who spoke and the text.
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The meeting whose responses to list.") var meeting: String
        @Flag(help: "Only the links an import proposed and no one has confirmed yet.") var inferred = false

        func execute() throws {
            let links = try global.openStore().answerLinkDetails(meeting: meeting, proposedOnly: inferred)
            if output.isJSON { return try Console.printJSON(links) }
            links.forEach { Console.print(AnswerLinkText.lines($0)) }
            if links.isEmpty { Console.note(inferred ? "No proposed links to review." : "No answer links.") }
        }
    }

    struct Confirm: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "confirm",
            abstract: "Confirm a proposed link: from now on it answers the ask.",
            discussion: """
                Examples:
                  rapporteur link confirm Q5 R9
                  rapporteur link confirm Q6 R9 --partial   # it answers only part of the ask
                  rapporteur link confirm Q7 R9 --full      # it answers all of the ask
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The ask (Q5).") var ask: String
        @Argument(help: "The response (R9).") var response: String
        @Flag(help: "It answers the ask only in part (whatever was proposed).") var partial = false
        @Flag(help: "It answers the ask in full (whatever was proposed).") var full = false

        func validate() throws {
            if partial && full { throw ValidationError("--partial and --full contradict each other; give one") }
        }

        func execute() throws {
            let extent: AnswerExtent? = partial ? .partial : full ? .full : nil
            try global.openStore().confirmLink(ask: ask, response: response, extent: extent)
            Console.note(
                "Confirmed: \(response.uppercased()) answers \(ask.uppercased())"
                    + (extent.map { $0 == .partial ? " in part" : " in full" } ?? "") + ".")
        }
    }

    struct Remove: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a link (or reject a proposal); the ask reopens unless another response answers it.",
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
