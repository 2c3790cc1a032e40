import Foundation

/// Runs the binary as a user the file permissions apply to. The superuser ignores
/// them (a folder without write permission is writable to root), so a test of what a
/// read-only folder allows runs the command as `nobody` through setpriv when the tests
/// run as root, and as the tests' own user otherwise.
enum RestrictedUser {
    static let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
    static let nobody = "65534"

    static var isRoot: Bool { geteuid() == 0 }

    /// Whether the test can be honest: either not root, or root with setpriv to drop to nobody.
    static var available: Bool { !isRoot || FileManager.default.isExecutableFile(atPath: setpriv.path) }

    /// Runs `rapporteur ARGUMENTS` as the restricted user, with RAPPORTEUR_DB set to `database`.
    static func run(_ cli: CLI, database: String, _ arguments: String...) throws -> CLI.Result {
        let environment = ["RAPPORTEUR_DB": database]
        guard isRoot else { return try cli.run(arguments: arguments, environment: environment, useDatabase: false) }
        return try cli.run(
            arguments: ["--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", CLI.binary.path] + arguments,
            binary: setpriv, environment: environment, useDatabase: false)
    }
}
