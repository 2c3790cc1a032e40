import ArgumentParser
import RapporteurKit

struct DecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision",
        abstract: "Decisions of the Executive Board (numbered by year) and of the Assembly.",
        discussion: """
            Examples:
              rapporteur decision add EB 2024/3
              rapporteur decision list --body EB
              rapporteur decision show 2024/3
              rapporteur decision show 1/3 --full
            """,
        subcommands: [Add.self, List.self, Show.self]
    )

    struct Entry: Encodable {
        var key: String
        var body: String
        var series: Int
        var numberedBy: Decision.SeriesKind
        var number: Int
        var title: String?
        var adoptedOn: String?

        init(_ decision: Decision, body: String) {
            key = decision.key.key
            self.body = body
            series = decision.series
            numberedBy = decision.seriesKind
            number = decision.number
            title = decision.title
            adoptedOn = decision.adoptedOn
        }

        var line: String {
            "\(body) \(key)" + (title.map { "  \($0)" } ?? "")
        }
    }

    struct Add: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a decision.",
            discussion: """
                Examples:
                  rapporteur decision add EB 2024/3 --title "Adequate housing for all"
                  rapporteur decision add EB 2023/6 --adopted-on 2023-11-15
                  rapporteur decision add HA 1/3
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The body that adopted it: EB, HA, …") var body: String
        @Argument(help: "Its number: 2024/3 for the Board (year/number), 1/3 for the Assembly.") var key: String
        @Option(help: "Its title.") var title: String?
        @Option(help: "When it was adopted (YYYY-MM-DD).") var adoptedOn: CalendarDate?

        func execute() throws {
            let store = try global.openStore()
            let decision = try store.addDecision(body: body, key: key, title: title, adoptedOn: adoptedOn)
            Console.print("\(try store.body(body).code) \(decision.key.key)")
        }
    }

    struct List: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List decisions.",
            discussion: """
                Examples:
                  rapporteur decision list
                  rapporteur decision list --body EB --json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only this body's decisions.") var body: String?

        func execute() throws {
            let store = try global.openStore()
            let bodies = try store.bodies()
            let entries = try store.decisions(body: body).map { decision in
                Entry(decision, body: bodies.first { $0.id == decision.bodyId }?.code ?? "")
            }
            if output.isJSON { return try Console.printJSON(entries) }
            entries.forEach { Console.print($0.line) }
            if entries.isEmpty { Console.note("No decisions recorded; add one with `rapporteur decision add`.") }
        }
    }

    struct Show: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a decision.",
            discussion: """
                Examples:
                  rapporteur decision show 2024/3
                  rapporteur decision show "decision 2024/3 of the Executive Board" --json
                  rapporteur decision show 1/3 --full   # with its implementation updates
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "2024/3 or decision 2024/3.") var reference: String
        @Flag(help: "Also its implementation updates, each with its source and footnotes.") var full = false

        /// A decision with its implementation updates, for `--full --json`.
        struct Full: Encodable {
            var decision: Entry
            var updates: [ImplementationUpdate]
        }

        func execute() throws {
            let store = try global.openStore()
            let decision = try store.decision(reference)
            let body = try store.bodies().first { $0.id == decision.bodyId }?.code ?? ""
            let entry = Entry(decision, body: body)
            let heading = entry.line + (entry.adoptedOn.map { "\nAdopted on \($0)" } ?? "")
            guard full else {
                if output.isJSON { return try Console.printJSON(entry) }
                return Console.print(heading)
            }
            let updates = try store.implementationUpdates(of: decision)
            if output.isJSON { return try Console.printJSON(Full(decision: entry, updates: updates)) }
            var lines = [heading, ""]
            if updates.isEmpty {
                lines.append("No implementation update recorded (`rapporteur import report` reads them from a report).")
            } else {
                lines.append("Implementation updates:")
                for update in updates { lines += UpdateLines.lines(update) }
            }
            Console.print(lines.joined(separator: "\n"))
        }
    }
}
