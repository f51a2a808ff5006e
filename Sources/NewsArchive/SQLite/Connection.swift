import CSQLite
import FoundationEssentials

/// One open SQLite database: the only owner of a `sqlite3*` handle.
///
/// A connection is not `Sendable`: use it from one thread at a time. The command-line program
/// opens one per process.
///
/// ```swift
/// let db = try Connection(path: "archive.sqlite")
/// try db.execute(sql: "CREATE TABLE t(x)")
/// try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: ["hello"])
/// ```
public final class Connection {
    /// How a database file is opened.
    public enum Mode: Sendable {
        /// Read and write, creating the file when it does not exist.
        case readWriteCreate
        /// Read and write an existing file.
        case readWrite
        /// Read only: every write fails with `SQLITE_READONLY`.
        case readOnly
    }

    let handle: OpaquePointer
    /// The path the connection was opened with.
    public let path: String
    var statementCache = StatementCache()

    // https://www.sqlite.org/c3ref/config.html: "The sqlite3_config() interface may only be
    // invoked prior to library initialization", so it runs before the first connection opens.
    // Nothing here reads SQLite's memory statistics, and keeping them costs a global mutex at
    // every allocation.
    private static let libraryConfigured: Void = {
        _ = newsarchive_config_memstatus(0)
    }()

    /// Opens a database file, or an in-memory database for the path `:memory:`.
    ///
    /// The connection waits up to `busyTimeout` for locks held by other processes, enforces
    /// foreign keys, and turns on write-ahead logging for file databases opened for writing.
    /// - Throws: ``SQLiteError`` when the file cannot be opened or is not a database.
    public init(path: String, mode: Mode = .readWriteCreate, busyTimeout: Duration = .seconds(10))
        throws
    {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        switch mode {
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        }
        Self.libraryConfigured
        var pointer: OpaquePointer?
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard let pointer else {
            throw SQLiteError(code: code, message: "out of memory opening \(path)")
        }
        guard code == SQLITE_OK else {
            let error = SQLiteError(
                code: sqlite3_extended_errcode(pointer),
                message: String(cString: sqlite3_errmsg(pointer)))
            sqlite3_close_v2(pointer)
            throw error
        }
        self.handle = pointer
        self.path = path
        sqlite3_extended_result_codes(pointer, 1)
        let milliseconds =
            busyTimeout.components.seconds * 1000
            + busyTimeout.components.attoseconds / 1_000_000_000_000_000
        sqlite3_busy_timeout(pointer, Int32(clamping: milliseconds))
        try configure(mode: mode)
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    private func configure(mode: Mode) throws {
        // Reading the header here makes a file that is not a database fail at open, with
        // SQLITE_NOTADB, rather than at the first query.
        try execute(sql: "PRAGMA foreign_keys = ON")
        _ = try scalarInt(sql: "PRAGMA schema_version")
        if path != ":memory:" && !path.isEmpty {
            // The -wal and -shm files stay when the last connection closes (the log emptied):
            // each short command, a search above all, then opens them rather than creating and
            // deleting two files, and users without write access to the folder can still read.
            var persistent: Int32 = 1
            sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &persistent)
        }
        if mode != .readOnly && path != ":memory:" && !path.isEmpty {
            try execute(sql: "PRAGMA journal_mode = WAL")
            // In WAL mode NORMAL is durable against application crashes and keeps the database
            // consistent on power loss: https://www.sqlite.org/pragma.html#pragma_synchronous
            try execute(sql: "PRAGMA synchronous = NORMAL")
            // With a limit, the log left behind is truncated to nothing when the last
            // connection closes, not kept at the size of the last ingest's batches.
            try execute(sql: "PRAGMA journal_size_limit = 67108864")
        }
    }

    /// Compiles one SQL statement.
    /// - Throws: ``SQLiteError`` when the SQL is invalid.
    public func prepare(sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql, retainsConnection: true)
    }

    /// Returns a compiled statement for the SQL, reusing the one compiled by an earlier call.
    ///
    /// The statement is reset and its bindings cleared before it is returned.
    /// - Throws: ``SQLiteError`` when the SQL is invalid.
    public func cachedStatement(sql: String) throws -> Statement {
        if let statement = statementCache.statement(for: sql) {
            try statement.reset()
            statement.clearBindings()
            return statement
        }
        let statement = try Statement(connection: self, sql: sql, retainsConnection: false)
        statementCache.insert(statement, for: sql)
        return statement
    }

    /// Runs SQL that may hold several statements, or one statement with arguments.
    /// - Throws: ``SQLiteError`` when a statement fails.
    public func execute(sql: String, arguments: [any SQLiteBindable] = []) throws {
        if arguments.isEmpty {
            try executeScript(sql)
        } else {
            let statement = try cachedStatement(sql: sql)
            try statement.bind(arguments)
            try statement.run()
        }
    }

    private func executeScript(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// Runs a query and returns the first column of its first row as an integer, or nil.
    /// - Throws: ``SQLiteError`` when the query fails.
    public func scalarInt(sql: String, arguments: [any SQLiteBindable] = []) throws -> Int? {
        let statement = try cachedStatement(sql: sql)
        try statement.bind(arguments)
        defer { try? statement.reset() }
        guard try statement.step() else { return nil }
        return statement.isNull(0) ? nil : statement.int(0)
    }

    /// Runs a query and returns the first column of its first row as text, or nil.
    /// - Throws: ``SQLiteError`` when the query fails.
    public func scalarText(sql: String, arguments: [any SQLiteBindable] = []) throws -> String? {
        let statement = try cachedStatement(sql: sql)
        try statement.bind(arguments)
        defer { try? statement.reset() }
        guard try statement.step() else { return nil }
        return statement.text(0)
    }

    /// The rowid of the last row inserted by this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The number of rows the last INSERT, UPDATE or DELETE changed.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// True while a transaction is open.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The version of the SQLite library in use, such as "3.40.1".
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }

    /// Asks a running statement to stop at its next step; safe to call from another thread.
    public func interrupt() { sqlite3_interrupt(handle) }

    func makeError(code: Int32, sql: String?) -> SQLiteError {
        SQLiteError(
            code: sqlite3_extended_errcode(handle),
            message: String(cString: sqlite3_errmsg(handle)),
            sql: sql)
    }
}

extension Connection {
    /// The number of statements compiled and not yet finalized on this connection.
    var openStatementCount: Int {
        var count = 0
        var statement = sqlite3_next_stmt(handle, nil)
        while let current = statement {
            count += 1
            statement = sqlite3_next_stmt(handle, current)
        }
        return count
    }

    /// The number of statements kept for reuse by ``cachedStatement(sql:)``.
    var cachedStatementCount: Int { statementCache.count }
}
