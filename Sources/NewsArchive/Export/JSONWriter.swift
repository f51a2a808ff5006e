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
    private var rowsWritten = 0

    /// Creates a writer of JSON Lines, or of one JSON array when `asArray` is true.
    public init(sink: OutputSink, asArray: Bool) {
        self.sink = sink
        self.asArray = asArray
    }

    public func begin(columns: [String]) throws {
        keys = columns.map { JSONString.quoted($0) + ":" }
        isList = columns.map { listColumns.contains($0) }
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
            case .text(let text) where isList[index]:
                line += "[" + JSONListText.decode(text).map(JSONString.quoted).joined(separator: ",") + "]"
            case .text(let text): line += JSONString.quoted(text)
            case .blob(let bytes):
                line += JSONString.quoted(bytes.map { String($0, radix: 16) }.joined())
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

/// JSON string literals, written by hand because it is the hot path of every export.
enum JSONString {
    /// The string as a JSON literal, with quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        var start = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        var index = start
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let escape: String? =
                switch scalar {
                case "\"": "\\\""
                case "\\": "\\\\"
                case "\n": "\\n"
                case "\r": "\\r"
                case "\t": "\\t"
                case _ where scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}":
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                default: nil
                }
            if let escape {
                result.unicodeScalars.append(contentsOf: scalars[start..<index])
                result += escape
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        result.unicodeScalars.append(contentsOf: scalars[start..<scalars.endIndex])
        result += "\""
        return result
    }
}

import Foundation

/// Reads the JSON arrays of strings that list columns hold.
enum JSONListText {
    /// The strings in a JSON array; the text itself as one item when it is not an array.
    static func decode(_ json: String) -> [String] {
        guard json.hasPrefix("["),
            let values = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any]
        else { return json.isEmpty ? [] : [json] }
        return values.map { value in
            if let text = value as? String { return text }
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) {
                return String(decoding: data, as: UTF8.self)
            }
            return "\(value)"
        }
    }
}
