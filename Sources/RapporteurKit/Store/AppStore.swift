import Foundation
import GRDB

/// The database of one secretariat: migrations, the reference world, and writes
/// named for what the user means. Each public write is one transaction, so a
/// failing command leaves nothing half-written.
public final class AppStore: Sendable {
    let writer: any DatabaseWriter
    let audit: AuditStamp

    /// Opens (and migrates) a store on any GRDB writer.
    public init(_ writer: any DatabaseWriter, audit: AuditStamp = .fromEnvironment()) throws {
        self.writer = writer
        self.audit = audit
        try Self.migrator.migrate(writer)
    }

    /// An empty in-memory store, for tests.
    public static func inMemory(audit: AuditStamp = AuditStamp(user: "test")) throws -> AppStore {
        try AppStore(DatabaseQueue(configuration: configuration(wal: false)), audit: audit)
    }

    /// Opens the database file at `path`. With `create`, makes the file and its folder
    /// when missing; without, a missing file is an error that says how to make one.
    public static func open(path: String, create: Bool, audit: AuditStamp = .fromEnvironment()) throws -> AppStore {
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: path) {
            guard create else {
                throw RapporteurError.failure(
                    "no database at \(path); run `rapporteur init` to create it, or pass --db PATH (or set RAPPORTEUR_DB)")
            }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw RapporteurError.failure("cannot create the folder \(folder.path): \(error.localizedDescription)")
            }
        }
        do {
            return try AppStore(DatabaseQueue(path: path, configuration: configuration(wal: true)), audit: audit)
        } catch let error as DatabaseError {
            throw RapporteurError.failure("cannot open the database \(path): \(error.message ?? error.description)")
        }
    }

    private static func configuration(wal: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            if wal { try db.execute(sql: "PRAGMA journal_mode = WAL") }
        }
        return configuration
    }

    /// Every file of `Schema/` is one migration, identified by its file name.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in EmbeddedResources.schema {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sql)
            }
        }
        return migrator
    }

    /// Identifiers of the migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// Runs `body` in one write transaction and turns constraint failures into
    /// messages a user can act on.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as DatabaseError {
            throw RapporteurError.failure("the database refused the change: \(error.message ?? error.description)")
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.read(body)
    }
}
