import Foundation
import GRDB
import GRDBSQLite

/// The connections of one store to its database file, each opened at first use.
/// Reads go through a read-only connection, so a command that only reads never
/// changes the file (nor migrates it) and works in a folder it may not write.
/// The first write opens a writable connection, checks that the file holds a
/// Rapporteur database, brings an older one up to date, and then serves the reads too.
/// Waits for other commands' writes, up to the busy timeout.
final class StoreDatabase: @unchecked Sendable {
    // Sendable by the lock: the two connections are set once, under `lock`.
    private let lock = NSLock()
    private var readConnection: (any DatabaseReader)?
    private var writeConnection: (any DatabaseWriter)?

    /// The database file, nil for a database handed over already open (in memory).
    let path: String?
    let busyTimeout: BusyTimeout
    var failure: DatabaseFailure { DatabaseFailure(path: path, busyTimeout: busyTimeout) }

    /// A database already open, such as one in memory: checked and migrated at once.
    init(writer: any DatabaseWriter) throws {
        path = nil
        busyTimeout = .standard
        try Self.prepareForWriting(writer, path: "the database", creating: true, wal: false)
        writeConnection = writer
    }

    /// The database in the file at `path`; `creating` (for `init`) opens it for
    /// writing at once, creating the file or migrating it as needed.
    init(path: String, busyTimeout: BusyTimeout, creating: Bool) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        if creating { writeConnection = try openWriter(path: path, creating: true) }
    }

    func reader() throws -> any DatabaseReader {
        lock.lock()
        defer { lock.unlock() }
        if let writeConnection { return writeConnection }
        if let readConnection { return readConnection }
        guard let path else { preconditionFailure("a store in memory is always open") }
        let opened = try openReader(path: path)
        readConnection = opened
        return opened
    }

    func writer() throws -> any DatabaseWriter {
        lock.lock()
        defer { lock.unlock() }
        if let writeConnection { return writeConnection }
        guard let path else { preconditionFailure("a store in memory is always open") }
        let opened = try openWriter(path: path, creating: false)
        writeConnection = opened
        return opened
    }

    private func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = readonly
        configuration.busyMode = .timeout(busyTimeout.seconds)
        return configuration
    }

    private func openReader(path: String) throws -> DatabaseQueue {
        do {
            do {
                return try checkedReader(path: path, location: path)
            } catch let error as DatabaseError
                where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) && Self.needsImmutableRead(path)
            {
                return try checkedReader(path: path, location: Self.immutableURI(path))
            }
        } catch let error as DatabaseError {
            throw failure.error(for: error)
        }
    }

    private func checkedReader(path: String, location: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: location, configuration: configuration(readonly: true))
        let state = try queue.read { db in try SchemaState(db) }
        if let refusal = state.refusal(path: path, writing: false, creating: false) { throw refusal }
        return queue
    }

    private func openWriter(path: String, creating: Bool) throws -> DatabaseQueue {
        var configuration = configuration(readonly: false)
        configuration.prepareDatabase { db in try Self.keepWALFiles(db) }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.prepareForWriting(queue, path: path, creating: creating, wal: true)
            return queue
        } catch let error as DatabaseError {
            throw failure.error(for: error)
        }
    }

    /// Refuses what is not a Rapporteur database this version can write, and migrates
    /// an older one (or, when `creating`, an empty file).
    private static func prepareForWriting(_ writer: any DatabaseWriter, path: String, creating: Bool, wal: Bool) throws
    {
        let state = try writer.read { db in try SchemaState(db) }
        if let refusal = state.refusal(path: path, writing: true, creating: creating) { throw refusal }
        if wal {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        }
        if state != .current { try migrate(writer) }
    }

    /// Applies the missing migrations. Commands started together on an older database
    /// may each try the same migration: the one that loses finds it applied and goes on.
    private static func migrate(_ writer: any DatabaseWriter) throws {
        let migrator = AppStore.migrator
        var applied = try writer.read { db in try migrator.appliedMigrations(db) }
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch {
                let now = try writer.read { db in try migrator.appliedMigrations(db) }
                if now == migrator.migrations { return }
                // Progress means another command (or this one) got further: try again from there.
                guard now.count > applied.count else { throw error }
                applied = now
            }
        }
    }

    /// Leaves the `-wal` and `-shm` files in place when the last connection closes, so
    /// that a user who may only read the folder can still read the database with
    /// SQLite's own locking rather than without it (see `needsImmutableRead`).
    /// The `-wal` file is emptied on closing, and kept under a megabyte between writes.
    private static func keepWALFiles(_ db: Database) throws {
        var persist: Int32 = 1
        _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
        try db.execute(sql: "PRAGMA journal_size_limit = 1048576")
    }

    /// A database in WAL mode can be read only beside its `-shm` file; when that file is
    /// missing and the folder may not be written, SQLite cannot create it, and the file
    /// is read as immutable, without locks: no command has it open, or that file would
    /// be there (and `keepWALFiles` leaves it after a write).
    private static func needsImmutableRead(_ path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return !FileManager.default.fileExists(atPath: path + "-shm") && access(folder, W_OK) != 0
    }

    private static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(escaped)?mode=ro&immutable=1"
    }
}
