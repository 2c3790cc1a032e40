import Foundation
import GRDB
import Testing

/// Several members of a secretariat team working on one database file at once.
@Suite struct SharedDatabaseTests {
    @Test(.timeLimit(.minutes(3)))
    func fourWritersAtOnceEachWriteEveryRow() throws {
        let cli = try CLI.initialized()
        let writers = 4, writes = 50
        let failures = Tally(), reads = Tally()
        let done = Tally()
        concurrently(writers + 1) { index in
            if index == writers {
                // A reader beside the writers, until they are done.
                while done.all.count < writers {
                    do {
                        let result = try cli.run("decision", "list", "--json")
                        reads.add(result.status == 0 ? "ok" : "read exited \(result.status): \(result.stderr)")
                    } catch {
                        reads.add("read: \(error)")
                    }
                }
                return
            }
            for number in 1...writes {
                let key = "\(2021 + index)/\(number)"
                do {
                    let result = try cli.run("decision", "add", "EB", key)
                    if result.status != 0 {
                        failures.add("decision add EB \(key) exited \(result.status): \(result.stderr)")
                    }
                } catch {
                    failures.add("decision add EB \(key): \(error)")
                }
            }
            done.add("writer \(index)")
        }
        #expect(failures.all == [])
        let readFailures = reads.all.filter { $0 != "ok" }
        #expect(readFailures == [])
        #expect(!reads.all.isEmpty)

        let listed = try #require(try cli.json("decision", "list", "--json") as? [[String: Any]])
        let keys = Set(listed.compactMap { $0["key"] as? String })
        let expected = Set((0..<writers).flatMap { index in (1...writes).map { "\(2021 + index)/\($0)" } })
        #expect(keys == expected)
        #expect(listed.count == writers * writes)
    }

    @Test func writersStartedTogetherOnAnOlderDatabaseBringItUpToDateOnce() throws {
        let cli = try CLI.initialized()
        let last = try CLI.makeOlder(cli.database)
        let failures = Tally()
        concurrently(4) { index in
            let key = "2024/\(index + 1)"
            let result = try? cli.run("decision", "add", "EB", key)
            if result?.status != 0 { failures.add("decision add EB \(key): \(result?.stderr ?? "did not run")") }
        }
        #expect(failures.all == [])
        let applied = try DatabaseQueue(path: cli.database).read { db in
            try String.fetchAll(
                db, sql: "SELECT identifier FROM grdb_migrations WHERE identifier = ?", arguments: [last])
        }
        #expect(applied == [last])
        let listed = try #require(try cli.json("decision", "list", "--json") as? [[String: Any]])
        #expect(listed.count == 4)
    }

    @Test func aWriteWaitsForAnotherWriterThenSucceeds() throws {
        let cli = try CLI.initialized()
        let queue = try DatabaseQueue(path: cli.database)
        let events = Tally()
        let locked = DispatchSemaphore(value: 0)
        concurrently(2) { index in
            if index == 0 {
                // Holds the write lock for a second, as a long import would, then lets go.
                try? queue.writeWithoutTransaction { db in
                    try db.execute(sql: "BEGIN IMMEDIATE")
                    locked.signal()
                    Thread.sleep(forTimeInterval: 1)
                    events.add("released")
                    try db.execute(sql: "COMMIT")
                }
            } else {
                locked.wait()
                let result = try? cli.run("decision", "add", "EB", "2024/3")
                events.add(result.map { "write exited \($0.status)\($0.stderr)" } ?? "write did not run")
            }
        }
        #expect(events.all == ["released", "write exited 0"])
        #expect(try cli.succeed("decision", "show", "2024/3").contains("EB 2024/3"))
    }

    @Test func aWriteThatWaitsTooLongSaysWhoHoldsTheLockAndHowToRetry() throws {
        let cli = try CLI.initialized()
        let queue = try DatabaseQueue(path: cli.database)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            let started = Date()
            let result = try cli.run(
                arguments: ["decision", "add", "EB", "2024/3"],
                environment: ["RAPPORTEUR_BUSY_TIMEOUT": "0.5"])
            #expect(Date().timeIntervalSince(started) >= 0.5)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("error: the database is busy: process \(getpid())"))
            #expect(result.stderr.contains("for over 0.5 s"))
            #expect(result.stderr.contains("Try again, or wait longer by raising RAPPORTEUR_BUSY_TIMEOUT"))
            #expect(!result.stderr.contains("SQLite error"))
            // Reading is not held up by a writer.
            #expect(try cli.run("decision", "list").status == 0)
        }
        #expect(try cli.run("decision", "list").stdout == "")
    }

    @Test func aReadShutOutByAnotherProgramSaysSoInTheProgramsOwnWords() throws {
        let cli = try CLI.initialized()
        let queue = try DatabaseQueue(path: cli.database)
        try queue.writeWithoutTransaction { db in
            // Another program that keeps the file to itself while it works.
            try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "UPDATE body SET name = name")
            defer { try? db.execute(sql: "ROLLBACK") }
            for command in [
                ["decision", "list"],
                ["import", "record", CLI.packageRoot.appending(path: "examples/pba-56.record").path],
            ] {
                let result = try cli.run(arguments: command, environment: ["RAPPORTEUR_BUSY_TIMEOUT": "0.3"])
                #expect(result.status == 1, "\(command)")
                #expect(result.stderr.hasPrefix("error: the database is busy: "), "\(command): \(result.stderr)")
                #expect(result.stderr.contains("for over 0.3 s"), "\(command): \(result.stderr)")
                #expect(!result.stderr.contains("SQLite error"), "\(command): \(result.stderr)")
            }
        }
    }

    @Test func aBusyTimeoutThatIsNoNumberIsRefused() throws {
        let cli = try CLI.initialized()
        let result = try cli.run(arguments: ["body", "list"], environment: ["RAPPORTEUR_BUSY_TIMEOUT": "soon"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: RAPPORTEUR_BUSY_TIMEOUT=soon is not a number of seconds"))
    }
}
