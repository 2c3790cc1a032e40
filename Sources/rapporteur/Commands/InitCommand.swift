import ArgumentParser
import RapporteurKit

struct InitCommand: RapporteurCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create or migrate the database and load the reference world.",
        discussion: """
            Examples:
              rapporteur init
              rapporteur init --db ./demo.sqlite
              RAPPORTEUR_DB=/srv/secretariat.sqlite rapporteur init

            Loads the six bodies, the 193 Member States and two observer States
            with their regional groups, and the Assembly's resolutions. Safe to run
            again: it adds what is missing and never overwrites settings you changed.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func execute() throws {
        let path = global.databasePath
        let store = try AppStore.open(path: path, create: true)
        let summary = try store.loadReferenceWorld()
        if output.isJSON {
            try Console.printJSON(summary)
        } else {
            Console.print(
                """
                Database: \(path)
                \(summary.bodies) bodies, \(summary.states) States (\(summary.memberStates) Member States, \
                \(summary.observerStates) observer States), \(summary.groups) groups, \(summary.resolutions) resolutions\
                \(summary.added == 0 ? " (already loaded)" : "")
                """)
        }
    }
}
