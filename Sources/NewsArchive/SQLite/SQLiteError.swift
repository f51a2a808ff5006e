import FoundationEssentials
import CSQLite

/// An error reported by SQLite, with the statement that caused it.
///
/// The description never includes bound values: article text is large and may be private.
public struct SQLiteError: Error, Equatable, Sendable {
    /// The extended result code, such as 2067 (`SQLITE_CONSTRAINT_UNIQUE`).
    public var code: Int32
    /// SQLite's message for the failure.
    public var message: String
    /// The SQL being executed, when there was one.
    public var sql: String?

    /// Creates an error from its parts.
    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code: the extended code's low byte (`SQLITE_CONSTRAINT` for 2067).
    public var primaryCode: Int32 { code & 0xFF }

    /// True when another connection holds a lock that the busy timeout did not outwait.
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    /// True when the disk or the database's page limit is full.
    public var isFull: Bool { primaryCode == SQLITE_FULL }
}

extension SQLiteError: CustomStringConvertible {
    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql {
            let oneLine = sql.split(whereSeparator: \.isNewline)
                .map { $0.trimmingWhiteSpace() }
                .joined(separator: " ")
            let shown = oneLine.count > 200 ? String(oneLine.prefix(200)) + "…" : oneLine
            text += " (while executing \(shown))"
        }
        return text
    }
}

extension SQLiteError: LocalizedError {
    public var errorDescription: String? { description }
}
