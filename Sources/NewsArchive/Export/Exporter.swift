/// Streams whole tables and views out of the archive.
public struct Exporter {
    /// The database exported from.
    public let connection: Connection

    /// Creates an exporter for an open archive.
    public init(connection: Connection) {
        self.connection = connection
    }

    /// The tables and views a user can export: everything but SQLite's own tables, the
    /// full-text index internals and the migration log.
    /// - Throws: ``SQLiteError``.
    public func exportableNames() throws -> [String] {
        let statement = try connection.prepare(
            sql: """
                SELECT name FROM sqlite_schema
                WHERE type IN ('table', 'view')
                    AND name NOT LIKE 'sqlite_%'
                    AND name NOT LIKE '%_fts'
                    AND name NOT LIKE '%_fts_%'
                    AND name != 'schema_migrations'
                ORDER BY type, name
                """)
        var names: [String] = []
        while try statement.step() { names.append(statement.text(0) ?? "") }
        return names
    }

    /// Every row of a table or view, in rowid (or view) order.
    /// - Throws: ``ExportError/unknownTable(_:available:)`` for a name that is not exportable.
    public func rows(of name: String) throws -> RowCursor {
        let names = try exportableNames()
        guard names.contains(name) else {
            throw ExportError.unknownTable(name, available: names)
        }
        // The name is one of the schema's own, checked above, so quoting it is enough.
        return RowCursor(
            statement: try connection.prepare(
                sql: "SELECT * FROM \"\(name.replacing("\"", with: "\"\""))\""))
    }
}
