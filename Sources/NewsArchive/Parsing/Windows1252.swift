/// The Windows-1252 code page, written out so that decoding doesn't depend on the platform's
/// Foundation (which differs between macOS and Linux for the five unassigned bytes).
enum Windows1252 {
    /// The Unicode scalar value for a byte of Windows-1252.
    ///
    /// Bytes below 0x80 and from 0xA0 up are the same as in Latin-1. The five bytes that
    /// Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of
    /// the same value, as the WHATWG Encoding Standard does.
    @inline(__always)
    static func scalar(for byte: UInt8) -> UInt32 {
        if byte < 0x80 || byte >= 0xA0 { return UInt32(byte) }
        return UInt32(highTable[Int(byte) - 0x80])
    }

    /// The characters for 0x80 through 0x9F.
    private static let highTable: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
