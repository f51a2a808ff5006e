/// Writes rows of values, one at a time, in some output format.
///
/// Call ``begin(columns:)`` once, ``write(_:)`` per row, and ``end()`` once.
public protocol RowWriter {
    /// Starts the output with the column names.
    /// - Throws: ``ExportError`` when the output cannot be written.
    func begin(columns: [String]) throws
    /// Writes one row, its values in the order of the columns.
    /// - Throws: ``ExportError`` when the output cannot be written.
    func write(_ row: [SQLiteValue]) throws
    /// Ends the output and flushes it.
    /// - Throws: ``ExportError`` when the output cannot be written.
    func end() throws
}

/// A writer that reads each row straight from the statement, skipping the `[SQLiteValue]` the
/// row would otherwise be copied into: the hot path of `export`.
protocol StatementRowWriter: RowWriter {
    /// Writes the statement's current row, whose columns are those given to
    /// ``RowWriter/begin(columns:)``.
    /// - Throws: ``ExportError`` when the output cannot be written.
    func writeCurrentRow(of statement: Statement) throws
}

// The two column tests are switches rather than sets: the first Set<String> a process makes
// has the runtime search every protocol conformance in the program for String's Hashable one,
// which a short command such as a search measurably pays for.

/// True for a column name whose text holds a JSON array of strings (aliases, titles, ...):
/// written as an array in JSON and joined with ``listSeparator`` in CSV and tables.
public func isListColumn(_ name: String) -> Bool {
    switch name {
    case "aliases", "titles", "organisations", "mentions", "captions", "other_keys": true
    default: false
    }
}

/// True for a column name whose text is JSON written by the archive itself (a snippet's
/// `matches`, as `[[start, end], ...]`): copied into JSON output as it is.
public func isRawJSONColumn(_ name: String) -> Bool {
    name == "matches"
}

/// The separator between the items of a list column in CSV and tables.
public let listSeparator = "|"

/// Makes the writer for a format.
///
/// - Parameters:
///   - safeFormulas: prefix CSV cells that a spreadsheet would run as a formula with `'`.
///   - bom: start CSV with a UTF-8 byte order mark, for Excel.
///   - terminalWidth: the width tables are cut to.
public func makeRowWriter(
    _ format: OutputFormat, sink: OutputSink, safeFormulas: Bool = false, bom: Bool = false,
    terminalWidth: Int = 120
) -> any RowWriter {
    switch format {
    case .csv: CSVWriter(sink: sink, safeFormulas: safeFormulas, bom: bom)
    case .json: JSONWriter(sink: sink, asArray: true)
    case .jsonl: JSONWriter(sink: sink, asArray: false)
    case .table: TableWriter(sink: sink, width: terminalWidth)
    }
}
