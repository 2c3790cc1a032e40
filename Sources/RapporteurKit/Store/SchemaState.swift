import GRDB

/// What a database file holds, read before anything touches it, so that only a
/// Rapporteur database is ever migrated or written. A Rapporteur database is one
/// whose `grdb_migrations` table lists the first migration of `Schema/`.
enum SchemaState: Equatable {
    /// No table at all: a 0-byte file, or a SQLite file nothing was written to.
    case empty
    /// Another application's database.
    case foreign
    /// A Rapporteur database that lacks some of this version's migrations.
    case older(applied: [String])
    /// Every migration of this version, and nothing else.
    case current
    /// A Rapporteur database with migrations this version does not know.
    case newer(unknown: [String])

    init(_ db: Database, known: [String] = AppStore.migrator.migrations) throws {
        let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        guard objects > 0 else { self = .empty; return }
        guard try db.tableExists("grdb_migrations") else { self = .foreign; return }
        let applied = try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
        guard let first = known.first, applied.contains(first) else { self = .foreign; return }
        let unknown = applied.subtracting(known).sorted()
        if !unknown.isEmpty {
            self = .newer(unknown: unknown)
        } else if known.allSatisfy(applied.contains) {
            self = .current
        } else {
            self = .older(applied: known.filter(applied.contains))
        }
    }

    /// The schema version a migration stands for: the number its file name starts with.
    static func version(of migration: String) -> Int? {
        Int(migration.prefix { $0.isNumber })
    }

    /// The error that refuses this state, or nil when the database can be used:
    /// reads need it current; writes and `init` bring an older one up to date, and
    /// only `init` (`creating`) makes a database in an empty file.
    func refusal(path: String, writing: Bool, creating: Bool, known: [String] = AppStore.migrator.migrations)
        -> RapporteurError?
    {
        let newest = known.last.flatMap(Self.version(of:)) ?? known.count
        switch self {
        case .current:
            return nil
        case .empty:
            return creating
                ? nil
                : .failure(
                    "\(path) holds no Rapporteur database (it is empty); \(step: .createDatabase(at: path))")
        case .foreign:
            return .failure(
                "\(path) is a SQLite database but not a Rapporteur one; nothing was changed. \(step: .leaveThisFileAndChooseAnother)"
            )
        case .newer(let unknown):
            let needed = unknown.compactMap(Self.version(of:)).max()
            let version =
                needed.map { "schema version \($0) (\(unknown.last ?? ""))" }
                ?? "migrations \(unknown.joined(separator: ", "))"
            return .failure(
                "\(path) was written by a newer rapporteur: it needs \(version), and this rapporteur knows schema versions up to \(newest); use a rapporteur at least as new as the one that wrote it"
            )
        case .older(let applied):
            guard !writing else { return nil }
            let version = applied.last.flatMap(Self.version(of:)).map(String.init) ?? "?"
            return .failure(
                "\(path) was made by an older rapporteur (schema version \(version); this one uses \(newest)); \(step: .upgradeDatabase(at: path))"
            )
        }
    }
}
