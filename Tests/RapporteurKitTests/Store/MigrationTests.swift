import GRDB
import Testing

@testable import RapporteurKit

@Suite struct MigrationTests {
    @Test func everyMigrationAppliesToAnEmptyDatabase() throws {
        let store = try AppStore.inMemory()
        #expect(try store.appliedMigrations() == EmbeddedResources.schema.map(\.name))
        #expect(!EmbeddedResources.schema.isEmpty)
    }

    @Test func migratingTwiceChangesNothing() throws {
        let queue = try DatabaseQueue()
        _ = try AppStore(queue)
        let before = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        }
        _ = try AppStore(queue)
        let after = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        }
        #expect(before == after)
        #expect(before.contains { $0.contains("CREATE TABLE agendaItem") })
    }

    @Test func migrationsAreNamedByNumberedFiles() {
        for migration in EmbeddedResources.schema {
            #expect(
                migration.name.range(of: #"^\d{4}_[a-z0-9_]+\.sql$"#, options: .regularExpression) != nil,
                "\(migration.name) should be named like 0001_core.sql")
        }
        let names = EmbeddedResources.schema.map(\.name)
        #expect(names == names.sorted())
    }

    @Test func enumColumnsRefuseUnknownValues() throws {
        let store = try referenceStore()
        #expect(throws: RapporteurError.self) {
            try store.write { db in
                try db.execute(sql: "UPDATE body SET attributionStyle = 'whispered' WHERE code = 'PBA'")
            }
        }
    }

    @Test func foreignKeysAreEnforced() throws {
        let store = try referenceStore()
        #expect(throws: RapporteurError.self) {
            try store.write { db in
                try db.execute(sql: "INSERT INTO agendaItemResolution (agendaItemId, resolutionId) VALUES (999, 999)")
            }
        }
    }
}
