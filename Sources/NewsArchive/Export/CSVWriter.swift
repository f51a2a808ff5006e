/// Writes RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold `,` `"` CR
/// or LF, embedded quotes doubled.
///
/// NULL is written as an empty field and the empty string as `""`, so the two stay apart.
/// List columns are joined with ``listSeparator``. With `safeFormulas`, a cell starting with
/// `=` `+` `-` `@` tab or CR gets a leading `'` so a spreadsheet shows it instead of running it
/// (OWASP "CSV injection"); it is off by default so research data stays byte-exact.
public final class CSVWriter: RowWriter, StatementRowWriter {
    private let sink: OutputSink
    private let safeFormulas: Bool
    private let bom: Bool
    private var isList: [Bool] = []

    /// Creates a CSV writer.
    public init(sink: OutputSink, safeFormulas: Bool = false, bom: Bool = false) {
        self.sink = sink
        self.safeFormulas = safeFormulas
        self.bom = bom
    }

    public func begin(columns: [String]) throws {
        if bom { try sink.write(bytes: [0xEF, 0xBB, 0xBF]) }
        isList = columns.map(isListColumn)
        try sink.appending { line in
            for (index, name) in columns.enumerated() {
                if index > 0 { line.append(comma) }
                CSVField.append(name, guardsFormulas: safeFormulas, to: &line)
            }
            line.append(contentsOf: [0x0D, 0x0A])
        }
    }

    public func write(_ row: [SQLiteValue]) throws {
        let isList = isList
        try sink.appending { line in
            for (index, value) in row.enumerated() {
                if index > 0 { line.append(comma) }
                switch value {
                case .null: break
                case .integer(let integer): CSVField.appendDecimal(integer, to: &line)
                case .real(let real): line.append(contentsOf: String(real).utf8)
                case .text(let json) where index < isList.count && isList[index]:
                    appendList(json, to: &line)
                case .text(let text):
                    CSVField.append(text, guardsFormulas: safeFormulas, to: &line)
                case .blob(let bytes):
                    bytes.withUnsafeBytes { CSVField.appendHex($0, to: &line) }
                }
            }
            line.append(contentsOf: [0x0D, 0x0A])
        }
    }

    func writeCurrentRow(of statement: Statement) throws {
        let isList = isList
        try sink.appending { line in
            for index in isList.indices {
                if index > 0 { line.append(comma) }
                switch statement.borrowedValue(index) {
                case .null: break
                case .integer(let integer): CSVField.appendDecimal(integer, to: &line)
                case .real(let real): line.append(contentsOf: String(real).utf8)
                case .text(let bytes) where isList[index]:
                    // Most list cells are empty; the rest go through JSON like the other path.
                    if bytes.elementsEqual(emptyList) {
                        line.append(contentsOf: [quote, quote])
                    } else {
                        appendList(String(decoding: bytes, as: UTF8.self), to: &line)
                    }
                case .text(let bytes):
                    if !CSVField.append(bytes, guardsFormulas: safeFormulas, to: &line) {
                        // Not UTF-8 (another program wrote it): write what a String of it
                        // holds, U+FFFD for each bad sequence, as reading it as a value does.
                        CSVField.append(
                            String(decoding: bytes, as: UTF8.self), guardsFormulas: safeFormulas,
                            to: &line)
                    }
                case .blob(let bytes): CSVField.appendHex(bytes, to: &line)
                }
            }
            line.append(contentsOf: [0x0D, 0x0A])
        }
    }

    public func end() throws { try sink.finish() }

    private func appendList(_ json: String, to line: inout [UInt8]) {
        CSVField.append(
            JSONListText.decode(json).joined(separator: listSeparator),
            guardsFormulas: safeFormulas, to: &line)
    }

    /// Bytes as lower-case hexadecimal, two digits each.
    static func hex(_ bytes: [UInt8]) -> String {
        var line: [UInt8] = []
        bytes.withUnsafeBytes { CSVField.appendHex($0, to: &line) }
        return String(decoding: line, as: UTF8.self)
    }
}

private let comma: UInt8 = 0x2C
private let quote: UInt8 = 0x22
private let emptyList: [UInt8] = [0x5B, 0x5D]
