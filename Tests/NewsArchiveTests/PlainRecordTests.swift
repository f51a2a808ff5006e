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
