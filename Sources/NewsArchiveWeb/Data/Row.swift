import Foundation
import NewsArchive

/// One result row, its values in column order and read by column name.
struct Row: Sendable {
    /// The column names, in order.
    let columns: [String]
    /// The values, in the order of ``columns``.
    let values: [SQLiteValue]

    private func value(_ column: String) -> SQLiteValue? {
        columns.firstIndex(of: column).map { values[$0] }
    }

    /// The column as text (numbers written out); nil for NULL or a missing column.
    func text(_ column: String) -> String? {
        switch value(column) {
        case .text(let text)?: text
        case .integer(let integer)?: String(integer)
        case .real(let real)?: String(real)
        default: nil
        }
    }

    /// The column as a whole number; nil for anything else.
    func int(_ column: String) -> Int? {
        if case .integer(let integer)? = value(column) { return Int(integer) }
        return nil
    }

    /// The items of a list column (a JSON array of strings).
    func list(_ column: String) -> [String] {
        guard let json = text(column) else { return [] }
        return JSONValue.decodeList(json)
    }
}

extension RowCursor {
    /// Up to `limit` rows, read by name.
    /// - Throws: ``SQLiteError``.
    func rows(limit: Int = .max) throws -> [Row] {
        var rows: [Row] = []
        while rows.count < limit, let values = try next() {
            rows.append(Row(columns: columns, values: values))
        }
        return rows
    }
}

extension JSONValue {
    /// The strings of a JSON array of strings, such as a list column holds.
    static func decodeList(_ json: String) -> [String] {
        guard let data = json.data(using: .utf8),
            let items = try? JSONDecoder().decode([String].self, from: data)
        else { return json.isEmpty || json == "[]" ? [] : [json] }
        return items
    }
}

extension JSONValue {
    /// The value as text: strings as they are, numbers written out; nil otherwise.
    var text: String? {
        switch self {
        case .string(let string): string
        case .integer(let integer): String(integer)
        case .real(let real): String(real)
        default: nil
        }
    }

    /// The value as a whole number, or nil.
    var int: Int? {
        if case .integer(let integer) = self { return Int(integer) }
        return nil
    }

    /// The items of an array (empty for anything else).
    var items: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }
}
