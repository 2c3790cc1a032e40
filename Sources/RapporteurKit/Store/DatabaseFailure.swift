import Foundation
import GRDB

/// Turns what SQLite reports into a message a user can act on, naming the file and
/// the way out; the raw form ("SQLite error 5: database is locked") never reaches them.
struct DatabaseFailure {
    /// The database file, nil for a database in memory.
    let path: String?
    let busyTimeout: BusyTimeout

    private var file: String { path ?? "the database" }

    func error(for error: DatabaseError) -> RapporteurError {
        let detail = error.message ?? "SQLite result code \(error.extendedResultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            let holder =
                path.flatMap(WriteLockHolder.of(databaseAt:)).map(\.description) ?? "another rapporteur command"
            return .failure(
                """
                the database is busy: \(holder) has been writing to \(file) for over \(busyTimeout.text); \
                nothing was changed. Try again, or wait longer by raising \(BusyTimeout.variable) (seconds)
                """)
        case .SQLITE_FULL:
            return diskFull
        case .SQLITE_IOERR where path.map(Self.diskIsFull(at:)) == true:
            // SQLite reports a full disk as an I/O error when the `-shm` file cannot grow.
            return diskFull
        case .SQLITE_IOERR:
            return .failure(
                "cannot read or write \(file): the disk reported an error (\(detail)); check the disk and run the command again"
            )
        case .SQLITE_READONLY:
            return .failure(
                """
                \(file) cannot be changed here (\(detail)): the file or its folder is read-only for this user; \
                run the command as a user who may write both, or copy the database somewhere writable
                """)
        case .SQLITE_NOTADB:
            return .failure("\(file) is not a SQLite database; \(step: .chooseAnotherDatabase)")
        case .SQLITE_CANTOPEN:
            return .failure(
                "cannot open \(file) (\(detail)); check that the file and its folder exist and that this user may read them"
            )
        case .SQLITE_CORRUPT:
            return .failure(
                "\(file) is damaged (\(detail)); restore it from a backup, or try to save what it holds with `sqlite3 \(path ?? "FILE") .recover`"
            )
        case .SQLITE_PERM, .SQLITE_AUTH:
            return .failure(
                "this user may not use \(file) (\(detail)); check the permissions of the file and its folder")
        case .SQLITE_NOMEM:
            return .failure("out of memory while using \(file); close other programs and run the command again")
        default:
            return .failure("the database refused the change: \(detail)")
        }
    }

    private var diskFull: RapporteurError {
        .failure(
            "the disk is full: \(file) could not grow, and nothing was changed; free some space on its disk and run the command again"
        )
    }

    /// Whether the disk that holds `path` has less room left than SQLite needs to write
    /// a few pages and its shared-memory file.
    static func diskIsFull(at path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var status = statvfs()
        guard statvfs(folder, &status) == 0 else { return false }
        return UInt64(status.f_bavail) * UInt64(status.f_frsize) < 64 * 1024
    }

    /// The mapped error for a `DatabaseError`, anything else unchanged.
    func map(_ error: any Error) -> any Error {
        (error as? DatabaseError).map(self.error(for:)) ?? error
    }
}

extension RapporteurError {
    /// The user's form of an error from the database that escaped the store, if it is one.
    public static func database(_ error: any Error) -> RapporteurError? {
        guard let error = error as? DatabaseError else { return nil }
        return DatabaseFailure(path: nil, busyTimeout: (try? BusyTimeout.fromEnvironment()) ?? .standard).error(
            for: error)
    }
}
