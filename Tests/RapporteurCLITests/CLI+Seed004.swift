import Foundation

extension CLI {
    /// A new database with the Board's second session of 2024 planned (seed 004's
    /// commitments fall due at it), and seed 004 written beside it, ready to import.
    static func withSeed004() throws -> (cli: CLI, file: URL) {
        let cli = try CLI.initialized()
        try cli.succeed(
            "meeting", "new", "EB", "--year", "2024", "--session", "2", "--from", "2024-12-04", "--to", "2024-12-06")
        let file = cli.folder.appending(path: "004.txt")
        try SeedFolder.text("004").write(to: file, atomically: true, encoding: .utf8)
        return (cli, file)
    }
}
