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
            abstract: "Write the built-in templates and reference.docx to a folder, to edit and use with --templates.",
            discussion: """
                Examples:
                  rapporteur templates export ./my-templates
                  rapporteur templates export ~/.config/rapporteur/templates

                Templates in $XDG_CONFIG_HOME/rapporteur/templates are used by default.
                The folder also gets reference.docx, the built-in reference document:
                restyle it in Word (fonts, spacing, margins, the header and footer
                styles) and the Word documents written with that templates folder take
                its styles; the header and footer themselves hold the symbol and the
                page number.
                """
        )

        @Argument(help: "The folder to write into.", completion: .directory) var folder: String

        func execute() throws {
            let written = try TemplateLibrary.exportDefaults(to: folder)
            written.forEach { Console.print($0) }
            Console.print(try ReferenceDocument.builtIn.export(to: folder))
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
                  rapporteur templates list --json
                """
        )

        @Option(
            help: ArgumentHelp("A folder of templates to use over the built-in ones.", valueName: "dir"),
            completion: .directory)
        var templates: String?
        @OptionGroup var output: OutputOptions

        /// The templates for machines: each name, whether it is overridden, and from where.
        struct ListJSON: Encodable {
            struct Template: Encodable {
                var name: String
                var overridden: Bool
            }

            var overrides: String?
            var templates: [Template]
        }

        func execute() throws {
            let folder = TemplateLibrary.overrideFolder(flag: templates)
            let library = try TemplateLibrary(overrides: folder)
            if output.isJSON {
                let templates = library.names.map {
                    ListJSON.Template(name: $0, overridden: library.overridden.contains($0))
                }
                return try Console.printJSON(ListJSON(overrides: folder, templates: templates))
            }
            for name in library.names {
                Console.print(library.overridden.contains(name) ? "\(name)  (overridden)" : name)
            }
            Console.note(folder.map { "Overrides from \($0)." } ?? "Built-in templates only.")
        }
    }
}
