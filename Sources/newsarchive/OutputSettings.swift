import NewsArchive

/// How a command prints rows: the values of `--format`, `--limit` and `--offset`.
struct OutputSettings {
    var format: OutputFormat?
    var limit: Int?
    var offset = 0

    /// What is wrong with the values, or nil.
    var problem: String? {
        if let limit, limit < 0 { return "--limit must be 0 or more, not \(limit)." }
        if offset < 0 { return "--offset must be 0 or more, not \(offset)." }
        return nil
    }

    /// The format in force.
    var resolvedFormat: OutputFormat { format ?? (Terminal.stdoutIsTerminal ? .table : .jsonl) }

    /// How highlighted words in snippets are shown in this format.
    var snippetStyle: SnippetStyle {
        switch resolvedFormat {
        case .json, .jsonl: .offsets
        case .table where Terminal.usesColour: .bold
        case .table, .csv: .markers(open: "**", close: "**")
        }
    }

    /// The number of rows to print: one screenful for a table without --limit.
    var rowLimit: Int? { limit ?? (resolvedFormat == .table ? Terminal.screenful : nil) }

    /// The number of rows to ask the database for: all for a table without --limit, so it can
    /// say how many it did not show.
    var queryLimit: Int? { limit }

    /// Writes the rows to standard output and, for a table, says how many more there are.
    func print(_ rows: RowCursor, emptyMessage: String) throws {
        let isTable = resolvedFormat == .table
        let writer = makeRowWriter(
            resolvedFormat, sink: .standardOutput(), terminalWidth: isTable ? Terminal.width : 100)
        let (written, left) = try rows.copy(to: writer, limit: rowLimit, countsRest: isTable)
        if written == 0 {
            Terminal.note(emptyMessage)
        } else if left > 0 && isTable {
            Terminal.note(
                "… \(left) more row\(left == 1 ? "" : "s"); use --limit N, --offset N or --format csv to see them."
            )
        }
    }
}
