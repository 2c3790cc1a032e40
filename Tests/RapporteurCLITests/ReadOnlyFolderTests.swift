import Foundation
import Testing

/// A database in a folder this user may only read (an archive share, a colleague's
/// folder) can still be read; a command that would change it says why it cannot.
@Suite(
    .enabled(
        if: RestrictedUser.available,
        "running as root without /usr/bin/setpriv: root ignores permissions, so a read-only folder cannot be tested honestly"
    ))
struct ReadOnlyFolderTests {
    /// A database with one decision in its own subfolder of the CLI's folder, and that
    /// subfolder made read-only (the CLI's folder stays writable for its output files).
    private func readOnlyDatabase(keepingWALFiles: Bool) throws -> (cli: CLI, database: String, folder: URL) {
        let cli = try CLI.initialized()
        try cli.succeed("decision", "add", "EB", "2024/3")
        let folder = cli.folder.appending(path: "archive")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appending(path: "rapporteur.sqlite").path
        try FileManager.default.copyItem(atPath: cli.database, toPath: database)
        if keepingWALFiles {
            // A write by a user who may write the folder, before it was made read-only.
            try cli.run(
                arguments: ["decision", "add", "EB", "2024/4"], environment: ["RAPPORTEUR_DB": database],
                useDatabase: false)
            #expect(FileManager.default.fileExists(atPath: database + "-shm"))
        } else {
            #expect(!FileManager.default.fileExists(atPath: database + "-shm"))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        for file in [database, database + "-wal", database + "-shm"] where FileManager.default.fileExists(atPath: file)
        {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
        }
        return (cli, database, folder)
    }

    private func restore(_ folder: URL) {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    }

    @Test(arguments: [false, true])
    func aDatabaseInAReadOnlyFolderCanBeRead(keepingWALFiles: Bool) throws {
        let (cli, database, folder) = try readOnlyDatabase(keepingWALFiles: keepingWALFiles)
        defer { restore(folder) }
        let list = try RestrictedUser.run(cli, database: database, "decision", "list")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("EB 2024/3"))
        let show = try RestrictedUser.run(cli, database: database, "body", "show", "PBA")
        #expect(show.status == 0, "\(show.stderr)")
    }

    @Test func aWriteInAReadOnlyFolderSaysWhyItCannot() throws {
        let (cli, database, folder) = try readOnlyDatabase(keepingWALFiles: true)
        defer { restore(folder) }
        let result = try RestrictedUser.run(cli, database: database, "decision", "add", "EB", "2024/9")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(database) cannot be changed here"), "\(result.stderr)")
        #expect(!result.stderr.contains("SQLite error"))
        restore(folder)
        #expect(
            !(try cli.run(
                arguments: ["decision", "list"], environment: ["RAPPORTEUR_DB": database], useDatabase: false))
                .stdout.contains("2024/9"))
    }
}
