import Foundation
import Testing

@testable import NewsArchive

/// The plain-record reader must give what JSONDecoder gives, or nothing.
@Suite("Plain JSON Lines records")
struct PlainRecordTests {
    static let lines = [
        #"{"text": "Hello, said Bob.", "id": "bbc/1", "title": "Hi"}"#,
        #"{"id": 42, "text": "A number id goes to JSONDecoder."}"#,
        #"{"text": "Caf\u00e9 \ud83d\ude00 \"quoted\" \\ \/ \b\f\n\r\t"}"#,
        #"{"text": "Café 😀 raw UTF-8", "title": null, "date": "2015-11-16"}"#,
        #"{"body": "B said.", "authors": ["By A", "C"], "x": {"y": [1, 2e5, -0.5, true, null]}}"#,
        #"{"text": "t", "authors": []}"#,
        #"{"text": "t", "authors": ["A", 1]}"#,
        #"{"text": "t", "author": true}"#,
        #"{"text": "t", "extra": [[], {}, {"a": {"b": [0, -0, 1.5E-3]}}]}"#,
        #"{"text": "lone \ud800 surrogate"}"#,
        #"{"text": "low first \udc00\ud800"}"#,
        #"{"text": "x", "text": "twice"}"#,
        #"{"text": "x", "other": 1, "other": 2}"#,
        #"{"text": "bad escape \q"}"#,
        "{\"text\": \"tab\traw\"}",
        #"{"text": "ok"} trailing"#,
        #"{"text": "ok",}"#,
        #"{"text": "unterminated"#,
        #"{"text": "n", "extra": 01}"#,
        #"{"text": "n", "extra": -}"#,
        #"{"text": "n", "extra": 1.}"#,
        #"{"text": "n", "extra": nul}"#,
        #"  {"text" :"spaced" , "id" : "7" }  "#,
        #"{}"#,
        #"[1, 2]"#,
        #""just a string""#,
        #"{"te\u0078t": "escaped key"}"#,
    ]

    @Test("a plain record reads as JSONDecoder reads it", arguments: lines)
    func matchesDecoder(line: String) throws {
        let data = Data(line.utf8)
        guard let plain = RecordFields.plain(data) else { return }
        #expect(plain == (try ArticleRecord.decodedFields(data)))
    }

    @Test("lines that are not plain are left to JSONDecoder")
    func declines() {
        for line in [
            #"{"id": 42, "text": "t"}"#, #"{"text": "a\ud800b"}"#, #"{"text": "x", "text": "y"}"#,
            #"{"text": "ok"} x"#, #"[1]"#, #"{"text": "t", "author": true}"#,
            #"{"text": "t", "extra": 01}"#,
        ] {
            #expect(RecordFields.plain(Data(line.utf8)) == nil, "\(line)")
        }
        let invalidUTF8 = Data([0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D])
        #expect(RecordFields.plain(invalidUTF8) == nil)
    }

    @Test("the usual records are read by the plain reader")
    func acceptsUsualRecords() {
        for line in [
            #"{"text": "Caf\u00e9 \ud83d\ude00", "id": "1", "title": null}"#,
            #"{"body": "b", "authors": ["A", "B"], "x": {"y": [1, 2e5, true, null]}}"#,
        ] {
            #expect(RecordFields.plain(Data(line.utf8)) != nil, "\(line)")
        }
    }
}

/// Random records and random damage to them: whatever the plain reader accepts, JSONDecoder
/// must read to the same fields.
@Suite("Plain JSON Lines records, random")
struct PlainRecordRandomTests {
    /// SplitMix64, so every run checks the same records.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let keys = RecordFields.names + ["extra", "dataset", "te\\u0078t", "tags", ""]
    static let pieces = [
        "plain", "Café", "😀", "\\n", "\\\"", "\\\\", "\\/", "\\u00e9", "\\ud83d\\ude00", "\\ud800",
        "\\udc00", "\\u0000", "\\x", "\t", "e\u{301}", " ", "By A",
    ]

    static func value(_ depth: Int, _ random: inout Generator) -> String {
        switch Int.random(in: 0..<(depth > 2 ? 6 : 8), using: &random) {
        case 0, 1: return string(&random)
        case 2: return ["null", "true", "false"].randomElement(using: &random) ?? "null"
        case 3:
            return ["0", "-0", "42", "4.5", "1e3", "-12.5E-2", "01", "1.", "-"][
                Int.random(in: 0..<9, using: &random)]
        case 4, 5:
            return "["
                + (0..<Int.random(in: 0..<3, using: &random)).map { _ in string(&random) }
                .joined(separator: ", ") + "]"
        case 6:
            return "["
                + (0..<Int.random(in: 0..<3, using: &random)).map { _ in
                    value(depth + 1, &random)
                }.joined(separator: ",") + "]"
        default:
            return object(depth + 1, &random)
        }
    }

    static func string(_ random: inout Generator) -> String {
        "\""
            + (0..<Int.random(in: 0..<4, using: &random)).map { _ in
                pieces.randomElement(using: &random) ?? ""
            }.joined() + "\""
    }

    static func object(_ depth: Int, _ random: inout Generator) -> String {
        "{"
            + (0..<Int.random(in: 0..<5, using: &random)).map { _ in
                "\"\(keys.randomElement(using: &random) ?? "")\": \(value(depth, &random))"
            }.joined(separator: ", ") + "}"
    }

    @Test("what the plain reader accepts, JSONDecoder reads alike")
    func agreesWithDecoder() throws {
        var random = Generator(state: 2026)
        var accepted = 0
        for _ in 0..<3_000 {
            var bytes = Array(Self.object(0, &random).utf8)
            // Some records are damaged: a byte dropped, doubled or replaced.
            if Bool.random(using: &random), !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(bytes[at], at: at)
                default: bytes[at] = UInt8.random(in: 0...255, using: &random)
                }
            }
            let data = Data(bytes)
            guard let plain = RecordFields.plain(data) else { continue }
            accepted += 1
            #expect(
                plain == (try ArticleRecord.decodedFields(data)),
                "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(accepted > 300)
    }
}
