import Foundation
import GRDB
import Testing

@testable import RapporteurKit

/// What the store says when the database cannot do what was asked.
@Suite struct DatabaseFailureTests {
    /// SQLite's page limit refuses to grow the database exactly as a full disk does
    /// (SQLITE_FULL); the CLI's DiskFullTests fill a real disk where they can mount one.
    @Test func aDatabaseThatCannotGrowSaysTheDiskIsFull() throws {
        let store = try referenceStore()
        try store.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let long = String(repeating: "Adequate housing for all. ", count: 2_000)
        var added = 0
        var refusal: RapporteurError?
        for number in 1...200 {
            do {
                _ = try store.addDecision(body: "EB", key: "2024/\(number)", title: long, adoptedOn: nil)
                added += 1
            } catch let error as RapporteurError {
                refusal = error
                break
            }
        }
        #expect(
            refusal?.message
                == "the disk is full: the database could not grow, and nothing was changed; free some space on its disk and run the command again"
        )
        #expect(refusal?.kind == .failure)
        #expect(try store.decisions().count == added)
    }

    @Test func aBusyDatabaseSaysHowToRetry() {
        let failure = DatabaseFailure(path: "/srv/secretariat.sqlite", busyTimeout: BusyTimeout(seconds: 2.5))
        let error = failure.error(for: DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked"))
        #expect(error.kind == .failure)
        #expect(
            error.message == """
                the database is busy: another rapporteur command has been writing to /srv/secretariat.sqlite for over 2.5 s; \
                nothing was changed. Try again, or wait longer by raising RAPPORTEUR_BUSY_TIMEOUT (seconds)
                """)
    }

    @Test func noDatabaseErrorComesOutInSQLitesOwnForm() {
        let failure = DatabaseFailure(path: "/srv/secretariat.sqlite", busyTimeout: .standard)
        let codes: [ResultCode] = [
            .SQLITE_ERROR, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_FULL, .SQLITE_READONLY, .SQLITE_NOTADB,
            .SQLITE_CANTOPEN, .SQLITE_CORRUPT, .SQLITE_IOERR, .SQLITE_PERM, .SQLITE_NOMEM,
            .SQLITE_CONSTRAINT, .SQLITE_MISUSE, .SQLITE_READONLY_DIRECTORY,
        ]
        for code in codes {
            let raw = DatabaseError(resultCode: code, message: nil)
            let message = failure.error(for: raw).message
            #expect(!message.contains("SQLite error"), "\(code): \(message)")
            #expect(!message.isEmpty)
            #expect(RapporteurError.database(raw) != nil)
        }
        #expect(RapporteurError.database(CocoaError(.fileNoSuchFile)) == nil)
    }

    @Test func theBusyTimeoutIsReadFromTheEnvironment() throws {
        #expect(try BusyTimeout.fromEnvironment([:]) == .standard)
        #expect(BusyTimeout.standard.seconds == 5)
        #expect(try BusyTimeout.fromEnvironment(["RAPPORTEUR_BUSY_TIMEOUT": "0.25"]).seconds == 0.25)
        #expect(try BusyTimeout.fromEnvironment(["RAPPORTEUR_BUSY_TIMEOUT": " 30 "]).text == "30 s")
        #expect(try BusyTimeout.fromEnvironment(["RAPPORTEUR_BUSY_TIMEOUT": "0"]).seconds == 0)
        for bad in ["soon", "-1", "nan", "inf", "1e9"] {
            #expect(throws: RapporteurError.self, "\(bad)") {
                try BusyTimeout.fromEnvironment(["RAPPORTEUR_BUSY_TIMEOUT": bad])
            }
        }
    }
}
