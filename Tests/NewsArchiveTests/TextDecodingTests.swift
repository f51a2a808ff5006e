import Foundation
import Testing

@testable import NewsArchive

@Suite struct TextDecodingTests {
    private func bytes(_ text: String) -> Data { Data(text.utf8) }

    private func utf16(_ text: String, littleEndian: Bool, bom: Bool = true) -> Data {
        var data = Data(bom ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : [])
        for unit in text.utf16 {
            let low = UInt8(unit & 0xFF)
            let high = UInt8(unit >> 8)
            data.append(contentsOf: littleEndian ? [low, high] : [high, low])
        }
        return data
    }

    @Test func plainUTF8() throws {
        let decoded = try TextDecoding.decode(bytes("Müller said “yes”.\n"))
        #expect(decoded.text == "Müller said “yes”.\n")
        #expect(decoded.encoding == .utf8)
        #expect(!decoded.isFallback)
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let decoded = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + bytes("Headline\n\nBody"))
        #expect(decoded.text == "Headline\n\nBody")
        #expect(decoded.encoding == .utf8WithBOM)
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMark(littleEndian: Bool) throws {
        let text = "Zoë Ng: “Ça va” 😀\r\nNext line"
        let decoded = try TextDecoding.decode(utf16(text, littleEndian: littleEndian))
        #expect(decoded.text == "Zoë Ng: “Ça va” 😀\nNext line")
        #expect(decoded.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
    }

    @Test(arguments: [true, false])
    func utf16WithoutByteOrderMarkIsRefused(littleEndian: Bool) {
        let data = utf16(
            "Plain English text saved as UTF-16.", littleEndian: littleEndian, bom: false)
        #expect(throws: TextDecodingError.utf16WithoutBOM(likelyLittleEndian: littleEndian)) {
            try TextDecoding.decode(data)
        }
        let error = TextDecodingError.utf16WithoutBOM(likelyLittleEndian: littleEndian)
        #expect(error.description.contains("without a byte order mark"))
    }

    @Test func unpairedSurrogateIsRefused() {
        var data = utf16("ab", littleEndian: true)
        data.append(contentsOf: [0x00, 0xD8, 0x41, 0x00])
        #expect(throws: TextDecodingError.invalidUTF16(offset: 6)) {
            try TextDecoding.decode(data)
        }
    }

    @Test func windows1252Fallback() throws {
        // "£5 – “café”" in Windows-1252: every byte above 0x7F is a single character.
        let data = Data([0xA3, 0x35, 0x20, 0x96, 0x20, 0x93, 0x63, 0x61, 0x66, 0xE9, 0x94])
        let decoded = try TextDecoding.decode(data)
        #expect(decoded.text == "£5 – “café”")
        #expect(decoded.isFallback)
    }

    @Test func windows1252TableCoversEveryByte() {
        #expect(Windows1252.scalar(for: 0x80) == 0x20AC)
        #expect(Windows1252.scalar(for: 0x9F) == 0x0178)
        #expect(Windows1252.scalar(for: 0x81) == 0x81)
        #expect(Windows1252.scalar(for: 0xFF) == 0xFF)
        for byte in UInt8(0x80)...UInt8(0x9F) {
            #expect(Unicode.Scalar(Windows1252.scalar(for: byte)) != nil)
        }
    }

    @Test func strayLatin1ByteKeepsTheUTF8AroundIt() throws {
        let data = bytes("“Price”: ") + Data([0xA3]) + bytes("10 – Müller")
        let decoded = try TextDecoding.decode(data)
        #expect(decoded.text == "“Price”: £10 – Müller")
        #expect(decoded.isFallback)
    }

    @Test(arguments: [
        ("a\r\nb\r\n", "a\nb\n"), ("a\rb\r", "a\nb\n"), ("a\r\r\nb", "a\n\nb"),
        ("a\n\rb", "a\n\nb"),
    ])
    func lineEndsBecomeLineFeeds(input: String, expected: String) throws {
        #expect(try TextDecoding.decode(bytes(input)).text == expected)
        var latin = Data(input.utf8)
        latin.append(0xE9)
        #expect(try TextDecoding.decode(latin).text == expected + "é")
    }

    @Test func nulByteIsRefusedWithItsOffset() {
        #expect(throws: TextDecodingError.nulByte(offset: 5)) {
            try TextDecoding.decode(self.bytes("Hello\u{0}world, this is long enough text"))
        }
    }

    @Test func imageBytesAreRefused() {
        // The start of a PNG file followed by bytes full of control characters.
        var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        for index in 0..<400 { data.append(UInt8((index * 37 + 11) % 256) | 0x01) }
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode(data) }
        do {
            _ = try TextDecoding.decode(data)
        } catch {
            guard case .binary(let controls, let count) = error else {
                Issue.record("expected .binary, got \(error)")
                return
            }
            #expect(controls > 0 && count == data.count)
            #expect(error.description.hasPrefix("binary data, not text"))
        }
    }

    @Test func aFewControlCharactersAreTolerated() throws {
        let text = String(repeating: "Ordinary words in a sentence. ", count: 10) + "\u{1A}"
        #expect(try TextDecoding.decode(bytes(text)).text == text)
    }

    @Test(arguments: ["", " ", "\n\n\t ", "\u{FEFF}"])
    func emptyOrBlankIsRefused(text: String) {
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode(self.bytes(text)) }
    }

    @Test func blankUTF16IsRefused() {
        #expect(throws: TextDecodingError.blank(byteCount: 8)) {
            try TextDecoding.decode(self.utf16(" \n\u{A0}", littleEndian: true))
        }
        #expect(throws: TextDecodingError.empty) { try TextDecoding.decode(Data()) }
    }

    @Test func descriptionsAreOneLine() {
        let errors: [TextDecodingError] = [
            .empty, .blank(byteCount: 3), .nulByte(offset: 9),
            .binary(controlCharacters: 40, byteCount: 400),
            .utf16WithoutBOM(likelyLittleEndian: true), .invalidUTF16(offset: 4),
        ]
        for error in errors {
            #expect(!error.description.isEmpty && !error.description.contains("\n"))
            #expect(error.errorDescription == error.description)
        }
    }

    @Test func largeInputDecodesQuickly() throws {
        let line = "A line of text with “curly quotes” and an accent: é.\r\n"
        let data = Data(String(repeating: line, count: 100_000).utf8)
        let clock = ContinuousClock()
        let elapsed = try clock.measure { _ = try TextDecoding.decode(data) }
        // About 6 MB; even a debug build must stay well under a second.
        #expect(elapsed < .seconds(2))
    }
}
