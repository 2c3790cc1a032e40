import ArgumentParser
import RapporteurKit

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "The templates documents are rendered with.",
        discussion: """
            Examples:
              rapporteur templates list
              rapporteur templates export ./my-templates
            """,
        subcommands: [Export.self, List.self]
    )

    struct Export: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the built-in templates to a folder, to edit and use with --templates.",
            discussion: """
                Examples:
                  rapporteur templates export ./my-templates
                  rapporteur templates export ~/.config/rapporteur/templates

                Templates in $XDG_CONFIG_HOME/rapporteur/templates are used by default.
                """
        )

        @Argument(help: "The folder to write into.") var folder: String

        func execute() throws {
            let written = try TemplateLibrary.exportDefaults(to: folder)
            written.forEach { Console.print($0) }
        }
    }

    struct List: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the templates in use and where overrides come from.",
            discussion: """
                Examples:
                  rapporteur templates list
                  rapporteur templates list --templates ./my-templates
                """
        )

        @Option(help: "A folder of templates that override the built-in ones.") var templates: String?

        func execute() throws {
            let folder = TemplateLibrary.overrideFolder(flag: templates)
            let library = try TemplateLibrary(overrides: folder)
            for name in library.names {
                Console.print(library.overridden.contains(name) ? "\(name)  (overridden)" : name)
            }
            Console.note(folder.map { "Overrides from \($0)." } ?? "Built-in templates only.")
        }
    }
}
