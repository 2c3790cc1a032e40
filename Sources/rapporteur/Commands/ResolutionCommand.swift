import ArgumentParser
import RapporteurKit

struct ResolutionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolution",
        abstract: "Resolutions of the UN-Habitat Assembly.",
        subcommands: [List.self, Show.self]
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
                Console.print("\(entry.key.padding(toLength: 5, withPad: " ", startingAt: 0)) \(entry.symbol.padding(toLength: 16, withPad: " ", startingAt: 0)) \(entry.title)")
            }
        }
    }

    struct Show: RapporteurCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a resolution, in any written form.",
            discussion: """
                Examples:
                  rapporteur resolution show 2/7
                  rapporteur resolution show "HSP/HA.2/RES.7" --json
                  rapporteur resolution show "res 2/7"
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "2/7, res 2/7, resolution 2/7 or HSP/HA.2/RES.7.") var reference: String

        func execute() throws {
            let store = try global.openStore()
            let resolution = try store.resolution(reference)
            let body = try store.bodies().first { $0.id == resolution.bodyId }
            let entry = Entry(resolution, body: body?.code ?? "")
            if output.isJSON { return try Console.printJSON(entry) }
            Console.print("""
                Resolution \(entry.key) (\(entry.symbol))
                \(entry.title)
                Adopted by the \(body?.name ?? entry.body) at its \(OrdinalWords.words(entry.session)) session\
                \(entry.adoptedOn.flatMap { try? CalendarDate.parse($0) }.map { " on \(UNDate.long($0))" } ?? "")
                """)
        }
    }
}
