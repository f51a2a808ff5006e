/// Writes RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold `,` `"` CR
/// or LF, embedded quotes doubled.
///
/// NULL is written as an empty field and the empty string as `""`, so the two stay apart.
/// List columns are joined with ``listSeparator``. With `safeFormulas`, a cell starting with
/// `=` `+` `-` `@` tab or CR gets a leading `'` so a spreadsheet shows it instead of running it
/// (OWASP "CSV injection"); it is off by default so research data stays byte-exact.
public final class CSVWriter: RowWriter {
    private let sink: OutputSink
    private let safeFormulas: Bool
    private let bom: Bool
    private var listIndexes: Set<Int> = []

    /// Creates a CSV writer.
    public init(sink: OutputSink, safeFormulas: Bool = false, bom: Bool = false) {
        self.sink = sink
        self.safeFormulas = safeFormulas
        self.bom = bom
    }

    public func begin(columns: [String]) throws {
        if bom { try sink.write(bytes: [0xEF, 0xBB, 0xBF]) }
        listIndexes = Set(columns.indices.filter { listColumns.contains(columns[$0]) })
        try writeRecord(columns.map { .text($0) })
    }

    public func write(_ row: [SQLiteValue]) throws {
        try writeRecord(row.enumerated().map { index, value in
            guard listIndexes.contains(index), case .text(let json) = value else { return value }
            return .text(JSONListText.decode(json).joined(separator: listSeparator))
        })
    }

    public func end() throws { try sink.finish() }

    private func writeRecord(_ values: [SQLiteValue]) throws {
        var line = ""
        for (index, value) in values.enumerated() {
            if index > 0 { line += "," }
            switch value {
            case .null: break
            case .integer(let integer): line += String(integer)
            case .real(let real): line += String(real)
            case .text(let text): line += field(text)
            case .blob(let bytes): line += field(bytes.map { String($0, radix: 16) }.joined())
            }
        }
        line += "\r\n"
        try sink.write(line)
    }

    private func field(_ raw: String) -> String {
        var text = raw
        if safeFormulas, let first = text.unicodeScalars.first,
            ["=", "+", "-", "@", "\t", "\r"].contains(first)
        {
            text = "'" + text
        }
        let needsQuotes =
            text.isEmpty
            || text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
