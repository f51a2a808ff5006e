/// Small helpers on text shared by the parsing stage. They work on Unicode scalars, not on
/// grapheme clusters, because the archive counts offsets in scalars, and take an ASCII fast path
/// because Unicode property look-ups dominate the parse time otherwise.
extension StringProtocol where SubSequence == Substring {
    /// The text without white space (Unicode's definition, so NBSP too) at either end.
    func trimmingWhiteSpace() -> Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isWhiteSpace {
            start = scalars.index(after: start)
        }
        while end > start {
            let before = scalars.index(before: end)
            guard scalars[before].isWhiteSpace else { break }
            end = before
        }
        return self[start..<end]
    }

    /// The number of words: runs of characters between spaces, tabs and line breaks.
    var wordCount: Int {
        // Over the bytes in place when they are: the UTF-8 view's iterator is far slower.
        utf8.withContiguousStorageIfAvailable { Self.wordCount(in: $0) } ?? Self.wordCount(in: utf8)
    }

    private static func wordCount(in bytes: some Sequence<UInt8>) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// Whether the text contains `byte`, an ASCII character.
    func containsASCII(_ byte: UInt8) -> Bool {
        // Over the bytes in place, as a native string's are: the UTF-8 view's own iterator
        // cost some twenty instructions a byte.
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// The text's first UTF-8 byte, if any.
    var firstByte: UInt8? {
        utf8.withContiguousStorageIfAvailable { $0.first } ?? utf8.first
    }

    /// The text's last UTF-8 byte, if any.
    var lastByte: UInt8? {
        utf8.withContiguousStorageIfAvailable { $0.last } ?? Array(utf8).last
    }

    /// The number of Unicode scalars, counted from the bytes: each scalar has one byte that is
    /// no continuation byte (`10xxxxxx`), and a byte test is cheaper than decoding scalars.
    var scalarCount: Int {
        utf8.withContiguousStorageIfAvailable { bytes in
            bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        } ?? unicodeScalars.count
    }

    /// Whether every character of the text is ASCII.
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
            ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether `needle` occurs in the text, compared byte for byte (no Unicode equivalence,
    /// which is what the callers want for ASCII labels).
    func containsBytes(_ needle: String) -> Bool {
        Array(utf8).containsBytes(needle)
    }

    /// The text with ASCII letters in lower case and other characters as they are: enough for
    /// comparing with English labels, and far cheaper than `lowercased()`.
    func asciiLowercased() -> String {
        utf8.withContiguousStorageIfAvailable { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (k, byte) in bytes.enumerated() { buffer[k] = Self.asciiLowercased(byte) }
                return bytes.count
            }
        } ?? String(decoding: utf8.map(Self.asciiLowercased), as: UTF8.self)
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is white space by Unicode's definition.
    @inline(__always)
    var isWhiteSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// Whether the scalar is an upper-case letter.
    @inline(__always)
    var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    /// Whether the scalar is a letter of any case or script.
    @inline(__always)
    var isLetter: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }

    /// Whether the scalar is an ASCII digit.
    @inline(__always)
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// The scalar in lower case, appended to `string`.
    @inline(__always)
    func appendLowercased(to string: inout String) {
        if value < 0x80 {
            string.unicodeScalars.append(
                value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value) | 0x20) : self)
        } else {
            // One at a time: append(contentsOf:) is generic, and its first call costs a lookup.
            for scalar in properties.lowercaseMapping.unicodeScalars {
                string.unicodeScalars.append(scalar)
            }
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes of `needle` occur in these bytes.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= count else { return pattern.isEmpty }
        for start in 0...(count - pattern.count)
        where self[start] == pattern[0] && self[start..<start + pattern.count] == pattern[...] {
            return true
        }
        return false
    }
}
