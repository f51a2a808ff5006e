/// The compiled statements a connection keeps for reuse, found by their SQL.
///
/// A short list searched from the newest entry, not a dictionary: a connection reuses a few
/// dozen statements at most, most SQL texts differ in length or within their first bytes, and
/// the first `Dictionary<String, _>` a process makes has the Swift runtime search every protocol
/// conformance in the program for String's `Hashable` one, a cost each search command would pay
/// at its start. The list is bounded, so a long-running process that builds SQL on the fly keeps
/// a fixed number of statements.
struct StatementCache {
    private struct Entry {
        let sql: String
        let statement: Statement
    }

    /// How many statements are kept; the oldest is dropped to make room.
    static let capacity = 128

    private var entries: [Entry] = []

    /// The statement compiled from exactly this SQL, if it is kept.
    func statement(for sql: String) -> Statement? {
        for entry in entries.reversed() where entry.sql == sql {
            return entry.statement
        }
        return nil
    }

    /// Keeps a statement for its SQL.
    mutating func insert(_ statement: Statement, for sql: String) {
        if entries.count == Self.capacity { entries.removeFirst() }
        entries.append(Entry(sql: sql, statement: statement))
    }

    /// The number of statements kept.
    var count: Int { entries.count }

    /// Drops every statement, finalizing those no one else holds.
    mutating func removeAll() { entries.removeAll() }
}
