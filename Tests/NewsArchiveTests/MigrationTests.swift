import Foundation
import Testing

@testable import NewsArchive

@Suite("Migrations")
struct MigrationTests {
    @Test("a fresh database gets every bundled migration, once")
    func fresh() throws {
        let db = try Connection(path: ":memory:")
        let applied = try MigrationRunner().migrate(db)
        #expect(applied == Migration.bundled.map(\.name))
        #expect(try MigrationRunner().migrate(db).isEmpty)
        #expect(try db.scalarInt(sql: "SELECT count(*) FROM schema_migrations") == applied.count)
    }

    @Test("the bundled migrations are the numbered files of Migrations/")
    func bundledFromFiles() throws {
        let folder = CommandLineRunner.packageRoot.appendingPathComponent("Migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(Migration.bundled.map(\.name) == files)
        for migration in Migration.bundled {
            let text = try String(
                contentsOf: folder.appendingPathComponent(migration.name), encoding: .utf8)
            #expect(
                migration.sql.trimmingCharacters(in: .whitespacesAndNewlines)
                    == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test("reopening a database keeps its data and applies nothing")
    func reopen() throws {
        let database = try TestDatabase()
        try database.ingest([Article(key: "k", headline: "A headline", paragraphs: ["Body."])])
        let reopened = try ArchiveStore(path: database.path)
        #expect(try reopened.connection.scalarInt(sql: "SELECT count(*) FROM articles") == 1)
    }

    @Test("a database from a newer version is refused")
    func newerRefused() throws {
        let db = try Connection(path: ":memory:")
        try MigrationRunner().migrate(db)
        try db.execute(
            sql: "INSERT INTO schema_migrations VALUES ('9999_from_the_future.sql', 'now')")
        #expect(throws: SchemaError.newerDatabase(unknown: ["9999_from_the_future.sql"])) {
            try MigrationRunner().migrate(db)
        }
    }

    @Test("a failing migration leaves the steps before it, and nothing of itself")
    func failingMigration() throws {
        let db = try Connection(path: ":memory:")
        let runner = MigrationRunner(migrations: [
            Migration(name: "0001_a.sql", sql: "CREATE TABLE a (x)"),
            Migration(name: "0002_b.sql", sql: "CREATE TABLE b (x); CREATE TABLE a (y)"),
        ])
        #expect(throws: SQLiteError.self) { try runner.migrate(db) }
        #expect(try runner.appliedNames(db) == ["0001_a.sql"])
        #expect(try db.scalarInt(sql: "SELECT count(*) FROM sqlite_schema WHERE name = 'b'") == 0)
    }

    @Test("a read-only open of an old database says it needs upgrading")
    func readOnlyOutdated() throws {
        let database = try TestDatabase()
        try database.connection.execute(
            sql: "DELETE FROM schema_migrations WHERE name LIKE '0003%'")
        #expect(throws: SchemaError.outdatedDatabase(path: database.path)) {
            try ArchiveStore(path: database.path, readOnly: true)
        }
    }
}
