/// One step of the schema: a numbered SQL file applied once, in one transaction.
public struct Migration: Sendable, Equatable {
    /// The file name, such as `0001_create_articles.sql`; migrations apply in name order.
    public var name: String
    /// The SQL the file holds.
    public var sql: String

    /// Creates a migration.
    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
    }

    /// The migrations that ship with this build, in the order they apply.
    public static let bundled: [Migration] = EmbeddedMigrations.all.map {
        Migration(name: $0.name, sql: $0.sql)
    }
}
