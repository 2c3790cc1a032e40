import ArgumentParser
import RapporteurKit

struct HistoryCommand: RapporteurCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Everything said, answered and promised about a resolution, meeting by meeting.",
        discussion: """
            Examples:
              rapporteur history 2/7
              rapporteur history "HSP/HA.2/RES.1" --json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The resolution (2/7, resolution 2/7, HSP/HA.2/RES.7).") var resolution: String

    func execute() throws {
        let history = try global.openStore().history(of: resolution)
        if output.isJSON { return try Console.printJSON(history) }
        Console.print(RecordListText.history(history))
    }
}
