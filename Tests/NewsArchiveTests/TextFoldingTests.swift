import Foundation
import Testing

@testable import NewsArchive

/// The archive's own text helpers that stand in for Foundation's (the library links only
/// FoundationEssentials): each checked against Foundation or against hand-made values.
@Suite("Text folding and formatting")
struct TextFoldingTests {
    static let names = [
        "  Seán  O’Brien ", "Zoë Ní Bhraonáin", "ANGELA MERKEL", "José María Aznar",
        "Björn Ulvaeus", "Renée Zellweger", "Nguyễn Tấn Dũng", "Recep Tayyip Erdoğan",
        "Ἀλέξανδρος", "Владимир Путин", "Ёлкин", "Łukasz Piszczek", "Søren Kierkegaard",
        "Çağlar Söyüncü", "Dvořák", "tab\tand\nnewline", "ＡＢＣ", "Ǆuro", "Ångström",
        "e\u{301}lodie", "北京", "ﬁnance", "Straße", "ΣΊΣΥΦΟΣ",
    ]

    @Test("NameKey folds as Foundation's case- and diacritic-insensitive folding does")
    func nameKeyMatchesFoundation() {
        for name in Self.names {
            let foundation = name.folding(
                options: [.caseInsensitive, .diacriticInsensitive], locale: nil
            )
            .replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(
                NameKey.make(name).precomposedStringWithCanonicalMapping
                    == foundation.precomposedStringWithCanonicalMapping, "\(name)")
        }
        #expect(NameKey.make("  Seán  O’Brien ") == "sean o'brien")
    }

    @Test("NameKey's ASCII path folds as its scalar path does")
    func nameKeyASCIIPath() {
        let everyASCII = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        let mixed = [
            "", " ", "\t\n", "  Tony  BLAIR ", "O'Brien", "a\u{0B}b\u{0C}c\rd", "x\u{1C}y\u{1F}",
            "MAY-JOHNSON", "\u{0}nul", "end\u{7F}",
        ]
        for name in everyASCII + everyASCII.map { "A" + $0 + "b " } + mixed {
            #expect(
                NameKey.foldedASCII(name) == NameKey.foldedScalars(name), "\(name.debugDescription)"
            )
        }
        #expect(NameKey.foldedASCII("Seán") == nil)
    }

    @Test("list columns are written as the JSON literals of their strings, in one buffer")
    func listTextWritten() {
        let values = [
            "", "plain", "q\"uote", "back\\slash", "\n\t\r\u{1}\u{1F}", "\u{2028}\u{2029}\u{2030}",
            "é😀",
        ]
        #expect(JSONText.array([]) == "[]")
        #expect(
            JSONText.array(values) == "[" + values.map(JSONString.quoted).joined(separator: ",")
                + "]")
        #expect(JSONListText.decode(JSONText.array(values)) == values)
        #expect(JSONString.quoted("\u{1}\u{1F}\u{2028}") == #""\u0001\u001f\u2028""#)
    }

    @Test("list columns read back every string, escapes included")
    func listText() {
        #expect(JSONListText.decode("[]") == [])
        #expect(JSONListText.decode("") == [])
        #expect(JSONListText.decode("plain") == ["plain"])
        #expect(JSONListText.decode(#"["a", "b"]"#) == ["a", "b"])
        #expect(
            JSONListText.decode(#"["q\"uote","back\\slash","\n\t","\u00e9\ud83d\ude00"]"#)
                == ["q\"uote", "back\\slash", "\n\t", "é😀"])
        #expect(JSONListText.decode(#"["unclosed"#) == [#"["unclosed"#])
        #expect(JSONListText.decode("[1, 2]") == ["[1, 2]"])
        let strings = ["Chief Constable", "O’Brien, \"Jr\"", "日本", "tab\there"]
        let encoded = String(decoding: try! JSONEncoder().encode(strings), as: UTF8.self)
        #expect(JSONListText.decode(encoded) == strings)
    }

    @Test("fixed-point text prints as C's %.Nf does")
    func fixedPoint() {
        for value in [0.0, 1.5, -2.25, 0.0004, 0.0006, 123456.789, -0.0001, 9.9996, 1e12] {
            for places in [0, 2, 3] {
                #expect(
                    value.fixedPointText(places: places)
                        == String(format: "%.\(places)f", value), "\(value) \(places)")
            }
        }
        #expect(Double.nan.fixedPointText(places: 2) == "nan")
    }

    @Test("JSON syntax errors name the problem and its column")
    func jsonSyntax() {
        func reason(_ line: String) -> String {
            if case .invalidJSON(let reason) = JSONSyntax.error(in: Data(line.utf8)) {
                return reason
            }
            return ""
        }
        #expect(reason(#"{"a": x}"#) == "unexpected character 'x' at column 7")
        #expect(reason(#"{"a": "b"}}"#) == "unexpected character '}' at column 11")
        #expect(reason(#"{"a": "b""#) == "unexpected end of line")
        #expect(reason("{\"a\": \"b\u{1}\"}") == "unescaped control character at column 9")
        #expect(reason(#"{"é": tru}"#) == "unexpected character '}' at column 10")
        #expect(reason(#"[1, 2,]"#) == "unexpected character ']' at column 7")
        #expect(reason(#"{"a" 1}"#) == "unexpected character '1' at column 6")
        #expect(reason(#"{"a": "\q"}"#) == "unexpected character 'q' at column 9")
        #expect(reason(#"{"a": 01}"#) == "unexpected character '1' at column 8")
        #expect(reason(String(repeating: "[", count: 100_000)) == "unexpected end of line")
        #expect(reason(#"{"a": [1, {"b": null}], "c": -1.5e3}"#) == "unreadable value")
        let invalidUTF8 = Data([0x7B, 0x22, 0xFF, 0x22, 0x7D])
        if case .invalidJSON(let reason) = JSONSyntax.error(in: invalidUTF8) {
            #expect(reason == "not UTF-8")
        }
    }

    @Test("passages decode their text into the same scalars as the scalar view")
    func passageScalars() {
        let texts =
            Self.names + [
                "", "a", "£5 – “quoted” 😀 end", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
            ]
        for text in texts {
            #expect(Passage.scalars(of: text) == Array(text.unicodeScalars), "\(text)")
        }
    }
}
