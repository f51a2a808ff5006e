/// Writes rows as aligned columns for a terminal, cutting long cells so a row fits one line.
public final class TableWriter: RowWriter {
    private let sink: OutputSink
    private let width: Int
    private var columns: [String] = []
    private var rows: [[String]] = []

    /// Creates a table writer for a terminal `width` columns wide.
    public init(sink: OutputSink, width: Int) {
        self.sink = sink
        self.width = max(40, width)
    }

    public func begin(columns: [String]) throws { self.columns = columns }

    public func write(_ row: [SQLiteValue]) throws {
        rows.append(
            row.enumerated().map { index, value in
                let text: String
                switch value {
                case .null: text = ""
                case .integer(let integer): text = String(integer)
                case .real(let real): text = real.fixedPointText(places: 3)
                case .text(let raw) where isListColumn(columns[index]):
                    text = JSONListText.decode(raw).joined(separator: listSeparator)
                case .text(let raw): text = raw
                case .blob(let bytes): text = "<\(bytes.count) bytes>"
                }
                return text.split(whereSeparator: \.isNewline).joined(separator: " ")
            })
    }

    public func end() throws {
        guard !columns.isEmpty else { return try sink.finish() }
        var widths = columns.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        // Shrink the widest columns until the row fits, but never below 8 characters.
        let available = width - 2 * (columns.count - 1)
        while widths.reduce(0, +) > available,
            let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > 8
        {
            widths[widest] -= 1
        }
        try sink.write(line(columns, widths: widths))
        try sink.write(line(widths.map { String(repeating: "-", count: $0) }, widths: widths))
        for row in rows { try sink.write(line(row, widths: widths)) }
        try sink.finish()
    }

    private func line(_ cells: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let cut =
                cell.count > widths[index] ? String(cell.prefix(widths[index] - 1)) + "…" : cell
            parts.append(cut + String(repeating: " ", count: max(0, widths[index] - cut.count)))
        }
        var text = parts.joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text + "\n"
    }
}
