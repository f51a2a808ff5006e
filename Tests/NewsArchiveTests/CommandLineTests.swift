import Foundation
import Testing

@testable import NewsArchive

/// Runs the built binary on temporary archives, the way users and scripts do.
@Suite("Command line")
struct CommandLineTests {
    let database: TestDatabase
    var db: String { database.folder.appendingPathComponent("cli.sqlite").path }

    init() throws { database = try TestDatabase() }

    func run(_ arguments: [String], stdin: Data? = nil) throws -> CommandLineRunner.Result {
        try CommandLineRunner.run(arguments, stdin: stdin, in: database.folder)
    }

    static let article = """
        Ferry service to resume next week

        The island ferry will sail again on Monday after repairs, the operator said.

        Captain Ines Moreau said the new engine had passed every test.
        """

    @Test("ingest then search finds the article with a highlighted snippet")
    func ingestAndSearch() throws {
        let file = try database.write("ferry.txt", Self.article)
        let ingest = try run(["ingest", "--db", db, file])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("1 new, 0 updated, 0 unchanged, 0 duplicates, 0 failed"))
        let search = try run(["search", "--db", db, "--format", "csv", "engine"])
        #expect(search.status == 0)
        #expect(search.stdout.hasPrefix("id,key,headline,publication,published,snippet,rank\r\n"))
        #expect(search.stdout.contains("**engine**"))
        let json = try run(["search", "--db", db, "--format", "jsonl", "engine"])
        let record =
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let matches = record?["matches"] as? [[Int]]
        #expect(matches?.count == 1)
        if let match = matches?.first, let snippet = record?["snippet"] as? String {
            let scalars = Array(snippet.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[match[0]..<match[1]])) == "engine")
        }
        let again = try run(["ingest", "--db", db, file])
        #expect(again.stderr.contains("0 new, 0 updated, 1 unchanged"))
    }

    @Test("a search that migrates an old archive leaves its write-ahead log empty")
    func searchAfterMigration() throws {
        do {
            let old = try TestDatabase.archive(at: db, before: "0008")
            try old.execute(
                sql: """
                    INSERT INTO articles (key, content_hash, headline, body, ingested_at)
                    VALUES ('ferry', '\(String(repeating: "0", count: 32))', 'Ferry returns',
                        'The ferry sails again.', '2024-06-01T00:00:00Z');
                    INSERT INTO articles_fts (rowid, headline, standfirst, body)
                        SELECT id, headline, standfirst, body FROM articles;
                    """)
        }
        let log = db + "-wal"
        #expect(try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int == 0)
        let search = try run(["search", "--db", db, "--format", "jsonl", "ferry"])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains("Ferry returns"))
        // The migration's writes went through the log; the search closed the archive, so the
        // log was checkpointed rather than left for every later command to read.
        #expect(try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int == 0)
        let applied = try MigrationRunner().appliedNames(Connection(path: db, mode: .readOnly))
        #expect(applied == Migration.bundled.map(\.name))
    }

    @Test("JSON Lines with a broken line stores the good lines and names the bad one")
    func jsonLinesWithBadLine() throws {
        let lines = [
            #"{"id": "a", "title": "First story", "text": "First story\n\nOne paragraph."}"#,
            #"{"id": "b", "text": "Second story\n\nAnother paragraph.", "extra": [1, 2]}"#,
            #"{"id": "c", "text": "Third story\n\nA third paragraph."}"#,
            #"{"id": "d", "text": 42}"#,
        ]
        let file = try database.write("batch.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try run(["ingest", "--db", db, file])
        #expect(result.status != 0)
        #expect(result.stderr.contains("batch.jsonl:4: "))
        #expect(result.stderr.contains("3 new"))
        let keys = try run(["export", "--db", db, "--format", "jsonl", "articles"])
        #expect(keys.stdout.split(separator: "\n").count == 3)
    }

    @Test("a pretty-printed JSON file gets one error that says how to convert it")
    func prettyPrintedJSON() throws {
        let object = "{\n  \"id\": \"a\",\n  \"text\": \"Story\\n\\nOne paragraph.\"\n}\n"
        let array = "[\n  {\"id\": \"b\", \"text\": \"Story\\n\\nAnother.\"}\n]\n"
        let good = #"{"id": "c", "text": "Third story\n\nA third paragraph."}"# + "\n"
        let folder = database.folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try database.write("inputs/object.json", object)
        try database.write("inputs/array.json", array)
        try database.write("inputs/good.jsonl", good)
        let result = try run(["ingest", "--db", db, folder.path])
        #expect(result.status != 0)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("object.json:1: a JSON object written over several lines"))
        #expect(result.stderr.contains("array.json:1: a JSON array written over several lines"))
        #expect(result.stderr.contains("jq -c '.[]'"))
        #expect(result.stderr.contains("1 new"))
    }

    @Test("standard input is read as one article, keyed -")
    func standardInput() throws {
        let result = try run(["ingest", "--db", db, "-"], stdin: Data(Self.article.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let show = try run(["show", "--db", db, "--format", "json", "-"])
        #expect(show.stdout.contains("\"headline\": \"Ferry service to resume next week\""))
    }

    @Test("bad inputs: one line each naming the input, non-zero exit, the rest stored")
    func badInputs() throws {
        try database.write("in/good.txt", Self.article)
        try database.write("in/empty.txt", "")
        try database.write("in/blank.txt", "  \n\n \t\n")
        try database.write(
            "in/image.txt",
            data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))
        try database.write("in/nul.txt", data: Data("Headline\n\nText with a \u{0} byte.".utf8))
        let result = try run([
            "ingest", "--db", db, database.folder.appendingPathComponent("in").path, "missing.txt",
        ])
        #expect(result.status != 0)
        for name in ["empty.txt", "blank.txt", "image.txt", "nul.txt", "missing.txt"] {
            #expect(result.stderr.contains(name), "no line for \(name)")
        }
        #expect(result.stderr.contains("1 new"))
        #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }.count == 5)
    }

    @Test("a folder that holds the archive itself does not ingest the archive's files")
    func archiveInsideInputFolder() throws {
        try database.write("story.txt", Self.article)
        let result = try run(["ingest", "--db", db, database.folder.path])
        #expect(!result.stderr.contains("cli.sqlite"))
    }

    @Test("a directory of binary files fails and leaves the database as it was")
    func binaryFolderLeavesDatabase() throws {
        let good = try database.write("good.txt", Self.article)
        _ = try run(["ingest", "--db", db, good])
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        try database.write(
            "bin/a.png", data: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 0xFF, 0xD8]))
        try database.write(
            "bin/b.jpg", data: Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0, 1]))
        let result = try run([
            "ingest", "--db", db, database.folder.appendingPathComponent("bin").path,
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("a.png") && result.stderr.contains("b.jpg"))
        let export = try run(["export", "--db", db, "--format", "jsonl", "articles"])
        #expect(export.stdout.split(separator: "\n").count == 1)
        _ = before
    }

    @Test("export of an unknown table names it and lists the tables")
    func unknownTable() throws {
        _ = try run(["ingest", "--db", db, try database.write("a.txt", Self.article)])
        let result = try run(["export", "--db", db, "no_such_table"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no_such_table") && result.stderr.contains("quotes_view"))
        #expect(result.stdout.isEmpty)
    }

    @Test("export to an unwritable path fails and leaves no file")
    func unwritableOutput() throws {
        _ = try run(["ingest", "--db", db, try database.write("a.txt", Self.article)])
        let result = try run([
            "export", "--db", db, "--output", "/nonexistent-folder/out.csv", "articles",
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent-folder/out.csv"))
    }

    @Test(
        "hostile searches exit 0 and never show an SQLite error",
        arguments: [
            "POL-358", "\"unbalanced", "AND", "NOT", "OR ferry", "*", "(", ")", "“island ferry”",
            "O'Brien", "U.S.", "e-mail", "café", "£5bn", "1,000", "c++", "ferry -engine",
            "title:ferry", "NEAR", "", String(repeating: "ferry ", count: 1_700),
        ])
    func hostileSearch(_ query: String) throws {
        _ = try run(["ingest", "--db", db, try database.write("a.txt", Self.article)])
        let result = try run(["search", "--db", db, "--format", "jsonl", query])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("SQLite"))
    }

    @Test("a raw query with a syntax error fails with one plain line")
    func badRawQuery() throws {
        _ = try run(["ingest", "--db", db, try database.write("a.txt", Self.article)])
        let result = try run(["search", "--db", db, "--raw", "ferry AND (engine"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is not a valid search expression"))
    }

    @Test("a command on a missing archive says how to create one")
    func missingArchive() throws {
        let result = try run(["search", "--db", db, "ferry"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("There is no archive at"))
    }

    @Test("a file that is not SQLite is refused with a clear message")
    func notADatabase() throws {
        let path = try database.write(
            "fake.sqlite", String(repeating: "not a database ", count: 400))
        let result = try run(["stats", "--db", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is not a newsarchive database"))
    }

    @Test("the binary copied alone to another folder ingests and searches")
    func copiedBinary() throws {
        let copy = try CommandLineRunner.copyAlone(into: database.folder, name: "elsewhere")
        let elsewhere = copy.deletingLastPathComponent()
        let file = try database.write("ferry.txt", Self.article)
        let ingest = try CommandLineRunner.run(["ingest", file], in: elsewhere, executable: copy)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let search = try CommandLineRunner.run(
            ["search", "--format", "csv", "ferry"], in: elsewhere, executable: copy)
        #expect(search.status == 0 && search.stdout.contains("ferry.txt"))
        #expect(
            FileManager.default.fileExists(
                atPath: elsewhere.appendingPathComponent("newsarchive.sqlite").path))
    }

    @Test("--since needs an ISO date")
    func badDate() throws {
        let result = try run(["quotes", "--db", db, "--since", "12/03/2019"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }
}
