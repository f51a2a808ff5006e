import NewsArchive

/// The formats the API writes rows in: those of the command line's `--format`, less the table.
enum APIFormat: String, CaseIterable, Sendable {
    case json
    case jsonl
    case csv

    var outputFormat: OutputFormat {
        switch self {
        case .json: .json
        case .jsonl: .jsonl
        case .csv: .csv
        }
    }

    /// How highlighted words appear in snippets: as the command line shows them in this format.
    var snippetStyle: SnippetStyle {
        switch self {
        case .json, .jsonl: .offsets
        case .csv: .markers(open: "**", close: "**")
        }
    }

    var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .jsonl: "application/jsonl; charset=utf-8"
        case .csv: "text/csv; charset=utf-8; header=present"
        }
    }

    /// Rows written by the library's writer for this format, into memory.
    /// - Throws: ``SQLiteError`` or ``ExportError``.
    func response(_ rows: RowCursor, limit: Int?, name: String) throws -> WebResponse {
        let sink = OutputSink.memory()
        try rows.copy(to: makeRowWriter(outputFormat, sink: sink), limit: limit)
        return WebResponse(
            status: 200, contentType: contentType, body: sink.contents,
            filename: "\(name).\(rawValue)")
    }

    /// Rows already read, written by the library's writer for this format.
    /// - Throws: ``ExportError``.
    func response(columns: [String], rows: [Row], name: String) throws -> WebResponse {
        let sink = OutputSink.memory()
        let writer = makeRowWriter(outputFormat, sink: sink)
        try writer.begin(columns: columns)
        for row in rows { try writer.write(row.values) }
        try writer.end()
        return WebResponse(
            status: 200, contentType: contentType, body: sink.contents,
            filename: "\(name).\(rawValue)")
    }
}
