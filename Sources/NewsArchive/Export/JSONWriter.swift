/// Writes rows as JSON objects keyed by column name: one per line (JSON Lines) or all in one
/// array.
///
/// Integers and reals are numbers, NULL is `null`, text is a string, and list columns are
/// arrays of strings.
public final class JSONWriter: RowWriter {
    private let sink: OutputSink
    private let asArray: Bool
    private var keys: [[UInt8]] = []
    private var isList: [Bool] = []
    private var isRawJSON: [Bool] = []
    private var rowsWritten = 0

    /// Creates a writer of JSON Lines, or of one JSON array when `asArray` is true.
    public init(sink: OutputSink, asArray: Bool) {
        self.sink = sink
        self.asArray = asArray
    }

    public func begin(columns: [String]) throws {
        keys = columns.map { Array((JSONString.quoted($0) + ":").utf8) }
        isList = columns.map(isListColumn)
        isRawJSON = columns.map(isRawJSONColumn)
        if asArray { try sink.write("[") }
    }

    // Straight into the sink's buffer: building each line as a String cost an allocation and
    // a copy per value, most of what a search spends writing its rows.
    public func write(_ row: [SQLiteValue]) throws {
        let (keys, isList, isRawJSON) = (keys, isList, isRawJSON)
        let separator: [UInt8] = asArray ? (rowsWritten == 0 ? [0x0A] : [0x2C, 0x0A]) : []
        let end: [UInt8] = asArray ? [0x7D] : [0x7D, 0x0A]
        rowsWritten += 1
        try sink.appending { line in
            line.append(contentsOf: separator)
            line.append(0x7B)
            for (index, value) in row.enumerated() {
                if index > 0 { line.append(0x2C) }
                line.append(contentsOf: keys[index])
                switch value {
                case .null: line.append(contentsOf: Self.null)
                case .integer(let integer): CSVField.appendDecimal(integer, to: &line)
                case .real(let real):
                    if real.isFinite {
                        line.append(contentsOf: String(real).utf8)
                    } else {
                        line.append(contentsOf: Self.null)
                    }
                case .text(let text) where isRawJSON[index]:
                    line.append(contentsOf: text.utf8)
                case .text(let text) where isList[index]:
                    line.append(0x5B)
                    for (position, item) in JSONListText.decode(text).enumerated() {
                        if position > 0 { line.append(0x2C) }
                        JSONString.appendQuoted(item, to: &line)
                    }
                    line.append(0x5D)
                case .text(let text): JSONString.appendQuoted(text, to: &line)
                case .blob(let bytes):
                    JSONString.appendQuoted(CSVWriter.hex(bytes), to: &line)
                }
            }
            line.append(contentsOf: end)
        }
    }

    private static let null: [UInt8] = Array("null".utf8)

    public func end() throws {
        if asArray { try sink.write(rowsWritten == 0 ? "]\n" : "\n]\n") }
        try sink.finish()
    }
}

/// JSON string literals, written by hand on UTF-8 bytes because it is the hot path of every
/// export.
enum JSONString {
    /// The string as a JSON literal, with quotes, backslashes and control characters escaped
    /// (and U+2028, U+2029, which some JavaScript parsers take for line ends).
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the string as a JSON literal to UTF-8 bytes, so a list of strings is written
    /// into one buffer.
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendQuoted($0, to: &bytes) }
    }

    // Runs of bytes that need no escape are copied whole; only `"`, `\`, control characters
    // and the first byte of U+2028 and U+2029 (E2 80 A8, E2 80 A9) stop a run.
    private static func appendQuoted(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var runStart = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 else {
                index += 1
                continue
            }
            if byte == 0xE2 {
                guard index + 2 < text.count, text[index + 1] == 0x80,
                    text[index + 2] == 0xA8 || text[index + 2] == 0xA9
                else {
                    index += 1
                    continue
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0xE2:
                // U+2028 or U+2029, which some JavaScript parsers take for line ends.
                bytes.append(contentsOf: [
                    0x5C, 0x75, 0x32, 0x30, 0x32, text[index + 2] == 0xA8 ? 0x38 : 0x39,
                ])
                index += 2
            default:
                // "\u00" and two lower-case hexadecimal digits; the first is 0 or 1.
                let low = byte & 0x0F
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, 0x30 + (byte >> 4)])
                bytes.append(low < 10 ? 0x30 + low : 0x57 + low)
            }
            index += 1
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
        bytes.append(0x22)
    }
}

/// Reads the JSON arrays of strings that list columns hold.
enum JSONListText {
    /// The strings in a JSON array of strings; the text itself as one item when it is not one.
    static func decode(_ json: String) -> [String] {
        guard json.hasPrefix("[") else { return json.isEmpty ? [] : [json] }
        return Array(json.utf8).withUnsafeBufferPointer { bytes in
            var cursor = JSONCursor(bytes: bytes)
            guard let strings = cursor.stringArray(), cursor.isAtEnd else { return [json] }
            return strings
        }
    }
}
