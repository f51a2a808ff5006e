import FoundationEssentials

/// Brings a database up to the current schema, one recorded migration at a time.
///
/// Each migration runs in its own transaction together with the row that records its name, so a
/// failure leaves the database at the last complete step. A database that records a migration
/// this build does not know was written by a newer version and is refused.
///
/// `schema_migrations` is the record; the header's `PRAGMA user_version` also holds how many
/// migrations are applied, so that opening an archive at the current schema (every search)
/// reads one number from the file's first page instead of querying that table.
public struct MigrationRunner {
    /// The migrations to apply, in order.
    public let migrations: [Migration]

    /// Creates a runner; `migrations` must have distinct names in ascending order.
    public init(migrations: [Migration] = Migration.bundled) {
        precondition(
            zip(migrations, migrations.dropFirst()).allSatisfy { $0.name < $1.name },
            "migrations must have distinct names in ascending order")
        self.migrations = migrations
    }

    /// Applies every migration the database has not recorded yet.
    /// - Returns: the names of the migrations applied now.
    /// - Throws: ``SchemaError/newerDatabase(unknown:)`` for a database from a newer version;
    ///   ``SQLiteError`` when a migration fails (the database keeps its earlier steps).
    @discardableResult
    public func migrate(_ db: Connection) throws -> [String] {
        // Nothing pending means nothing to write, so an up-to-date archive opens without ever
        // taking the write lock that a running ingest may hold.
        guard try !pendingMigrations(db).isEmpty else { return [] }
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    name TEXT PRIMARY KEY,
                    applied_at TEXT NOT NULL
                ) STRICT
                """)
        var newlyApplied: [String] = []
        for migration in try pendingMigrations(db) {
            try db.inTransaction(.immediate) {
                // Another process may have applied it while this one waited for the lock.
                let done = try db.scalarInt(
                    sql: "SELECT count(*) FROM schema_migrations WHERE name = ?",
                    arguments: [migration.name])
                guard done == 0 else { return }
                try db.execute(sql: migration.sql)
                try db.execute(
                    sql: "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                    arguments: [migration.name, Date().formatted(.iso8601)])
                let count = try db.scalarInt(sql: "SELECT count(*) FROM schema_migrations") ?? 0
                try db.execute(sql: "PRAGMA user_version = \(count)")
                newlyApplied.append(migration.name)
            }
        }
        return newlyApplied
    }

    /// The migrations a database has not recorded yet, in the order they apply.
    /// - Throws: ``SchemaError/newerDatabase(unknown:)`` for a database from a newer version;
    ///   ``SQLiteError`` when the database cannot be read.
    public func pendingMigrations(_ db: Connection) throws -> [Migration] {
        if try db.scalarInt(sql: "PRAGMA user_version") == migrations.count,
            !migrations.isEmpty
        {
            return []
        }
        let applied = try appliedNames(db)
        // Arrays, not sets: a handful of names, and a Set's first use in a process costs a
        // search more than the comparisons.
        let known = migrations.map(\.name)
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw SchemaError.newerDatabase(unknown: unknown.sorted()) }
        return migrations.filter { !applied.contains($0.name) }
    }

    /// The names of the migrations a database has recorded (none for a new database).
    /// - Throws: ``SQLiteError`` when the database cannot be read.
    public func appliedNames(_ db: Connection) throws -> [String] {
        let exists = try db.scalarInt(
            sql:
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'"
        )
        guard exists == 1 else { return [] }
        let statement = try db.prepare(sql: "SELECT name FROM schema_migrations ORDER BY name")
        var names: [String] = []
        while try statement.step() {
            if let name = statement.text(0) { names.append(name) }
        }
        return names
    }
}

/// Why a database's schema cannot be used.
public enum SchemaError: Error, Equatable, LocalizedError {
    /// The database records migrations this build does not know: a newer version wrote it.
    case newerDatabase(unknown: [String])
    /// A database opened read-only has not been migrated to this version's schema.
    case outdatedDatabase(path: String)

    public var errorDescription: String? {
        switch self {
        case .newerDatabase(let unknown):
            "The database was created by a newer version of newsarchive (it has migration "
                + "\(unknown.joined(separator: ", ")), which this version does not know). "
                + "Use a newer newsarchive, or pass --db to use another database."
        case .outdatedDatabase(let path):
            "The database \(path) uses an older schema and is open read-only. "
                + "Run any writing command on it once (such as 'newsarchive stats') to upgrade it."
        }
    }
}
