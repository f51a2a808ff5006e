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
            var reader = PlainRecordReader(bytes: raw.bindMemory(to: UInt8.self))
            return reader.record()
        }
    }
}

/// Reads one JSON object with the few value kinds a plain record's known fields hold; any
/// other input makes it give up (return nil), never guess.
private struct PlainRecordReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func record() -> RecordFields? {
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
            position += 1
            var elements: [JSONField] = []
            skipSpace()
            if take(UInt8(ascii: "]")) { return .array(elements) }
            while true {
                skipSpace()
                guard let element = string() else { return nil }
                elements.append(.string(element))
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "]")) ? .array(elements) : nil
            }
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

    /// A string at the current position, unescaped; nil when it is not a valid JSON string in
    /// valid UTF-8 (a lone surrogate escape included).
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        // Runs of plain bytes are copied whole; the bytes alone are the string when there is
        // no escape.
        var unescaped: [UInt8] = []
        var hasEscapes = false
        var runStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<position])
                position += 1
                guard hasEscapes else { return String(validating: run, as: UTF8.self) }
                unescaped.append(contentsOf: run)
                return String(validating: unescaped, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                position += 1
                continue
            }
            hasEscapes = true
            unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            position += 1
            guard position < bytes.count else { return nil }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                unescaped.append(escape)
            case UInt8(ascii: "b"): unescaped.append(0x08)
            case UInt8(ascii: "f"): unescaped.append(0x0C)
            case UInt8(ascii: "n"): unescaped.append(0x0A)
            case UInt8(ascii: "r"): unescaped.append(0x0D)
            case UInt8(ascii: "t"): unescaped.append(0x09)
            case UInt8(ascii: "u"):
                guard let scalar = escapedScalar() else { return nil }
                UTF8.encode(scalar) { unescaped.append($0) }
            default:
                return nil
            }
            runStart = position
        }
        return nil
    }

    /// The scalar of a `\u` escape whose `u` was just read, a surrogate pair taken whole.
    private mutating func escapedScalar() -> Unicode.Scalar? {
        guard let unit = hexUnit() else { return nil }
        if unit < 0xD800 || unit > 0xDFFF { return Unicode.Scalar(unit) }
        guard unit < 0xDC00, take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")),
            let low = hexUnit(), (0xDC00...0xDFFF).contains(low)
        else { return nil }
        return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
    }

    private mutating func hexUnit() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
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

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }
}
