import FoundationEssentials

extension RecordFields {
    /// The fields of a plain record, read in one pass without `JSONDecoder`; nil for anything
    /// else, which `JSONDecoder` then reads (and explains, when it is not valid JSON).
    ///
    /// A plain record is a JSON object in valid UTF-8, with no key twice, whose known fields
    /// hold strings, nulls or arrays of strings; other fields may hold any JSON value. On such a
    /// record the answer is the one `JSONDecoder` gives, at a fraction of its cost: the decoder
    /// spent more on its machinery than on the text.
    static func plain(_ data: Data) -> RecordFields? {
        data.withUnsafeBytes { raw in
            var cursor = JSONCursor(bytes: raw.bindMemory(to: UInt8.self))
            return cursor.plainRecord()
        }
    }
}

/// Reads one JSON object with the few value kinds a plain record's known fields hold; any
/// other input makes it give up (return nil), never guess.
extension JSONCursor {
    fileprivate mutating func plainRecord() -> RecordFields? {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var fields = RecordFields()
        var keys: [String] = []
        skipSpace()
        if !take(UInt8(ascii: "}")) {
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                if keys.contains(key) { return nil }
                keys.append(key)
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                if RecordFields.names.contains(key) {
                    guard let value = knownValue() else { return nil }
                    if let value { fields.values[key] = value }
                } else {
                    guard skipValue(depth: 0) else { return nil }
                }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "}")) else { return nil }
                break
            }
        }
        skipSpace()
        return position == bytes.count ? fields : nil
    }

    /// A known field's value: `.some(nil)` for null, nil to give up.
    private mutating func knownValue() -> JSONField?? {
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            return string().map { .string($0) }
        case UInt8(ascii: "n"):
            return literal("null") ? .some(nil) : nil
        case UInt8(ascii: "["):
            return stringArray().map { .array($0.map(JSONField.string)) }
        default:
            return nil
        }
    }

    /// Steps over any JSON value; false when it is not one.
    private mutating func skipValue(depth: Int) -> Bool {
        guard position < bytes.count, depth < 64 else { return false }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            return string() != nil
        case UInt8(ascii: "n"): return literal("null")
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number()
        case UInt8(ascii: "["):
            position += 1
            skipSpace()
            if take(UInt8(ascii: "]")) { return true }
            while true {
                skipSpace()
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "]"))
            }
        case UInt8(ascii: "{"):
            position += 1
            skipSpace()
            if take(UInt8(ascii: "}")) { return true }
            while true {
                skipSpace()
                guard string() != nil else { return false }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return false }
                skipSpace()
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "}"))
            }
        default:
            return false
        }
    }

    /// Steps over a number in JSON's grammar.
    private mutating func number() -> Bool {
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
            // no more digits after a leading zero
        } else {
            guard digits() else { return false }
        }
        if take(UInt8(ascii: ".")) { guard digits() else { return false } }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard digits() else { return false }
        }
        return true
    }

    /// One or more digits.
    private mutating func digits() -> Bool {
        let start = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"),
            bytes[position] <= UInt8(ascii: "9")
        {
            position += 1
        }
        return position > start
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for k in 0..<count where bytes[position + k] != word.utf8Start[k] { return false }
        position += count
        return true
    }
}
