/// A reading position in JSON text, with the steps the archive's hand-written JSON readers
/// share: strings with their escapes, arrays of strings, white space. A step that meets
/// anything but valid JSON returns nil or false, never a guess.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == bytes.count }

    /// An array of strings at the current position (`["a", "b\u00e9"]`), or nil.
    mutating func stringArray() -> [String]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var strings: [String] = []
        skipSpace()
        if take(UInt8(ascii: "]")) { return strings }
        while true {
            skipSpace()
            guard let string = string() else { return nil }
            strings.append(string)
            skipSpace()
            if take(UInt8(ascii: "]")) { return strings }
            guard take(UInt8(ascii: ",")) else { return nil }
        }
    }

    /// A string at the current position, unescaped; nil when it is not a valid JSON string in
    /// valid UTF-8 (a lone surrogate escape included).
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        // Runs of plain bytes are copied whole; the bytes alone are the string when there is
        // no escape.
        var unescaped: [UInt8] = []
        var hasEscapes = false
        var runStart = position
        while position < bytes.count {
            if position + 8 <= bytes.count, let base = bytes.baseAddress,
                Self.isPlain(UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            {
                position += 8
                continue
            }
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

    /// Whether eight bytes of a string hold no quotation mark, backslash or control byte, so
    /// they are taken at once: a string's bytes are mostly plain, and one test for eight is
    /// cheaper than eight.
    private static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // A byte below n sets its high bit in (x - n) & ~x (n <= 128); a byte equal to c is a
        // zero byte of x ^ c, that is, one below 1.
        func hasByte(below n: UInt64, in x: UInt64) -> Bool {
            (x &- n &* ones) & ~x & highBits != 0
        }
        return !hasByte(below: 0x20, in: word)
            && !hasByte(below: 1, in: word ^ (UInt64(UInt8(ascii: "\"")) &* ones))
            && !hasByte(below: 1, in: word ^ (UInt64(UInt8(ascii: "\\")) &* ones))
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

    /// Steps over `byte` when it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Steps over JSON white space.
    mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }
}
