import ArgumentParser
import RapporteurKit

struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Prepare, amend and adopt a meeting's agenda.",
        discussion: """
            Examples:
              rapporteur agenda standard PBA-56
              rapporteur agenda add PBA-56 "Implementation of resolutions" --at 2
              rapporteur agenda show PBA-56
            """,
        subcommands: [Standard.self, Add.self, Edit.self, Move.self, Remove.self, Annotate.self, Show.self, Adopt.self]
    )

    /// Links typed as repeatable flags.
    struct LinkOptions: ParsableArguments {
        @Option(name: .customLong("resolution"), help: "A resolution the item concerns (2/7); repeatable.")
        var resolutions: [String] = []
        @Option(name: .customLong("decision"), help: "A decision the item concerns (2024/3); repeatable.")
        var decisions: [String] = []
        @Option(name: .customLong("document"), help: "A document behind the item (HSP/EB.2024/14); repeatable.")
        var documents: [String] = []

        var links: AgendaLinks {
            AgendaLinks(resolutions: resolutions, decisions: decisions, documents: documents)
        }
    }

    struct AmendOption: ParsableArguments {
        @Flag(help: "Record a change the meeting made to its adopted agenda.")
        var asAmended = false
    }

    static func report(_ change: AgendaChange, _ verb: String) {
        Console.print(change.label)
        Console.note(
            "\(verb) \(change.label) \(change.title)"
                + (change.amendedAdoptedAgenda ? " (the adopted agenda is now marked as amended)" : ""))
    }

    struct Standard: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "standard",
            abstract: "Add the body's standard opening and closing items.",
            discussion: """
                Examples:
                  rapporteur agenda standard PBA-56
                  rapporteur agenda standard EB-2024-2

                The PBA opens with "Adoption of the provisional agenda" and closes with
                "Any other business"; sessions open with "Opening of the session" and
                "Organizational matters". Items already on the agenda (same title) are
                left as they are.
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var amend: AmendOption
        @Argument(help: "The meeting's handle.") var meeting: String

        func execute() throws {
            let added = try global.openStore().addStandardItems(meeting: meeting, asAmended: amend.asAmended)
            if added.isEmpty { Console.note("The standard items are already on the agenda of \(meeting).") }
            added.forEach { AgendaCommand.report($0, "Added") }
        }
    }

    struct Add: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an item or sub-item.",
            discussion: """
                Examples:
                  rapporteur agenda add PBA-56 "Implementation of all resolutions" --at 2
                  rapporteur agenda add PBA-56 "Smart cities guidelines" --under 2 \\
                      --resolution 2/1
                  rapporteur agenda add PBA-56 "Preparations for OEWG-H" --under 2 \\
                      --resolution 2/7 --decision 2024/3 --document HSP/EB.2024/17

                Without --at the item goes last. --at takes a label (2, 2b) and the items from
                there on move down; with --under, --at is the position among the sub-items.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting's handle.") var meeting: String
        @OptionGroup var title: TextInput<Title>
        @Option(help: "Where the item goes: a label such as 2 or 2b.") var at: String?
        @Option(help: "The item it is a sub-item of (2).") var under: String?
        @OptionGroup var linkOptions: LinkOptions
        @OptionGroup var amend: AmendOption

        func execute() throws {
            let change = try global.openStore().addAgendaItem(
                meeting: meeting, title: try title.read(), under: under, at: at, links: linkOptions.links,
                asAmended: amend.asAmended)
            AgendaCommand.report(change, "Added")
        }

        enum Title: TextMeaning {
            static let help = "The item's title, in sentence case"
            static let valueName = "title"
        }
    }

    struct Edit: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Retitle an item or link it to resolutions, decisions and documents.",
            discussion: """
                Examples:
                  rapporteur agenda edit PBA-56 2a --resolution 2/1
                  rapporteur agenda edit PBA-56 2c --title "SURGe" --decision 2024/3
                  rapporteur agenda edit PBA-56 2 --document HSP/EB.2024/14
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting's handle.") var meeting: String
        @Argument(help: "The item's label (2, 2a, 2(a)).") var item: String
        @Option(help: "A new title.") var title: String?
        @OptionGroup var linkOptions: LinkOptions
        @OptionGroup var amend: AmendOption

        func execute() throws {
            let change = try global.openStore().editAgendaItem(
                meeting: meeting, item: item, title: title, links: linkOptions.links, asAmended: amend.asAmended)
            AgendaCommand.report(change, "Changed")
        }
    }

    struct Move: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "move",
            abstract: "Move an item (with its sub-items); the others are renumbered.",
            discussion: """
                Examples:
                  rapporteur agenda move PBA-56 2c --to 2a   # (a) and (b) move down
                  rapporteur agenda move PBA-56 4 --to 2
                  rapporteur agenda move PBA-56 3 --to 2d    # 3 becomes a sub-item
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting's handle.") var meeting: String
        @Argument(help: "The item to move.") var item: String
        @Option(help: "The label it should have afterwards.") var to: String
        @OptionGroup var amend: AmendOption

        func execute() throws {
            let change = try global.openStore().moveAgendaItem(
                meeting: meeting, item: item, to: to, asAmended: amend.asAmended)
            AgendaCommand.report(change, "Moved to")
        }
    }

    struct Remove: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove an item and its sub-items; the others are renumbered.",
            discussion: """
                Examples:
                  rapporteur agenda remove PBA-56 2b
                  rapporteur agenda remove PBA-56 3 --as-amended   # after adoption
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting's handle.") var meeting: String
        @Argument(help: "The item to remove.") var item: String
        @OptionGroup var amend: AmendOption

        func execute() throws {
            let change = try global.openStore().removeAgendaItem(
                meeting: meeting, item: item, asAmended: amend.asAmended)
            let subItems = change.removedSubItems
            Console.note(
                "Removed \(change.label) \(change.title)"
                    + (subItems > 0
                        ? " and its \(CardinalWords.prose(subItems)) sub-item\(subItems == 1 ? "" : "s")" : "")
                    + (change.amendedAdoptedAgenda ? " (the adopted agenda is now marked as amended)" : ""))
        }
    }

    struct Show: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show an agenda as a document: items, sub-items, what they concern, when documents are due.",
            discussion: """
                Examples:
                  rapporteur agenda show PBA-56
                  rapporteur agenda show PBA-57 --format md -o pba-57-agenda.md
                  rapporteur agenda show PBA-56 --json
                  rapporteur agenda show PBA-56 --provisional   # as it stood before adoption
                  rapporteur agenda show PBA-56 --annotated     # with the annotations
                  rapporteur agenda show EB-2025-1 --symbol HSP/EB.2025/1 --issued 2025-02-10

                --symbol and --issued are kept as the meeting's provisional agenda (with
                --annotated, its annotated agenda, which is issued under the item on the
                adoption of the agenda unless --item names another): the masthead of a
                later document of the session finds them (`meeting documents` lists them).
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var document: DocumentOptions<DocumentFormats>
        @Argument(help: "The meeting's handle.") var meeting: String
        @Flag(help: "The provisional agenda as it stood when the meeting adopted it.") var provisional = false
        @Flag(help: "Each item's annotation under it (agenda annotate), and in --json as each item's annotation.")
        var annotated = false
        @OptionGroup var masthead: MastheadOptions

        func execute() throws {
            let store = try global.openStore()
            let pageWriter = try document.pageWriter()
            let overview = try store.overview(of: meeting)
            var agenda = overview.agenda
            if provisional, overview.meeting.agendaStatus.isAdopted {
                agenda = try store.frozenProvisionalAgenda(of: meeting) ?? agenda
            }
            let view = AgendaDocument(
                meeting: overview.meeting, body: overview.body, agenda: agenda,
                showingProvisional: provisional, annotated: annotated)
            // Recorded whatever the format, with the document written in the same
            // transaction; Word and PDF print it. The provisional agenda's title is the
            // agenda's status; the annotations have their own.
            try masthead.masthead(
                store, meeting: meeting, kind: annotated ? .annotatedAgenda : .provisionalAgenda,
                title: annotated ? nil : view.status
            ) { masthead in
                if document.isJSON {
                    return try document.emitJSON(annotated ? agenda : AgendaNode.withoutAnnotations(agenda))
                }
                if let pageWriter { return try pageWriter.write(view.page(masthead: masthead)) }
                try document.emit(try document.render(view, document: "agenda"))
            }
        }
    }

    struct Adopt: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "adopt",
            abstract: "Record that the meeting adopted its agenda.",
            discussion: """
                Examples:
                  rapporteur agenda adopt PBA-56                # adopted without any change
                  rapporteur agenda adopt PBA-56 --as-amended   # adopted with changes

                Adoption freezes the provisional text; later edits need --as-amended.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting's handle.") var meeting: String
        @OptionGroup var amend: AmendOption

        func execute() throws {
            let adopted = try global.openStore().adoptAgenda(meeting: meeting, asAmended: amend.asAmended)
            Console.note(
                "The agenda of \(adopted.handle) is adopted"
                    + (amend.asAmended ? " as amended." : " without any change."))
        }
    }
}
