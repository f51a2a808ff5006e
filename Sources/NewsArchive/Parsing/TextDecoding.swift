import FoundationEssentials

/// The encoding a file's bytes were read as.
public enum SourceEncoding: String, Sendable, Equatable, CaseIterable {
    /// UTF-8 without a byte order mark.
    case utf8
    /// UTF-8 behind the byte order mark `EF BB BF`.
    case utf8WithBOM
    /// UTF-16 little-endian behind the byte order mark `FF FE`.
    case utf16LittleEndian
    /// UTF-16 big-endian behind the byte order mark `FE FF`.
    case utf16BigEndian
    /// Windows-1252, the fallback for bytes that are not valid UTF-8: each byte that is not part
    /// of a well-formed UTF-8 sequence is read as its Windows-1252 character, so a UTF-8 file
    /// with a few stray Latin-1 bytes keeps its other characters.
    case windows1252
}

/// Text decoded from a file's bytes, with line ends normalised to LF.
public struct DecodedText: Sendable, Equatable {
    /// The text, without a byte order mark, every CRLF and lone CR replaced by LF.
    public var text: String
    /// The encoding the bytes were read as.
    public var encoding: SourceEncoding

    /// Whether the bytes were not valid UTF-8 and were read as Windows-1252, a guess the caller
    /// should warn about.
    public var isFallback: Bool { encoding == .windows1252 }

    /// Creates a decoded text.
    public init(text: String, encoding: SourceEncoding) {
        self.text = text
        self.encoding = encoding
    }
}

