import Foundation
import Testing

@testable import NewsArchive

@Suite("Export")
struct ExportTests {
    static let hostile = [
        "plain", "", "comma, inside", "quote \" inside", "line\nbreak", "crlf\r\nbreak",
        "tab\there", "emoji 🗞️👩🏽‍💻", "RTL مرحبا שלום", "=SUM(A1:A2)", "+1", "-1", "@cmd",
        "trailing space ", "\"\"", "ü",
    ]

    func exportCSV(_ values: [String?], safe: Bool = false) throws -> (String, TestDatabase) {
        let database = try TestDatabase()
        try database.connection.execute(
            sql: "CREATE TABLE sample (id INTEGER PRIMARY KEY, value TEXT)")
        for value in values {
            try database.connection.execute(
                sql: "INSERT INTO sample (value) VALUES (?)", arguments: [value])
        }
        let path = database.folder.appendingPathComponent("out.csv").path
        let writer = CSVWriter(sink: try OutputSink.file(atPath: path), safeFormulas: safe)
        try Exporter(connection: database.connection).rows(of: "sample").copy(to: writer)
        return (try String(contentsOfFile: path, encoding: .utf8), database)
    }

    @Test("CSV follows RFC 4180")
    func rfc4180() throws {
        let (csv, _) = try exportCSV(["a,b", "say \"hi\"", "two\nlines", nil, ""])
        #expect(
            csv
                == "id,value\r\n1,\"a,b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\nlines\"\r\n4,\r\n5,\"\"\r\n"
        )
    }

    @Test("Python's csv module reads back exactly the stored values")
    func pythonRoundTrip() throws {
        let (_, database) = try exportCSV(Self.hostile)
        let path = database.folder.appendingPathComponent("out.csv").path
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                rows = list(csv.reader(f))
            print(json.dumps([r[1] for r in rows[1:]]))
            """
        let result = try CommandLineRunner.run(
            ["python3", "-c", script, path], executable: URL(fileURLWithPath: "/usr/bin/env"))
        try #require(result.status == 0, "python3 failed: \(result.stderr)")
        let decoded = try JSONDecoder().decode([String].self, from: Data(result.stdout.utf8))
        #expect(decoded == Self.hostile)
    }

    @Test("the safe mode neutralises cells a spreadsheet would run")
    func safeFormulas() throws {
        let (csv, _) = try exportCSV(["=1+1", "+1", "-1", "@x", "\tx", "fine"], safe: true)
        for cell in ["'=1+1", "'+1", "'-1", "'@x", "'\tx", "fine"] {
            #expect(csv.contains(",\(cell)\r\n"), "\(cell) not found in \(csv)")
        }
    }

    @Test("JSON Lines keeps types, nulls and list columns")
    func jsonLines() throws {
        let database = try TestDatabase()
        let connection = database.connection
        try connection.execute(sql: "CREATE TABLE sample (n INTEGER, r REAL, t TEXT, aliases TEXT)")
        try connection.execute(
            sql: "INSERT INTO sample VALUES (?, ?, ?, ?)",
            arguments: [
                SQLiteValue.integer(7), SQLiteValue.real(0.5), SQLiteValue.null,
                "[\"A\",\"B\\\"\"]",
            ])
        let path = database.folder.appendingPathComponent("out.jsonl").path
        try Exporter(connection: connection).rows(of: "sample")
            .copy(to: JSONWriter(sink: OutputSink.file(atPath: path), asArray: false))
        let line = try String(contentsOfFile: path, encoding: .utf8)
        #expect(line == "{\"n\":7,\"r\":0.5,\"t\":null,\"aliases\":[\"A\",\"B\\\"\"]}\n")
    }

    @Test("an unknown table lists what can be exported")
    func unknownTable() throws {
        let database = try TestDatabase()
        let error = #expect(throws: ExportError.self) {
            try Exporter(connection: database.connection).rows(of: "nope")
        }
        guard case .unknownTable(_, let available)? = error else { return }
        #expect(available.contains("quotes") && available.contains("quotes_view"))
        #expect(!available.contains { $0.contains("_fts") || $0 == "schema_migrations" })
    }

    @Test("an abandoned file export leaves no file behind")
    func atomicOutput() throws {
        let database = try TestDatabase()
        let path = database.folder.appendingPathComponent("partial.csv").path
        do {
            let sink = try OutputSink.file(atPath: path)
            try sink.write("id,value\r\n")
            try sink.flush()
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: database.folder.path)
        #expect(!leftovers.contains { $0.hasSuffix(".partial") })
    }
}

@Suite("JSON strings")
struct JSONStringTests {
    @Test(
        "escapes what JSON requires and reads back through a JSON parser",
        arguments: [
            "plain", "", "quote \" and backslash \\", "line\nbreak\r\ttab", "\u{0}\u{1}\u{1F}",
            "line separator \u{2028} and \u{2029}", "emoji 🗞️ – “curly”", "€ and \u{E2}",
            "ellipsis … then \u{2027} and \u{2028}", "\u{2029}", "ends in a quote \"",
        ])
    func roundTrip(_ text: String) throws {
        let literal = JSONString.quoted(text)
        let decoded = try JSONDecoder().decode(String.self, from: Data(literal.utf8))
        #expect(decoded == text)
        #expect(!literal.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" })
    }

    @Test("blobs are written as two hexadecimal digits a byte")
    func blobHex() {
        #expect(CSVWriter.hex([0x00, 0x0A, 0xFF, 0x10]) == "000aff10")
    }
}
