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
        // As the newer build records it: the row, and one more migration in user_version.
        try db.execute(
            sql: """
                INSERT INTO schema_migrations VALUES ('9999_from_the_future.sql', 'now');
                PRAGMA user_version = \(Migration.bundled.count + 1);
                """)
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

    @Test("user_version counts the migrations applied; a mismatch reads schema_migrations")
    func userVersion() throws {
        let database = try TestDatabase()
        let db = database.connection
        #expect(try db.scalarInt(sql: "PRAGMA user_version") == Migration.bundled.count)
        // An archive from before user_version was kept (0) reads schema_migrations instead.
        try db.execute(sql: "PRAGMA user_version = 0")
        #expect(try MigrationRunner().pendingMigrations(db).isEmpty)
        // A shorter list of migrations (an older build) finds the archive newer than itself.
        let older = MigrationRunner(migrations: Array(Migration.bundled.dropLast()))
        #expect(throws: SchemaError.self) { try older.pendingMigrations(db) }
        try db.execute(sql: "PRAGMA user_version = \(Migration.bundled.count)")
        #expect(throws: SchemaError.self) { try older.pendingMigrations(db) }
    }

    @Test("a read-only open of an old database says it needs upgrading")
    func readOnlyOutdated() throws {
        let database = try TestDatabase()
        // As an archive from before 0003 records it (its header's user_version says so too).
        try database.connection.execute(
            sql: """
                DELETE FROM schema_migrations WHERE name LIKE '0003%';
                PRAGMA user_version = 2;
                """)
        #expect(throws: SchemaError.outdatedDatabase(path: database.path)) {
            try ArchiveStore(path: database.path, readOnly: true)
        }
    }

    @Test("an archive from before 0007 migrates; newest articles and counts then read indexes")
    func listingIndexes() throws {
        let database = try TestDatabase()
        let path = database.folder.appendingPathComponent("old.sqlite").path
        do {
            let old = try TestDatabase.archive(at: path, before: "0007")
            let hash = String(repeating: "0", count: 32)
            // Two articles share a date and one has none (it sorts by when it was ingested);
            // quotes of every kind, by a person, by an organisation and by no one.
            try old.execute(
                sql: """
                    INSERT INTO people (id, name, name_key) VALUES (1, 'Wren Tallis', 'wren tallis');
                    INSERT INTO organisations (id, name, name_key) VALUES (1, 'Trust', 'trust');
                    INSERT INTO articles (id, key, content_hash, headline, body, published,
                        ingested_at) VALUES
                        (1, 'a', '\(hash)', 'A', 'Body.', '2024-03-05', '2024-06-01T00:00:00Z'),
                        (2, 'b', '\(hash)', 'B', 'Body.', NULL, '2024-06-01T00:00:00Z'),
                        (3, 'c', '\(hash)', 'C', 'Body.', '2024-03-05', '2024-06-01T00:00:00Z'),
                        (4, 'd', '\(hash)', 'D', 'Body.', '2023-01-01', '2024-06-01T00:00:00Z');
                    INSERT INTO quotes (article_id, speaker_person_id, speaker_organisation_id,
                        kind, text, section, paragraph, start_offset, end_offset) VALUES
                        (1, 1, NULL, 'direct', 'x', 'body', 0, 0, 1),
                        (1, NULL, 1, 'indirect', 'x', 'body', 0, 0, 1),
                        (2, NULL, NULL, 'mixed', 'x', 'body', 0, 0, 1),
                        (3, 1, NULL, 'direct', 'x', 'body', 0, 0, 1);
                    """)
        }
        let store = try ArchiveStore(path: path)
        let db = store.connection
        #expect(try Set(MigrationRunner().appliedNames(db)) == Set(Migration.bundled.map(\.name)))

        // The order of the web front page's newest articles, which the index must serve
        // without sorting.
        let newest = """
            SELECT a.id FROM articles AS a
            ORDER BY coalesce(a.published, a.ingested_at) DESC, a.id DESC LIMIT 3
            """
        var ids: [Int] = []
        let statement = try db.prepare(sql: newest)
        while try statement.step() { ids.append(statement.int(0)) }
        #expect(ids == [2, 3, 1])
        let plan = try queryPlan(db, newest)
        #expect(plan.contains { $0.contains("articles_recent") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        #expect(
            try queryPlan(db, "SELECT kind, count(*) FROM quotes GROUP BY kind")
                .contains { $0.contains("COVERING INDEX quotes_kind") })

        var counts: [String: Int] = [:]
        let rows = try ArchiveSearch(connection: db).statistics()
        while let row = try rows.next() {
            if case .text(let item) = row[0], case .integer(let value) = row[1] {
                counts[item] = Int(value)
            }
        }
        #expect(counts["articles"] == 4)
        #expect(counts["people"] == 1)
        #expect(counts["organisations"] == 1)
        #expect(counts["quotes"] == 4)
        #expect(counts["quotes direct"] == 2)
        #expect(counts["quotes indirect"] == 1)
        #expect(counts["quotes mixed"] == 1)
        #expect(counts["quotes with a speaker"] == 3)
    }

    @Test("an archive from before 0008 keeps its quotes, their index, views and rules")
    func quotesRebuilt() throws {
        let database = try TestDatabase()
        let path = database.folder.appendingPathComponent("old.sqlite").path
        do {
            let old = try TestDatabase.archive(at: path, before: "0008")
            let hash = String(repeating: "0", count: 32)
            try old.execute(
                sql: """
                    INSERT INTO people (id, name, name_key) VALUES (7, 'Wren Tallis', 'wren tallis');
                    INSERT INTO articles (id, key, content_hash, headline, body, ingested_at)
                        VALUES (3, 'a', '\(hash)', 'A', 'Body.', '2024-06-01T00:00:00Z');
                    INSERT INTO quotes (id, article_id, speaker_person_id, speaker_name, kind,
                        text, section, paragraph, start_offset, end_offset) VALUES
                        (41, 3, 7, 'Wren Tallis', 'direct', 'the tide turns at noon', 'body',
                            0, 0, 22),
                        (42, 3, NULL, NULL, 'indirect', 'ferries run late', 'caption', 1, 0, 16);
                    INSERT INTO quotes_fts (rowid, text, speaker_name)
                        SELECT id, text, speaker_name FROM quotes;
                    """)
        }
        let db = try ArchiveStore(path: path).connection
        #expect(try MigrationRunner().pendingMigrations(db).isEmpty)
        let table = try db.scalarText(sql: "SELECT sql FROM sqlite_schema WHERE name = 'quotes'")
        #expect(table?.contains(" IN (") == false)

        // The same rows under the same ids, still found by the full-text index and the views.
        #expect(
            try db.scalarInt(
                sql: "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'tide'") == 41)
        #expect(
            try db.scalarText(sql: "SELECT speaker FROM quotes_view WHERE id = 41")
                == "Wren Tallis")
        #expect(try db.scalarInt(sql: "SELECT quotes FROM people_view WHERE id = 7") == 1)
        #expect(try db.scalarText(sql: "PRAGMA integrity_check") == "ok")
        try db.execute(sql: "INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")

        // The rules hold as before: a rename reaches the quote and its index entry, and an
        // unknown kind or section is refused.
        try db.execute(sql: "UPDATE people SET name = 'Wren Tallis-Ode' WHERE id = 7")
        #expect(
            try db.scalarInt(
                sql: "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'ode'") == 41)
        for (kind, section) in [("rumour", "body"), ("direct", "footer")] {
            #expect(throws: SQLiteError.self) {
                try db.execute(
                    sql: """
                        INSERT INTO quotes (article_id, kind, text, section, paragraph,
                            start_offset, end_offset) VALUES (3, ?, 'x', ?, 0, 0, 1)
                        """, arguments: [kind, section])
            }
        }
    }

    /// The detail lines of SQLite's plan for a query.
    private func queryPlan(_ db: Connection, _ sql: String) throws -> [String] {
        let statement = try db.prepare(sql: "EXPLAIN QUERY PLAN " + sql)
        var lines: [String] = []
        while try statement.step() { lines.append(statement.text(3) ?? "") }
        return lines
    }
}
