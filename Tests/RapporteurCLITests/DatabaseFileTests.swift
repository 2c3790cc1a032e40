import Foundation
import GRDB
import Testing

/// What `--db` may name: only `init` makes a database, only a Rapporteur database is
/// read or written, and a database from a newer or an older version says what to do.
@Suite struct DatabaseFileTests {
    /// A read, a write and `init`, each of which must leave a file that is not a
    /// Rapporteur database as it was.
    static let commands: [[String]] = [
        ["body", "list"], ["meeting", "list", "--json"], ["decision", "add", "EB", "2024/3"],
    ]

    /// The folder that holds Package.swift and Schema/.
    private let packageRoot = CLI.packageRoot

    private func contents(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func anEmptyFileIsRefusedByEveryCommandButInit() throws {
        let cli = try CLI()
        #expect(FileManager.default.createFile(atPath: cli.database, contents: Data()))
        for command in Self.commands {
            let result = try cli.run(arguments: command)
            #expect(result.status == 1, "\(command)")
            #expect(
                result.stderr
                    == "error: \(cli.database) holds no Rapporteur database (it is empty); run `rapporteur init --db \(cli.database)` to create one in it\n"
            )
            #expect(try contents(cli.database).isEmpty, "\(command) wrote to the empty file")
        }
        // `init` is what makes a database, in an empty file as in a missing one.
        try cli.succeed("init")
        #expect(try cli.succeed("body", "list").contains("PBA"))
    }

    @Test func anotherApplicationsDatabaseIsRefusedByNameAndLeftAsItWas() throws {
        let cli = try CLI()
        do {
            let other = try DatabaseQueue(path: cli.database)
            try other.write { db in
                try db.execute(sql: "CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount INTEGER)")
                try db.execute(sql: "INSERT INTO invoice (amount) VALUES (120)")
            }
        }
        let before = try contents(cli.database)
        for command in Self.commands + [["init"]] {
            let result = try cli.run(arguments: command)
            #expect(result.status == 1, "\(command)")
            #expect(
                result.stderr.hasPrefix(
                    "error: \(cli.database) is a SQLite database but not a Rapporteur one; nothing was changed."),
                "\(command): \(result.stderr)")
            #expect(try contents(cli.database) == before, "\(command) changed the other application's file")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.database + "-wal"))
        let tables = try DatabaseQueue(path: cli.database).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master ORDER BY name")
        }
        #expect(tables == ["invoice"])
    }

    @Test func aFileThatIsNoDatabaseIsRefusedInTheProgramsOwnWords() throws {
        let cli = try CLI()
        let text = Data("agenda of the fifty-sixth meeting\n".utf8) + Data(repeating: 0x2E, count: 4096)
        #expect(FileManager.default.createFile(atPath: cli.database, contents: text))
        for command in Self.commands + [["init"]] {
            let result = try cli.run(arguments: command)
            #expect(result.status == 1, "\(command)")
            #expect(
                result.stderr.hasPrefix("error: \(cli.database) is not a SQLite database;"),
                "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("SQLite error"))
            #expect(try contents(cli.database) == text)
        }
    }

    @Test func aDamagedDatabaseSaysSoInTheProgramsOwnWords() throws {
        let cli = try CLI.initialized()
        try cli.succeed("decision", "add", "EB", "2024/3")
        // Keeps the header and overwrites every page after the first with noise.
        var bytes = try contents(cli.database)
        for index in 4096..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 131) }
        try bytes.write(to: URL(fileURLWithPath: cli.database))
        try? FileManager.default.removeItem(atPath: cli.database + "-wal")
        try? FileManager.default.removeItem(atPath: cli.database + "-shm")
        for command in [["decision", "list"], ["decision", "add", "EB", "2024/4"], ["meeting", "list"]] {
            let result = try cli.run(arguments: command)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.hasPrefix("error: "), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("SQLite error"), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("Error:"), "\(command): \(result.stderr)")
        }
    }

    @Test func aDatabaseFromANewerVersionIsRefusedWithTheVersionItNeeds() throws {
        let cli = try CLI.initialized()
        try DatabaseQueue(path: cli.database).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('0042_hybrid_sessions.sql')")
        }
        let known = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appending(path: "Schema").path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        let newest = try #require(known.last.flatMap { Int($0.prefix(4)) })
        for command in Self.commands + [["init"]] {
            let result = try cli.run(arguments: command)
            #expect(result.status == 1, "\(command)")
            #expect(
                result.stderr == """
                    error: \(cli.database) was written by a newer rapporteur: it needs schema version 42 \
                    (0042_hybrid_sessions.sql), and this rapporteur knows schema versions up to \(newest); \
                    use a rapporteur at least as new as the one that wrote it

                    """, "\(command)")
        }
        #expect(
            try DatabaseQueue(path: cli.database).read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM decision")
            } == 0)
    }

    @Test func aDatabaseFromAnOlderVersionIsReadOnlyAfterInitButAWriteBringsItUpToDate() throws {
        let cli = try CLI.initialized()
        let last = try CLI.makeOlder(cli.database)
        let newest = try #require(Int(last.prefix(4)))
        let read = try cli.run("body", "list")
        #expect(read.status == 1)
        #expect(
            read.stderr == """
                error: \(cli.database) was made by an older rapporteur (schema version \(newest - 1); this one uses \(newest)); \
                run `rapporteur init --db \(cli.database)` to bring it up to date

                """)
        try cli.succeed("decision", "add", "EB", "2024/3")
        let applied = try DatabaseQueue(path: cli.database).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(applied.last == last)
        #expect(try cli.succeed("decision", "list").contains("EB 2024/3"))

        let again = try CLI.initialized()
        _ = try CLI.makeOlder(again.database)
        try again.succeed("init")
        #expect(try again.succeed("body", "list").contains("PBA"))
    }

    @Test func aDatabaseWrittenBeforeTheseChecksKeepsWorkingWithoutInit() throws {
        // The previous version kept the database in WAL mode and deleted the -wal and
        // -shm files on closing; a copy of the file alone is what it leaves.
        let cli = try CLI.initialized()
        try cli.succeed("decision", "add", "EB", "2024/3")
        let copy = try CLI()
        try FileManager.default.copyItem(atPath: cli.database, toPath: copy.database)
        #expect(try copy.succeed("decision", "list").contains("EB 2024/3"))
        try copy.succeed("decision", "add", "EB", "2024/4")
        #expect(try copy.succeed("decision", "list").contains("EB 2024/4"))
    }
}
