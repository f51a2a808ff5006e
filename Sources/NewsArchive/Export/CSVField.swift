import FoundationEssentials
import Glibc

/// CSV fields written straight from UTF-8 bytes into an output buffer: the hot path of every
/// CSV export, so it scans eight bytes at a time and copies runs of bytes whole.
enum CSVField {
    /// Appends one field: quoted when it is empty or holds `,` `"` CR or LF, with its quotes
    /// doubled, and with `'` before it when `guardsFormulas` and it starts with `=` `+` `-` `@`
    /// tab or CR.
    /// - Returns: false, having appended nothing, when the bytes are not valid UTF-8; a
    ///   `String` of them would hold U+FFFD instead, so the caller writes that.
    static func append(
        _ bytes: UnsafeRawBufferPointer, guardsFormulas: Bool, to line: inout [UInt8]
    ) -> Bool {
        let (hasSpecial, hasNonASCII) = scan(bytes)
        if hasNonASCII && !isValidUTF8(bytes) { return false }
        let needsQuotes = hasSpecial || bytes.isEmpty
        if needsQuotes { line.append(quote) }
        if guardsFormulas, let first = bytes.first, startsFormula(first) { line.append(0x27) }
        if needsQuotes {
            appendDoublingQuotes(bytes, to: &line)
            line.append(quote)
        } else {
            line.append(contentsOf: bytes.assumingMemoryBound(to: UInt8.self))
        }
        return true
    }

    /// Appends a Swift string as one field, as ``append(_:guardsFormulas:to:)`` does.
    static func append(_ text: String, guardsFormulas: Bool, to line: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            // A String's UTF-8 is always valid, so this always appends.
            _ = append(UnsafeRawBufferPointer(utf8), guardsFormulas: guardsFormulas, to: &line)
        }
    }

    /// Appends an integer in decimal, as `String(value)` spells it.
    static func appendDecimal(_ value: Int64, to line: inout [UInt8]) {
        if value < 0 { line.append(0x2D) }
        var magnitude = value.magnitude
        let start = line.count
        repeat {
            line.append(0x30 + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        line[start...].reverse()
    }

    /// Appends bytes as lower-case hexadecimal, two digits each, as ``CSVWriter/hex(_:)`` does.
    static func appendHex(_ bytes: UnsafeRawBufferPointer, to line: inout [UInt8]) {
        for byte in bytes {
            line.append(hexDigit(byte >> 4))
            line.append(hexDigit(byte & 0x0F))
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x57 + nibble
    }

    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: true
        default: false
        }
    }

    /// Whether the bytes hold `,` `"` CR or LF, and whether any is not ASCII.
    private static func scan(_ bytes: UnsafeRawBufferPointer) -> (Bool, Bool) {
        let count = bytes.count
        var offset = 0
        var special: UInt64 = 0
        var seen: UInt64 = 0
        while offset + 8 <= count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            seen |= word
            if special == 0 {
                special =
                    zeroByte(word ^ 0x2C2C_2C2C_2C2C_2C2C) | zeroByte(word ^ 0x2222_2222_2222_2222)
                    | zeroByte(word ^ 0x0D0D_0D0D_0D0D_0D0D)
                    | zeroByte(word ^ 0x0A0A_0A0A_0A0A_0A0A)
            }
            offset += 8
        }
        var hasSpecial = special != 0
        while offset < count {
            let byte = bytes[offset]
            seen |= UInt64(byte)
            hasSpecial =
                hasSpecial || byte == comma || byte == quote || byte == 0x0D || byte == 0x0A
            offset += 1
        }
        return (hasSpecial, seen & highBits != 0)
    }

    /// Non-zero when some byte of the word is zero (Bit Twiddling Hacks, "Determine if a word
    /// has a zero byte"): exact about whether there is one, which is all the scan needs.
    private static func zeroByte(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & highBits
    }

    /// True when the bytes are well-formed UTF-8 (Unicode Standard, table 3-7), so that
    /// `String(decoding:as:)` would keep them unchanged.
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let count = bytes.count
        var offset = 0
        while offset < count {
            if offset + 8 <= count,
                bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & highBits == 0
            {
                offset += 8
                continue
            }
            let lead = bytes[offset]
            guard lead >= 0x80 else {
                offset += 1
                continue
            }
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return false
            }
            guard offset + length <= count, second.contains(bytes[offset + 1]) else { return false }
            for next in offset + 2..<offset + length where bytes[next] & 0xC0 != 0x80 {
                return false
            }
            offset += length
        }
        return true
    }

    /// Appends the bytes with each `"` doubled, copying the runs between quotes whole.
    private static func appendDoublingQuotes(
        _ bytes: UnsafeRawBufferPointer, to line: inout [UInt8]
    ) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count,
            let found = memchr(base + start, Int32(quote), bytes.count - start)
        {
            let end = base.distance(to: UnsafeRawPointer(found)) + 1
            line.append(
                contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                    .assumingMemoryBound(to: UInt8.self))
            line.append(quote)
            start = end
        }
        line.append(
            contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start...])
                .assumingMemoryBound(to: UInt8.self))
    }
}

private let comma: UInt8 = 0x2C
private let quote: UInt8 = 0x22
private let highBits: UInt64 = 0x8080_8080_8080_8080
