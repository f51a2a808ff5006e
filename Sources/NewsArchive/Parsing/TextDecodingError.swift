import FoundationEssentials

/// Why a file's bytes could not be read as an article's text.
public enum TextDecodingError: Error, Equatable, Sendable {
    /// The file has no bytes at all.
    case empty
    /// The file decodes to nothing but white space.
    case blank(byteCount: Int)
    /// A NUL byte at the given byte offset: binary data, not text.
    case nulByte(offset: Int)
    /// Control characters make up too much of the content for it to be text.
    case binary(controlCharacters: Int, byteCount: Int)
    /// NUL bytes in every other position: UTF-16 text saved without a byte order mark.
    case utf16WithoutBOM(likelyLittleEndian: Bool)
    /// UTF-16 with a byte order mark, broken at the given byte offset (an unpaired surrogate or
    /// an odd number of bytes).
    case invalidUTF16(offset: Int)
}

extension TextDecodingError: CustomStringConvertible, LocalizedError {
    /// A one-line reason, such as "contains a NUL byte at offset 12: binary data, not text".
    public var description: String {
        switch self {
        case .empty:
            return "empty file"
        case .blank(let byteCount):
            return "nothing but white space (\(byteCount) bytes)"
        case .nulByte(let offset):
            return "contains a NUL byte at offset \(offset): binary data, not text"
        case .binary(let controls, let byteCount):
            return "binary data, not text (\(controls) control characters in \(byteCount) bytes)"
        case .utf16WithoutBOM(let littleEndian):
            let order = littleEndian ? "UTF-16LE" : "UTF-16BE"
            return "looks like \(order) without a byte order mark (NUL in every other byte);"
                + " save it as UTF-8 or as UTF-16 with a BOM"
        case .invalidUTF16(let offset):
            return "invalid UTF-16 at byte offset \(offset)"
        }
    }

    /// The same text as ``description``.
    public var errorDescription: String? { description }
}
