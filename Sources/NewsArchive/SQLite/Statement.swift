import CSQLite

// https://www.sqlite.org/c3ref/c_static.html: SQLITE_TRANSIENT makes SQLite copy the bytes
// before the bind call returns, so Swift's temporary buffers may go away.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A compiled SQL statement: the only owner of a `sqlite3_stmt*`, finalized when released.
///
/// ```swift
/// let statement = try db.prepare(sql: "SELECT id, headline FROM articles WHERE id > ?")
/// try statement.bind([10])
/// while try statement.step() {
///     print(statement.int(0), statement.text(1) ?? "")
/// }
/// ```
public final class Statement {
    let handle: OpaquePointer
    /// The SQL the statement was compiled from.
    public let sql: String
    // The connection's handle, not the connection: the connection caches statements, so a
    // strong reference back would keep both alive for ever. A statement may outlive its
    // connection safely, since the connection closes with sqlite3_close_v2.
    private let databaseHandle: OpaquePointer
    // Set for statements the caller owns (not cached ones), so their connection stays open
    // while they are in use.
    private let owner: Connection?

    init(connection: Connection, sql: String, retainsConnection: Bool) throws {
        var pointer: OpaquePointer?
        let code = sqlite3_prepare_v3(connection.handle, sql, -1, 0, &pointer, nil)
        guard code == SQLITE_OK else { throw connection.makeError(code: code, sql: sql) }
        guard let pointer else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "no statement in SQL", sql: sql)
        }
        self.handle = pointer
        self.sql = sql
        self.databaseHandle = connection.handle
        self.owner = retainsConnection ? connection : nil
    }

    private func makeError(code: Int32) -> SQLiteError {
        SQLiteError(
            code: sqlite3_extended_errcode(databaseHandle),
            message: String(cString: sqlite3_errmsg(databaseHandle)), sql: sql)
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds values to the statement's parameters, in order (`?1`, `?2`, ...).
    /// - Throws: ``SQLiteError`` when a value cannot be bound or there are too many values.
    public func bind(_ values: [any SQLiteBindable]) throws {
        for (offset, value) in values.enumerated() {
            try bind(value.sqliteValue, at: Int32(offset + 1))
        }
    }

    /// Binds one value to the parameter at a 1-based index.
    /// - Throws: ``SQLiteError`` when the index is out of range or SQLite refuses the value.
    public func bind(_ value: SQLiteValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let integer):
            code = sqlite3_bind_int64(handle, index, integer)
        case .real(let real):
            code = sqlite3_bind_double(handle, index, real)
        case .text(let text):
            code = bindText(text, at: index)
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress, raw.count > 0 else {
                    return sqlite3_bind_zeroblob(handle, index, 0)
                }
                return sqlite3_bind_blob(handle, index, base, Int32(raw.count), sqliteTransient)
            }
        }
        guard code == SQLITE_OK else { throw makeError(code: code) }
    }

    /// Binds an integer to the parameter at a 1-based index, or NULL for nil, without
    /// going through ``SQLiteValue``: for statements run once per row written.
    /// - Throws: ``SQLiteError`` when the index is out of range.
    public func bind(_ value: Int64?, at index: Int32) throws {
        let code =
            if let value { sqlite3_bind_int64(handle, index, value) } else {
                sqlite3_bind_null(handle, index)
            }
        guard code == SQLITE_OK else { throw makeError(code: code) }
    }

    /// Binds text to the parameter at a 1-based index, or NULL for nil.
    /// - Throws: ``SQLiteError`` when the index is out of range or the text is too long.
    public func bind(_ text: String?, at index: Int32) throws {
        let code =
            if let text { bindText(text, at: index) } else { sqlite3_bind_null(handle, index) }
        guard code == SQLITE_OK else { throw makeError(code: code) }
    }

    private func bindText(_ text: String, at index: Int32) -> Int32 {
        var text = text
        // The byte count, not -1, so text with an embedded NUL is stored whole.
        return text.withUTF8 { bytes -> Int32 in
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                return sqlite3_bind_text(handle, index, "", 0, sqliteTransient)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), sqliteTransient)
            }
        }
    }

    /// Binds a value to a named parameter such as `:key`.
    /// - Throws: ``SQLiteError`` when the statement has no such parameter.
    public func bind(_ value: any SQLiteBindable, named name: String) throws {
        let index = sqlite3_bind_parameter_index(handle, name)
        guard index > 0 else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
        }
        try bind(value.sqliteValue, at: index)
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() { sqlite3_clear_bindings(handle) }

    /// Advances to the next row: true when a row is ready to read, false when done.
    /// - Throws: ``SQLiteError`` when the statement fails.
    @discardableResult
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            let error = makeError(code: code)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs the statement to completion, ignoring any rows, and resets it for reuse.
    /// - Throws: ``SQLiteError`` when the statement fails.
    public func run() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Runs the statement to completion and returns the first column of every row as an
    /// integer: the ids a query selects.
    /// - Throws: ``SQLiteError`` when the statement fails.
    public func ids() throws -> [Int64] {
        var ids: [Int64] = []
        while try step() { ids.append(sqlite3_column_int64(handle, 0)) }
        return ids
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    /// - Throws: ``SQLiteError`` when the last run of the statement had failed.
    public func reset() throws {
        let code = sqlite3_reset(handle)
        guard code == SQLITE_OK else { throw makeError(code: code) }
    }

    /// The number of columns in each result row.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// The name of the result column at an index.
    public func columnName(_ index: Int) -> String {
        String(cString: sqlite3_column_name(handle, Int32(index)))
    }

    /// The names of all result columns.
    public var columnNames: [String] { (0..<columnCount).map(columnName) }

    /// True when the column of the current row is NULL.
    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// The column of the current row as an integer (0 for NULL).
    public func int(_ index: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(index))) }

    /// The column of the current row as a double (0 for NULL).
    public func double(_ index: Int) -> Double { sqlite3_column_double(handle, Int32(index)) }

    /// The column of the current row as text, or nil for NULL. Embedded NULs are kept.
    public func text(_ index: Int) -> String? {
        let column = Int32(index)
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// The column of the current row as raw bytes: a blob, or text in UTF-8.
    public func bytes(_ index: Int) -> UnsafeRawBufferPointer {
        let column = Int32(index)
        let pointer = sqlite3_column_blob(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        return UnsafeRawBufferPointer(start: pointer, count: count)
    }

    /// The column of the current row as a blob, or nil for NULL.
    public func blob(_ index: Int) -> [UInt8]? {
        if isNull(index) { return nil }
        return Array(bytes(index))
    }

    /// A column of the current row, its text or blob lent as the bytes SQLite holds.
    enum BorrowedValue {
        case null
        case integer(Int64)
        case real(Double)
        /// UTF-8 as stored: valid UTF-8 unless another program wrote the database.
        case text(UnsafeRawBufferPointer)
        case blob(UnsafeRawBufferPointer)
    }

    /// The column of the current row without copying its bytes into a `String` or an array:
    /// the bytes are valid only until the statement steps, resets or reads this column as
    /// another type, so copy them out before then.
    func borrowedValue(_ index: Int) -> BorrowedValue {
        let column = Int32(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            // https://www.sqlite.org/c3ref/column_blob.html: call sqlite3_column_text() first,
            // then sqlite3_column_bytes(), so the count is of the UTF-8 the pointer shows.
            let pointer = sqlite3_column_text(handle, column)
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
        case SQLITE_BLOB:
            let pointer = sqlite3_column_blob(handle, column)
            let count = Int(sqlite3_column_bytes(handle, column))
            return .blob(UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
        default: return .null
        }
    }

    /// The column of the current row in its own storage class.
    public func value(_ index: Int) -> SQLiteValue {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: .integer(sqlite3_column_int64(handle, Int32(index)))
        case SQLITE_FLOAT: .real(double(index))
        case SQLITE_TEXT: .text(text(index) ?? "")
        case SQLITE_BLOB: .blob(blob(index) ?? [])
        default: .null
        }
    }
}
