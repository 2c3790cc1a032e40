import ArgumentParser
import RapporteurKit

struct BodyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "body",
        abstract: "The governing bodies and their house conventions.",
        discussion: """
            Examples:
              rapporteur body list
              rapporteur body show PBA
              rapporteur body set PBA --document-lead-days 7
              rapporteur body add GC --numbering session --name "Governing Council"
              rapporteur body remove GC
            """,
        subcommands: [List.self, Show.self, Change.self, Add.self, Remove.self]
    )

    /// A body as `body list` and `body show` print it in JSON.
    struct Entry: Encodable {
        var code: String
        var name: String
        var shortName: String
        var parent: String?
        var establishedBy: String?
        var meetingNumbering: MeetingNumbering
        var meetingNoun: String
        var ordinalStyle: OrdinalStyle
        var timeStyle: TimeStyle
        var timeZone: String
        var timeZoneName: String
        var attributionStyle: AttributionStyle
        var secretariatWord: String
        var documentLeadDays: Int
        var symbolPrefix: String
        var distribution: Distribution
        var standardItems: StandardItems?

        struct StandardItems: Encodable {
            var opening: [String]
            var closing: [String]
        }

        init(_ body: Body, parent: Body?, standard: [StandardAgendaItem]? = nil) {
            code = body.code
            name = body.displayName
            shortName = body.shortName
            self.parent = parent?.code
            establishedBy = body.establishedBy
            meetingNumbering = body.meetingNumbering
            meetingNoun = body.meetingNoun
            ordinalStyle = body.ordinalStyle
            timeStyle = body.timeStyle
            timeZone = body.timeZoneLabel
            timeZoneName = body.timeZoneName
            attributionStyle = body.attributionStyle
            secretariatWord = body.secretariatWord
            documentLeadDays = body.documentLeadDays
            symbolPrefix = body.symbolPrefix
            distribution = body.distribution
            standardItems = standard.map { items in
                func titles(_ placement: StandardAgendaItem.Placement) -> [String] {
                    items.filter { $0.placement == placement }.map { ($0.depth > 0 ? "  " : "") + $0.title }
                }
                return StandardItems(opening: titles(.opening), closing: titles(.closing))
            }
        }
    }

    struct List: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the bodies.",
            discussion: """
                Examples:
                  rapporteur body list
                  rapporteur body list --json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func execute() throws {
            let store = try global.openStore()
            let bodies = try store.bodies()
            let entries = bodies.map { body in
                Entry(body, parent: bodies.first { $0.id == body.parentBodyId })
            }
            if output.isJSON { return try Console.printJSON(entries) }
            let width = entries.map(\.code.count).max() ?? 0
            for entry in entries {
                var notes: [String] = []
                if let parent = entry.parent { notes.append("part of \(parent)") }
                if let resolution = entry.establishedBy { notes.append("created by resolution \(resolution)") }
                let suffix = notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
                Console.print(
                    entry.code.padding(toLength: width + 2, withPad: " ", startingAt: 0) + entry.name + suffix)
            }
        }
    }

    struct Show: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a body and its settings.",
            discussion: """
                Examples:
                  rapporteur body show PBA
                  rapporteur body show EB --json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The body's code: HA, EB, PBA, OEWG-H, CPR, OECPR or one added.") var code: String

        func execute() throws {
            let store = try global.openStore()
            let body = try store.body(code)
            let entry = Entry(body, parent: try store.parent(of: body), standard: try store.standardItems(of: body))
            if output.isJSON { return try Console.printJSON(entry) }
            var lines = [
                "\(entry.code): \(entry.name)",
                "Short name:         \(entry.shortName)",
            ]
            if let parent = entry.parent { lines.append("Part of:            \(parent)") }
            if let resolution = entry.establishedBy { lines.append("Created by:         resolution \(resolution)") }
            lines += [
                "Meetings numbered:  \(entry.meetingNumbering.rawValue) (\(entry.meetingNoun))",
                "Ordinals:           \(entry.ordinalStyle.rawValue)",
                "Times:              \(entry.timeStyle.rawValue), \(entry.timeZone) (\(entry.timeZoneName))",
                "Attribution:        \(entry.attributionStyle.rawValue)",
                "Secretariat word:   \(entry.secretariatWord)",
                "Document lead time: \(entry.documentLeadDays) days",
                "Symbol prefix:      \(entry.symbolPrefix)",
                "Distribution:       \(entry.distribution.words)",
                "Standard items:     opening: \(entry.standardItems?.opening.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ") ?? "")",
                "                    closing: \(entry.standardItems?.closing.joined(separator: "; ") ?? "")",
            ]
            Console.print(lines.joined(separator: "\n"))
        }
    }

    struct Change: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change a body's settings.",
            discussion: """
                Examples:
                  rapporteur body set PBA --document-lead-days 7
                  rapporteur body set EB --attribution capitals --secretariat-word secretariat
                  rapporteur body set PBA --ordinals figures --time-style twelve-hour
                  rapporteur body set PBA --distribution limited

                --distribution is what the masthead of the body's documents says
                ("Distr.: General"); general unless set.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The body's code.") var code: String
        @Option(help: "Days before a meeting its documents are due.") var documentLeadDays: Int?
        @Option(help: "Attribution style.") var attribution: AttributionStyle?
        @Option(help: "Meeting ordinals.") var ordinals: OrdinalStyle?
        @Option(help: "How times are written.") var timeStyle: TimeStyle?
        @Option(help: "Time zone abbreviation used in text (EAT).") var timeZone: String?
        @Option(help: "Time zone written out in headings (East Africa Time).") var timeZoneName: String?
        @Option(help: "How the body writes it: Secretariat or secretariat.") var secretariatWord: String?
        @Option(help: "The full name as it reads after \"the\".") var name: String?
        @Option(help: "The short name (\"the working group\").") var shortName: String?
        @Option(help: "Document symbol prefix (HSP/EB).") var symbolPrefix: String?
        @Option(help: "How its documents are distributed (\"Distr.: Limited\").") var distribution: Distribution?

        func execute() throws {
            var change = BodySettingsChange()
            change.name = name
            change.shortName = shortName
            change.timeZoneLabel = timeZone
            change.timeZoneName = timeZoneName
            change.symbolPrefix = symbolPrefix
            change.distribution = distribution
            if let documentLeadDays {
                guard (0...365).contains(documentLeadDays) else {
                    throw RapporteurError.invalid("--document-lead-days must be 0 to 365 days, not \(documentLeadDays)")
                }
                change.documentLeadDays = documentLeadDays
            }
            change.attributionStyle = attribution
            change.ordinalStyle = ordinals
            change.timeStyle = timeStyle
            if let secretariatWord {
                guard ["Secretariat", "secretariat"].contains(secretariatWord) else {
                    throw RapporteurError.invalid(
                        "--secretariat-word must be Secretariat or secretariat, not '\(secretariatWord)'")
                }
                change.secretariatWord = secretariatWord
            }
            guard !change.isEmpty else {
                throw RapporteurError.invalid("nothing to change; `rapporteur body set --help` lists the settings")
            }
            let body = try global.openStore().updateBody(code, settings: change)
            Console.note("Updated \(body.code).")
        }
    }
}
