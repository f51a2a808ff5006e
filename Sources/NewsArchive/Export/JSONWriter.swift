/// Writes rows as JSON objects keyed by column name: one per line (JSON Lines) or all in one
/// array.
///
/// Integers and reals are numbers, NULL is `null`, text is a string, and list columns are
/// arrays of strings.
public final class JSONWriter: RowWriter {
    private let sink: OutputSink
    private let asArray: Bool
    private var keys: [String] = []
    private var isList: [Bool] = []
    private var isRawJSON: [Bool] = []
    private var rowsWritten = 0

    /// Creates a writer of JSON Lines, or of one JSON array when `asArray` is true.
    public init(sink: OutputSink, asArray: Bool) {
        self.sink = sink
        self.asArray = asArray
    }

    public func begin(columns: [String]) throws {
        keys = columns.map { JSONString.quoted($0) + ":" }
        isList = columns.map(isListColumn)
        isRawJSON = columns.map(isRawJSONColumn)
        if asArray { try sink.write("[") }
    }

    public func write(_ row: [SQLiteValue]) throws {
        var line = asArray ? (rowsWritten == 0 ? "\n" : ",\n") : ""
        line += "{"
        for (index, value) in row.enumerated() {
            if index > 0 { line += "," }
            line += keys[index]
            switch value {
            case .null: line += "null"
            case .integer(let integer): line += String(integer)
            case .real(let real): line += real.isFinite ? String(real) : "null"
            case .text(let text) where isRawJSON[index]:
                line += text
            case .text(let text) where isList[index]:
                line +=
                    "[" + JSONListText.decode(text).map(JSONString.quoted).joined(separator: ",")
                    + "]"
            case .text(let text): line += JSONString.quoted(text)
            case .blob(let bytes):
                line += JSONString.quoted(CSVWriter.hex(bytes))
            }
        }
        line += asArray ? "}" : "}\n"
        rowsWritten += 1
        try sink.write(line)
    }

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
        bytes.append(0x22)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20:
                // "\u00" and two lower-case hexadecimal digits; the first is 0 or 1.
                let low = byte & 0x0F
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, 0x30 + (byte >> 4)])
                bytes.append(low < 10 ? 0x30 + low : 0x57 + low)
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                let second = iterator.next()
                let third = second == 0x80 ? iterator.next() : nil
                if let third, third == 0xA8 || third == 0xA9 {
                    bytes.append(contentsOf: [
                        0x5C, 0x75, 0x32, 0x30, 0x32, third == 0xA8 ? 0x38 : 0x39,
                    ])
                } else {
                    bytes.append(byte)
                    if let second { bytes.append(second) }
                    if let third { bytes.append(third) }
                }
            default: bytes.append(byte)
            }
        }
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
