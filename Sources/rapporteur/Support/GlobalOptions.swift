import ArgumentParser
import Foundation
import RapporteurKit

/// Options every command that touches the database takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"), completion: .file())
    var db: String?

    /// The options above that take a value; they may also stand before the command
    /// (`rapporteur --db x.sqlite meeting list`), see `CommandLineArguments`.
    static let valueOptions: Set<String> = ["--db"]

    /// --db, else RAPPORTEUR_DB, else $XDG_DATA_HOME/rapporteur/rapporteur.sqlite.
    var databasePath: String {
        let environment = ProcessInfo.processInfo.environment
        if let db { return db }
        if let fromEnvironment = environment["RAPPORTEUR_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "\(environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path)/.local/share"
        return "\(dataHome)/rapporteur/rapporteur.sqlite"
    }

    /// The existing database; a missing one is an error that says how to create it.
    func openStore() throws -> AppStore {
        try AppStore.open(path: databasePath, create: false)
    }
}
