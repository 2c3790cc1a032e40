import Foundation
import GRDB

/// The database of one secretariat: migrations, the reference world, and writes
/// named for what the user means. Each public write is one transaction, so a
/// failing command leaves nothing half-written.
public final class AppStore: Sendable {
    let database: StoreDatabase
    let audit: AuditStamp

    /// The connection writes go through: opened, checked and migrated at the first write.
    var writer: any DatabaseWriter {
        get throws { try database.writer() }
    }

    /// Opens (and migrates) a store on any GRDB writer.
    public init(_ writer: any DatabaseWriter, audit: AuditStamp = .fromEnvironment()) throws {
        self.database = try StoreDatabase(writer: writer)
        self.audit = audit
    }

    private init(database: StoreDatabase, audit: AuditStamp) {
        self.database = database
        self.audit = audit
    }

    /// An empty in-memory store, for tests.
    public static func inMemory(audit: AuditStamp = AuditStamp(user: "test")) throws -> AppStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return try AppStore(DatabaseQueue(configuration: configuration), audit: audit)
    }

    /// Opens the database file at `path`. With `create` (`rapporteur init`), makes the
    /// file and its folder when missing and brings the database up to date at once;
    /// without, a missing file is an error that says how to make one, and the file is
    /// opened read-only until the first write (see `StoreDatabase`).
    public static func open(
        path: String, create: Bool, audit: AuditStamp = .fromEnvironment(),
        busyTimeout: BusyTimeout? = nil
    ) throws -> AppStore {
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: path) {
            guard create else {
                throw RapporteurError.failure(
                    "no database at \(path); \(step: .createOrChooseDatabase)")
            }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw RapporteurError.failure("cannot create the folder \(folder.path): \(error.localizedDescription)")
            }
        }
        let database = try StoreDatabase(
            path: path, busyTimeout: try busyTimeout ?? BusyTimeout.fromEnvironment(),
            creating: create)
        return AppStore(database: database, audit: audit)
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
        try read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// Runs `body` in one write transaction (BEGIN IMMEDIATE, so that it waits its turn
    /// behind other writers) and turns what the database refuses into messages a user
    /// can act on.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try mappingDatabaseErrors { try writer.write(body) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try mappingDatabaseErrors { try database.reader().read(body) }
    }

    /// Runs `body`, turning a `DatabaseError` into the user's form of it.
    func mappingDatabaseErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw database.failure.map(error)
        }
    }
}
