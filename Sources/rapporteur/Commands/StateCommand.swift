import ArgumentParser
import RapporteurKit

struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: "Member States and observer States.",
        discussion: """
            Examples:
              rapporteur state list --group "African States"
              rapporteur state show Türkiye
            """,
        subcommands: [List.self, Show.self]
    )

    /// A State in JSON: `group` is null for the observer States.
    struct Entry: Encodable {
        var name: String
        var iso3: String
        var m49: String
        var formalName: String?
        var group: String?
        var status: MemberState.Status
        var aliases: [String]?

        init(_ state: MemberState, aliases: [String]? = nil) {
            name = state.name
            iso3 = state.iso3
            m49 = state.m49
            formalName = state.formalName
            group = state.regionalGroup
            status = state.status
            self.aliases = aliases
        }

        private enum Keys: String, CodingKey { case name, iso3, m49, formalName, group, status, aliases }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(name, forKey: .name)
            try container.encode(iso3, forKey: .iso3)
            try container.encode(m49, forKey: .m49)
            try container.encode(formalName, forKey: .formalName)
            try container.encode(group, forKey: .group)
            try container.encode(status, forKey: .status)
            try container.encodeIfPresent(aliases, forKey: .aliases)
        }
    }

    struct List: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List States, by regional group or status.",
            discussion: """
                Examples:
                  rapporteur state list
                  rapporteur state list --group "African States" --json
                  rapporteur state list --observers
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "A regional group, or the start of its name (\"Latin\").") var group: String?
        @Flag(help: "Only the observer States.") var observers = false

        func execute() throws {
            let states = try global.openStore().states(regionalGroup: group, status: observers ? .observer : nil)
            if output.isJSON { return try Console.printJSON(states.map { Entry($0) }) }
            for state in states {
                Console.print("\(state.iso3)  \(state.name)  (\(state.regionalGroup ?? "observer State"))")
            }
            Console.note("\(states.count) States")
        }
    }

    struct Show: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a State, found by UN short name, ISO3 code or alias.",
            discussion: """
                Examples:
                  rapporteur state show Türkiye
                  rapporteur state show TUR
                  rapporteur state show "cote d'ivoire" --json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "A name, ISO3 code or alias.") var name: String

        func execute() throws {
            let store = try global.openStore()
            let state = try store.state(name)
            let entry = Entry(state, aliases: try store.aliases(of: state))
            if output.isJSON { return try Console.printJSON(entry) }
            Console.print(
                """
                \(state.name)
                Formal name:    \(state.formalName ?? "—")
                ISO3 / M49:     \(state.iso3) / \(state.m49)
                Regional group: \(state.regionalGroup ?? "none (observer State)")
                Status:         \(state.status == .member ? "Member State" : "observer State")
                Also known as:  \(entry.aliases?.isEmpty == false ? entry.aliases!.joined(separator: ", ") : "—")
                """)
        }
    }
}
