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
        try writeRecord(
            row.enumerated().map { index, value in
                guard listIndexes.contains(index), case .text(let json) = value else {
                    return value
                }
                return .text(JSONListText.decode(json).joined(separator: listSeparator))
            })
    }

    public func end() throws { try sink.finish() }

    private func writeRecord(_ values: [SQLiteValue]) throws {
        var line: [UInt8] = []
        line.reserveCapacity(256)
        for (index, value) in values.enumerated() {
            if index > 0 { line.append(comma) }
            switch value {
            case .null: break
            case .integer(let integer): line.append(contentsOf: String(integer).utf8)
            case .real(let real): line.append(contentsOf: String(real).utf8)
            case .text(let text): appendField(text, to: &line)
            case .blob(let bytes): line.append(contentsOf: Self.hex(bytes).utf8)
            }
        }
        line.append(contentsOf: [carriageReturn, lineFeed])
        try sink.write(bytes: line)
    }

    /// Appends one field, quoted only when it must be, working on UTF-8 bytes: the hot path of
    /// every export.
    private func appendField(_ text: String, to line: inout [UInt8]) {
        let utf8 = text.utf8
        let guarded =
            safeFormulas
            && utf8.first.map { [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains($0) } == true
        var needsQuotes = utf8.isEmpty
        if !needsQuotes {
            for byte in utf8
            where byte == comma || byte == quote || byte == carriageReturn || byte == lineFeed {
                needsQuotes = true
                break
            }
        }
        if needsQuotes { line.append(quote) }
        if guarded { line.append(0x27) }
        if needsQuotes {
            for byte in utf8 {
                if byte == quote { line.append(quote) }
                line.append(byte)
            }
            line.append(quote)
        } else {
            line.append(contentsOf: utf8)
        }
    }

    /// Bytes as lower-case hexadecimal, two digits each.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            result.append(digits[Int(byte >> 4)])
            result.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: result, as: UTF8.self)
    }
}

private let comma: UInt8 = 0x2C
private let quote: UInt8 = 0x22
private let carriageReturn: UInt8 = 0x0D
private let lineFeed: UInt8 = 0x0A
