/// A JSON document with object keys kept in order, for records such as `show ARTICLE`.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case real(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A value read from a database column; list columns become arrays of strings.
    public init(_ value: SQLiteValue, isList: Bool = false) {
        switch value {
        case .null: self = .null
        case .integer(let integer): self = .integer(integer)
        case .real(let real): self = .real(real)
        case .text(let text) where isList:
            self = .array(JSONListText.decode(text).map { .string($0) })
        case .text(let text): self = .string(text)
        case .blob(let bytes): self = .array(bytes.map { .integer(Int64($0)) })
        }
    }

    /// The value at a key of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// The document as JSON text, indented by two spaces per level when `pretty`.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(to: &out, indent: pretty ? 0 : nil)
        return out
    }

    private func write(to out: inout String, indent: Int?) {
        let newline = indent.map { "\n" + String(repeating: "  ", count: $0 + 1) } ?? ""
        let closing = indent.map { "\n" + String(repeating: "  ", count: $0) } ?? ""
        let inner = indent.map { $0 + 1 }
        switch self {
        case .null: out += "null"
        case .bool(let bool): out += bool ? "true" : "false"
        case .integer(let integer): out += String(integer)
        case .real(let real): out += real.isFinite ? String(real) : "null"
        case .string(let string): out += JSONString.quoted(string)
        case .array(let values):
            guard !values.isEmpty else { return out += "[]" }
            out += "["
            for (index, value) in values.enumerated() {
                out += (index > 0 ? "," : "") + newline
                value.write(to: &out, indent: inner)
            }
            out += closing + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { return out += "{}" }
            out += "{"
            for (index, (key, value)) in pairs.enumerated() {
                out += (index > 0 ? "," : "") + newline + JSONString.quoted(key)
                out += indent == nil ? ":" : ": "
                value.write(to: &out, indent: inner)
            }
            out += closing + "}"
        }
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized(pretty: false) == rhs.serialized(pretty: false)
    }
}
