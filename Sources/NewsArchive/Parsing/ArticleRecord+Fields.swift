import FoundationEssentials

/// Any JSON value, kept only as far as a record's fields need it.
enum JSONField: Decodable, Equatable {
    case null
    case string(String)
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case array([JSONField])
    case object

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let integer = try? container.decode(Int64.self) {
            self = .integer(integer)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let array = try? container.decode([JSONField].self) {
            self = .array(array)
        } else {
            self = .object
        }
    }

    /// The kind of value with an article, for messages: "a number", "an array".
    var kind: String {
        switch self {
        case .null: return "null"
        case .string: return "a string"
        case .bool: return "a boolean"
        case .integer, .number: return "a number"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// The known fields of a record, each decoded only if present.
struct RecordFields: Decodable, Equatable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static let names = [
        "text", "body", "id", "url", "title", "headline", "published", "date", "publication",
        "source", "authors", "byline", "author",
    ]

    /// The known fields present and not null, by name.
    var values: [String: JSONField] = [:]

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        for name in RecordFields.names {
            let key = Key(stringValue: name)
            guard container.contains(key) else { continue }
            let value = try container.decode(JSONField.self, forKey: key)
            if value != .null { values[name] = value }
        }
    }

    /// The first of the names present, with the name it was found under.
    func first(of names: String...) -> (JSONField, String)? {
        for name in names {
            if let value = values[name] { return (value, name) }
        }
        return nil
    }

    /// A string field, trimmed; nil when absent or blank.
    func string(_ names: String...) throws(ArticleRecordError) -> String? {
        for name in names {
            guard let value = values[name] else { continue }
            guard case .string(let string) = value else {
                throw .wrongType(field: name, expected: "a string", found: value.kind)
            }
            let trimmed = string.trimmingWhiteSpace()
            return trimmed.isEmpty ? nil : String(trimmed)
        }
        return nil
    }

    /// The `id` as text: a string as it is, a number in its shortest form ("42", "4.5").
    func identifier() throws(ArticleRecordError) -> String? {
        guard let value = values["id"] else { return nil }
        switch value {
        case .string(let string):
            let trimmed = string.trimmingWhiteSpace()
            return trimmed.isEmpty ? nil : String(trimmed)
        case .integer(let integer):
            return String(integer)
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        default:
            throw .wrongType(field: "id", expected: "a string or a number", found: value.kind)
        }
    }

    /// Authors given as a string or a list of strings, the list joined as "A, B and C"; a
    /// leading "By" is dropped.
    func authors(_ names: String...) throws(ArticleRecordError) -> String? {
        for name in names {
            guard let value = values[name] else { continue }
            var authors: [String] = []
            switch value {
            case .string(let string):
                authors = [string]
            case .array(let elements):
                for element in elements {
                    guard case .string(let string) = element else {
                        throw .wrongType(
                            field: name, expected: "a string or an array of strings",
                            found: "an array holding \(element.kind)")
                    }
                    authors.append(string)
                }
            default:
                throw .wrongType(
                    field: name, expected: "a string or an array of strings", found: value.kind)
            }
            let cleaned = authors.map { author -> String in
                let trimmed = author.trimmingWhiteSpace()
                if trimmed.prefix(3).lowercased() == "by " {
                    return String(trimmed.dropFirst(3).trimmingWhiteSpace())
                }
                return String(trimmed)
            }.filter { !$0.isEmpty }
            switch cleaned.count {
            case 0: return nil
            case 1: return cleaned[0]
            default:
                return cleaned.dropLast().joined(separator: ", ") + " and "
                    + cleaned[cleaned.count - 1]
            }
        }
        return nil
    }
}
