import Foundation
import Testing

@testable import NewsArchive

/// Export writes CSV straight from SQLite's bytes; search results go through `[SQLiteValue]`.
/// Both must write the same bytes.
@Suite("CSV fast path")
struct CSVFastPathTests {
    /// Every kind of cell: each byte that forces quoting at every offset of an eight-byte word,
    /// formula starts, non-ASCII, bytes that are not UTF-8, list columns, numbers and blobs.
    static let setup = """
        CREATE TABLE sample (id INTEGER PRIMARY KEY, n, t TEXT, aliases TEXT, b BLOB);
        INSERT INTO sample (n, t, aliases, b) VALUES
            (0, '', '[]', x''),
            (-1, 'plain', '', x'00ff10'),
            (9223372036854775807, 'a,b', '["x, y","q\\"t"]', NULL),
            (-9223372036854775808, 'say "hi"', '[ "sp" , "c" ]', NULL),
            (0.5, 'two' || char(10) || 'lines', 'not json', NULL),
            (-2.25, 'cr' || char(13) || 'x', '[1,"z"]', NULL),
            (1e300, char(13) || char(10), '["=a"]', NULL),
            (NULL, '=SUM(A1)', NULL, NULL),
            ('-5', '+1', '["\\u00e9"]', NULL),
            (NULL, '@x', '[', NULL),
            (NULL, char(9) || 'tab', '[]', NULL),
            (NULL, char(13) || 'cr first', '[]', NULL),
            (NULL, '"', '[]', NULL),
            (NULL, '""', '[]', NULL),
            (NULL, 'emoji 🗞️ “curly”, ü', '[]', NULL),
            (NULL, 'seven77', '[]', NULL),
            (NULL, 'eight888', '[]', NULL),
            (NULL, 'abcdefgh,', '[]', NULL),
            (NULL, 'abcdefg"', '[]', NULL),
            (NULL, 'abcdefghijklmno' || char(10), '[]', NULL),
            (NULL, CAST(x'ff41' AS TEXT), CAST(x'5b22ff225d' AS TEXT), NULL),
            (NULL, CAST(x'3dc3' AS TEXT), '[]', NULL),
            (NULL, CAST(x'eda080' AS TEXT), '[]', NULL),
            (NULL, CAST(x'e08080' AS TEXT), '[]', NULL),
            (NULL, CAST(x'f4908080' AS TEXT), '[]', NULL),
            (NULL, CAST(x'6162636465666768e282' AS TEXT), '[]', NULL),
            (NULL, CAST(x'f09f979e2c' AS TEXT), '[]', NULL),
            (NULL, CAST(x'610062' AS TEXT), '[]', NULL),
            (NULL, 'text', 'in', 'a blob column');
        """

    /// The table as CSV, by the fast path (`direct`) or through `[SQLiteValue]`.
    func csv(_ database: TestDatabase, table: String, direct: Bool, safe: Bool, bom: Bool)
        throws -> [UInt8]
    {
        let sink = OutputSink.memory()
        let writer = CSVWriter(sink: sink, safeFormulas: safe, bom: bom)
        if direct {
            try Exporter(connection: database.connection).rows(of: table).copy(to: writer)
        } else {
            let statement = try database.connection.prepare(sql: "SELECT * FROM \(table)")
            try RowCursor(statement: statement, transform: { $0 }).copy(to: writer)
        }
        return sink.contents
    }

    @Test("both paths write the same bytes", arguments: [false, true], [false, true])
    func samePaths(safe: Bool, bom: Bool) throws {
        let database = try TestDatabase()
        try database.connection.execute(sql: Self.setup)
        let direct = try csv(database, table: "sample", direct: true, safe: safe, bom: bom)
        let values = try csv(database, table: "sample", direct: false, safe: safe, bom: bom)
        #expect(direct == values)
        #expect(direct.count > 500)
    }

    @Test("cells are quoted, guarded and repaired as documented")
    func knownCells() throws {
        let database = try TestDatabase()
        try database.connection.execute(sql: Self.setup)
        let text = String(
            decoding: try csv(database, table: "sample", direct: true, safe: true, bom: false),
            as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "id,n,t,aliases,b")
        #expect(lines[1] == "1,0,\"\",\"\",")
        #expect(lines[2] == "2,-1,plain,\"\",00ff10")
        #expect(lines[3] == "3,9223372036854775807,\"a,b\",\"x, y|q\"\"t\",")
        #expect(lines[4] == "4,-9223372036854775808,\"say \"\"hi\"\"\",sp|c,")
        // Row 7 holds a CRLF, so later rows are found by content rather than line number.
        #expect(text.contains("\r\n8,,'=SUM(A1),,\r\n"))
        #expect(text.contains("\r\n9,'-5,'+1,é,\r\n"))
        #expect(text.contains("\r\n21,,\u{FFFD}A,\u{FFFD},\r\n"))
        #expect(text.contains("\r\n22,,'=\u{FFFD},\"\",\r\n"))
        #expect(text.contains("\r\n28,,a\u{0}b,\"\",\r\n"))
    }

    @Test("a cell of several megabytes crosses the output buffer whole")
    func hugeCell() throws {
        let database = try TestDatabase()
        let cell =
            String(repeating: "a", count: 3_000_001) + "\""
            + String(repeating: "é", count: 1_000_000)
        try database.connection.execute(sql: "CREATE TABLE big (t TEXT)")
        for _ in 0..<3 {
            try database.connection.execute(sql: "INSERT INTO big VALUES (?)", arguments: [cell])
        }
        let path = database.folder.appendingPathComponent("big.csv").path
        try Exporter(connection: database.connection).rows(of: "big")
            .copy(to: CSVWriter(sink: OutputSink.file(atPath: path)))
        let quoted = "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"\r\n"
        let expected = "t\r\n" + String(repeating: quoted, count: 3)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected.utf8))
    }

    @Test("the UTF-8 check agrees with Swift's decoder")
    func utf8Validation() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [
            0x00, 0x22, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
            0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...12, using: &generator)
            let bytes = (0..<count).map { _ in interesting.randomElement(using: &generator) ?? 0 }
            let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
            let valid = bytes.withUnsafeBytes { CSVField.isValidUTF8($0) }
            #expect(valid == (repaired == bytes), "\(bytes)")
        }
    }
}