/// Turns the bytes of an article file into text.
///
/// UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are read as such;
/// anything else is read as Windows-1252 and flagged. Line ends become LF. Bytes that are not
/// text (NUL bytes, a high share of control characters, UTF-16 without a byte order mark) and
/// files with nothing but white space are refused.
///
/// ```swift
/// let decoded = try TextDecoding.decode(try Data(contentsOf: url))
/// if decoded.isFallback { warn("\(path): not UTF-8, read as Windows-1252") }
/// ```
public enum TextDecoding {
    /// Decodes the bytes of one article file.
    ///
    /// - Throws: ``TextDecodingError`` when the bytes are empty, blank, binary or UTF-16 without
    ///   a byte order mark.
    public static func decode(_ data: Data) throws(TextDecodingError) -> DecodedText {
        let result: Result<DecodedText, TextDecodingError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(TextDecodingError) {
                return .success(try decode(bytes: bytes))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Decodes bytes already in memory; see ``decode(_:)``.
    ///
    /// - Throws: ``TextDecodingError`` as ``decode(_:)`` does.
    public static func decode(
        bytes: UnsafeBufferPointer<UInt8>
    ) throws(TextDecodingError) -> DecodedText {
        if bytes.isEmpty { throw .empty }
        let decoded: DecodedText
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = UnsafeBufferPointer(rebasing: bytes[3...])
            try checkIsText(body, offset: 3)
            if let text = decodeUTF8(body) {
                decoded = DecodedText(text: text, encoding: .utf8WithBOM)
            } else {
                decoded = DecodedText(text: decodeWindows1252(body), encoding: .windows1252)
            }
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            let text = try decodeUTF16(
                UnsafeBufferPointer(rebasing: bytes[2...]), littleEndian: littleEndian)
            decoded = DecodedText(
                text: text, encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        } else {
            try checkIsText(bytes, offset: 0)
            if let text = decodeUTF8(bytes) {
                decoded = DecodedText(text: text, encoding: .utf8)
            } else {
                decoded = DecodedText(text: decodeWindows1252(bytes), encoding: .windows1252)
            }
        }
        if isBlank(decoded.text) { throw .blank(byteCount: bytes.count) }
        return decoded
    }

    // MARK: - Checks

    /// Refuses NUL bytes (telling UTF-16 without a byte order mark apart from other binary data)
    /// and content where control characters are more than a few per cent of the bytes.
    private static func checkIsText(
        _ bytes: UnsafeBufferPointer<UInt8>, offset: Int
    ) throws(TextDecodingError) {
        var nulCount = 0
        var nulAtOdd = 0
        var firstNUL = -1
        var controls = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x20 { continue }
            if byte == 0 {
                nulCount += 1
                if index & 1 == 1 { nulAtOdd += 1 }
                if firstNUL < 0 { firstNUL = index }
            } else if !isTextControl(byte) {
                controls += 1
            }
        }
        if nulCount > 0 {
            // UTF-16 text of mostly Latin letters has a NUL in every other byte, nearly all on
            // the same side.
            let sameSide = max(nulAtOdd, nulCount - nulAtOdd)
            if nulCount * 4 >= bytes.count && sameSide * 10 >= nulCount * 9 {
                throw .utf16WithoutBOM(likelyLittleEndian: nulAtOdd > nulCount - nulAtOdd)
            }
            throw .nulByte(offset: offset + firstNUL)
        }
        try checkControlShare(controls: controls, total: bytes.count)
    }

    private static func checkControlShare(
        controls: Int, total: Int
    ) throws(TextDecodingError) {
        // Text rarely has any C0 control besides tab, LF, FF and CR; image and archive bytes
        // have one in eight. One in fifty is a safe line between them.
        if controls > 0 && controls * 50 >= total {
            throw .binary(controlCharacters: controls, byteCount: total)
        }
    }

    @inline(__always)
    private static func isTextControl(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isBlank(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where !scalar.isWhiteSpace {
            return false
        }
        return true
    }

    // MARK: - Decoders

    /// Validates UTF-8 and normalises line ends in the same pass; nil when not valid UTF-8.
    private static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if !bytes.contains(0x0D) {
            return String(validating: bytes, as: UTF8.self)
        }
        let normalised = LineEnds.normalised(bytes, carriageReturn: 0x0D, lineFeed: 0x0A)
        return normalised.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
    }

    private static func decodeUTF16(
        _ bytes: UnsafeBufferPointer<UInt8>, littleEndian: Bool
    ) throws(TextDecodingError) -> String {
        let count = bytes.count / 2
        var units = [UInt16](repeating: 0, count: count)
        var controls = 0
        var index = 0
        while index < count {
            let low = UInt16(bytes[2 * index + (littleEndian ? 0 : 1)])
            let high = UInt16(bytes[2 * index + (littleEndian ? 1 : 0)])
            let unit = high << 8 | low
            if unit < 0x20 {
                if unit == 0 { throw .nulByte(offset: 2 + 2 * index) }
                if unit > 0xFF || !isTextControl(UInt8(unit)) { controls += 1 }
            }
            units[index] = unit
            index += 1
        }
        try checkControlShare(controls: controls, total: count)
        if let unpaired = firstUnpairedSurrogate(units) {
            throw .invalidUTF16(offset: 2 + 2 * unpaired)
        }
        if bytes.count % 2 == 1 { throw .invalidUTF16(offset: 2 + bytes.count - 1) }
        if units.contains(0x0D) {
            units = units.withUnsafeBufferPointer {
                LineEnds.normalised($0, carriageReturn: 0x0D, lineFeed: 0x0A)
            }
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func firstUnpairedSurrogate(_ units: [UInt16]) -> Int? {
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit & 0xFC00 == 0xD800 {
                guard index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 else {
                    return index
                }
                index += 2
                continue
            }
            if unit & 0xFC00 == 0xDC00 { return index }
            index += 1
        }
        return nil
    }

    /// Reads well-formed UTF-8 sequences as UTF-8 and every other byte as its Windows-1252
    /// character, normalising line ends.
    private static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                if byte == 0x0D {
                    utf8.append(0x0A)
                    if index < bytes.count && bytes[index] == 0x0A { index += 1 }
                } else {
                    utf8.append(byte)
                }
                continue
            }
            let length = wellFormedUTF8Length(bytes, at: index)
            if length > 0 {
                utf8.append(contentsOf: bytes[index..<index + length])
                index += length
                continue
            }
            index += 1
            let scalar = Windows1252.scalar(for: byte)
            if scalar < 0x800 {
                utf8.append(UInt8(0xC0 | (scalar >> 6)))
                utf8.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                utf8.append(UInt8(0xE0 | (scalar >> 12)))
                utf8.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                utf8.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The length of the well-formed UTF-8 sequence of two to four bytes at `index` (Unicode
    /// Table 3-7), or 0 when there is none.
    private static func wellFormedUTF8Length(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}

/// Line-end normalisation on code units, shared by the UTF-8 and UTF-16 decoders.
enum LineEnds {
    /// The code units with every CR LF pair and every lone CR replaced by one LF.
    static func normalised<Unit: FixedWidthInteger>(
        _ units: UnsafeBufferPointer<Unit>, carriageReturn: Unit, lineFeed: Unit
    ) -> [Unit] {
        var result: [Unit] = []
        result.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            if unit == carriageReturn {
                result.append(lineFeed)
                if index < units.count && units[index] == lineFeed { index += 1 }
            } else {
                result.append(unit)
            }
        }
        return result
    }
}
