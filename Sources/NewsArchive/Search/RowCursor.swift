/// Rows of a query, read one at a time: the way search results and exports stream out.
public final class RowCursor {
    /// The names of the columns, in order.
    public let columns: [String]
    private let statement: Statement
    private let transform: ((inout [SQLiteValue]) -> Void)?

    /// `transform` rewrites each row in place (a row the statement gives, with `columns`
    /// naming what it leaves).
    init(
        statement: Statement, columns: [String]? = nil,
        transform: ((inout [SQLiteValue]) -> Void)? = nil
    ) {
        self.statement = statement
        self.columns = columns ?? statement.columnNames
        self.transform = transform
    }

    /// The next row, or nil when there are no more.
    /// - Throws: ``SQLiteError`` when the query fails.
    public func next() throws -> [SQLiteValue]? {
        guard try statement.step() else { return nil }
        return currentRow()
    }

    private func currentRow() -> [SQLiteValue] {
        var row = (0..<statement.columnCount).map(statement.value)
        transform?(&row)
        return row
    }

    /// Writes up to `limit` rows (all when nil) and reports how many were written and how
    /// many were left: counted when `countsRest` is true, else 1 to say "some".
    /// - Throws: ``SQLiteError`` or ``ExportError``.
    @discardableResult
    public func copy(to writer: any RowWriter, limit: Int? = nil, countsRest: Bool = false)
        throws -> (written: Int, left: Int)
    {
        try writer.begin(columns: columns)
        // Rows as they are, to a writer that can read them from the statement itself.
        let direct =
            transform == nil && columns.count == statement.columnCount
            ? writer as? any StatementRowWriter : nil
        var written = 0
        var left = 0
        while try statement.step() {
            if let limit, written >= limit {
                left = 1
                if countsRest { while try statement.step() { left += 1 } }
                break
            }
            if let direct {
                try direct.writeCurrentRow(of: statement)
            } else {
                try writer.write(currentRow())
            }
            written += 1
        }
        try writer.end()
        return (written, left)
    }
}
