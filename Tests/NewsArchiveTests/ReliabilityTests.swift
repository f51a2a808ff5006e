import Foundation
import Testing

@testable import NewsArchive

/// Crashes, concurrent processes and exhausted resources lose nothing.
///
/// The hostile inputs of the reliability issue are tested here and in `CommandLineTests`
/// (empty, blank, binary and NUL-byte files: `badInputs`; a file that is not SQLite:
/// `notADatabase`), `InputCollectorTests` (link loops, in the library) and `MigrationTests`.
@Suite("Reliability")
struct ReliabilityTests {
    let database: TestDatabase
    var db: String { database.folder.appendingPathComponent("cli.sqlite").path }

    init() throws { database = try TestDatabase() }

    /// Writes `count` small distinct articles as one JSON Lines file and returns its path.
    func makeJSONLines(_ count: Int, name: String = "batch.jsonl") throws -> String {
        let lines = (0..<count).map { index in
            #"{"id": "story-\#(index)", "title": "Story number \#(index)", "text": "Story number \#(index)\n\nThe mayor said the harbour project number \#(index) would finish soon.\n\n\"We are nearly there,\" Mayor Lena Fischer said."}"#
        }
        return try database.write(name, lines.joined(separator: "\n") + "\n")
    }

    func start(_ arguments: [String], stdin: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = CommandLineRunner.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = Pipe()
        if let stdin { process.standardInput = stdin }
        try process.run()
        return process
    }

    @Test("searches and exports run while an ingest writes, and never meet a lock")
    func readersDuringIngest() throws {
        _ = try CommandLineRunner.run([
            "ingest", "--db", db, try makeJSONLines(10, name: "seed.jsonl"),
        ])
        let writer = try start(["ingest", "--db", db, "--quiet", try makeJSONLines(3_000)])
        var reads = 0
        while writer.isRunning || reads < 3 {
            let search = try CommandLineRunner.run([
                "search", "--db", db, "--format", "jsonl", "--limit", "5", "harbour",
            ])
            #expect(search.status == 0, "\(search.stderr)")
            #expect(!search.stderr.contains("locked"))
            let export = try CommandLineRunner.run([
                "export", "--db", db, "--format", "csv", "articles",
            ])
            #expect(export.status == 0, "\(export.stderr)")
            reads += 1
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        let stats = try CommandLineRunner.run([
            "export", "--db", db, "--format", "jsonl", "articles",
        ])
        #expect(stats.stdout.split(separator: "\n").count == 3_000)
    }

    @Test("two ingests at once both finish, and nothing is stored twice")
    func concurrentIngests() throws {
        let file = try makeJSONLines(1_500)
        let first = try start(["ingest", "--db", db, "--quiet", file])
        let second = try start(["ingest", "--db", db, "--quiet", file])
        first.waitUntilExit()
        second.waitUntilExit()
        let messages = [first, second].map { process in
            (process.standardError as? Pipe).map {
                String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            } ?? ""
        }
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0, "\(messages)")
        let rows = try CommandLineRunner.run([
            "export", "--db", db, "--format", "jsonl", "articles",
        ])
        #expect(rows.stdout.split(separator: "\n").count == 1_500)
    }

    @Test("Ctrl-C stops after the batch in flight, keeps it, and says so")
    func interrupt() throws {
        let input = Pipe()
        let errors = Pipe()
        let process = Process()
        process.executableURL = CommandLineRunner.binary
        process.arguments = ["ingest", "--db", db, "--format", "jsonl", "-"]
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let lines = try String(contentsOfFile: try makeJSONLines(20), encoding: .utf8)
        input.fileHandleForWriting.write(Data(lines.utf8))
        // Give the reader time to parse what was sent; the pipe stays open, as when a
        // scraper is still feeding the ingest.
        Thread.sleep(forTimeInterval: 1.0)
        process.interrupt()
        process.waitUntilExit()
        let message = String(
            decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 130)
        #expect(message.contains("Interrupted"))
        let rows = try CommandLineRunner.run([
            "export", "--db", db, "--format", "jsonl", "articles",
        ])
        #expect(rows.stdout.split(separator: "\n").count == 20)
        try? input.fileHandleForWriting.close()
    }

    @Test("a full disk stops the run with the batches before it intact")
    func fullDisk() throws {
        let path = try makeJSONLines(400)
        var options = Ingester.Options()
        options.batchSize = 50
        // max_page_count holds for this connection only: a full disk, simulated.
        try database.connection.execute(
            sql: "PRAGMA max_page_count = \(try database.count("PRAGMA page_count") + 40)")
        #expect(throws: SQLiteError.self) {
            _ = try Ingester(store: database.store, options: options).ingest([.file(path)])
        }
        let stored = try database.count("SELECT count(*) FROM articles")
        #expect(stored > 0 && stored < 400 && stored % 50 == 0)
        #expect(try database.connection.scalarText(sql: "PRAGMA integrity_check") == "ok")
        try database.connection.execute(
            sql: "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        #expect(
            try database.count(
                "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM quotes)")
                == 0
                || ArticleExtractor.extract(
                    from: Article(key: "x", headline: "x", paragraphs: ["\"A,\" B said."])
                ).quotes.isEmpty)
    }

    @Test("a database from a newer version is refused by every command, untouched")
    func newerSchema() throws {
        _ = try CommandLineRunner.run(["ingest", "--db", db, try makeJSONLines(2)])
        let connection = try Connection(path: db)
        // As a newer build records its migration: the row, and the count in user_version.
        try connection.execute(
            sql: """
                INSERT INTO schema_migrations VALUES ('9000_future.sql', 'later');
                PRAGMA user_version = \(Migration.bundled.count + 1);
                """)
        for arguments in [
            ["ingest", "--db", db, try makeJSONLines(1, name: "one.jsonl")],
            ["search", "--db", db, "story"], ["stats", "--db", db],
        ] {
            let result = try CommandLineRunner.run(arguments)
            #expect(result.status != 0)
            #expect(result.stderr.contains("newer version of newsarchive"))
        }
        #expect(try connection.scalarInt(sql: "SELECT count(*) FROM articles") == 2)
    }

    @Test("hostile inputs give one reason each and the rest of the batch is stored")
    func hostileBatch() throws {
        try database.write("in/good.txt", "A good headline\n\nA good paragraph.")
        try database.write(
            "in/utf16-no-bom.txt",
            data: Data(
                "Headline\n\nBody text here.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        try database.write(
            "in/invalid-utf8.txt", data: Data([0x48, 0x69, 0x0A, 0x0A, 0xC3, 0x28, 0xA0, 0x41]))
        try database.write("in/quotes.txt", "Marks\n\n" + String(repeating: "\"", count: 10_000))
        try database.write(
            "in/long-line.txt", "Long\n\n" + String(repeating: "word ", count: 200_000))
        let wrongType = #"{"id": "w", "text": ["not", "a", "string"]}"#
        try database.write(
            "in/records.jsonl",
            #"{"id": "ok", "text": "Fine\n\nFine body."}"# + "\n" + wrongType + "\n")
        let result = try CommandLineRunner.run([
            "ingest", "--db", db, database.folder.appendingPathComponent("in").path,
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("utf16-no-bom.txt: "))
        #expect(result.stderr.contains("records.jsonl:2: "))
        let rows = try CommandLineRunner.run([
            "export", "--db", db, "--format", "jsonl", "articles",
        ])
        // good, invalid-utf8 (read as Windows-1252), quotes, long-line, and one record.
        #expect(rows.stdout.split(separator: "\n").count == 5)
    }

    @Test("a 50 MB article is stored whole, with its quotes, in bounded time")
    func fiftyMegabyteArticle() throws {
        let path: String
        let bodyBytes: Int
        do {
            let text = LongArticle.make(size: 50_000_000)
            // All but the headline line and the final line end.
            bodyBytes = text.count - LongArticle.headline.utf8.count - 3
            path = try database.write("long.txt", data: text)
        }
        // The limit catches a hang, not slowness: the unoptimised test build takes about 2.5
        // minutes alone on two cores, and longer beside the rest of the suite or other work.
        let result = try CommandLineRunner.run(["ingest", "--db", db, path], timeout: 600)
        try FileManager.default.removeItem(atPath: path)
        #expect(!result.timedOut, "the ingest was stopped after 10 minutes")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 new"))
        let connection = try Connection(path: db)
        // Every byte after the headline line is in the body: nothing was cut short.
        #expect(
            try connection.scalarInt(sql: "SELECT length(CAST(body AS BLOB)) FROM articles")
                == bodyBytes)
        // The last paragraph was indexed, and its quote found and attributed.
        #expect(
            try connection.scalarInt(
                sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'skerrow'") == 1)
        #expect(
            try connection.scalarText(
                sql: "SELECT speaker_name FROM quotes WHERE text LIKE '%Skerrow Point%'")
                == "Odile Vennick")
    }

    @Test("100,000 JSON Lines with one bad line store the other 99,999 and name the bad one")
    func hundredThousandLines() throws {
        let bad = 61_803
        var text = ""
        text.reserveCapacity(7_000_000)
        for line in 1...100_000 {
            // The bad line is a record cut off mid-write, as by a scraper that was killed.
            text +=
                line == bad
                ? #"{"id": "r\#(line)", "text": "Note \#(line)\n\nThe ferry"#
                : #"{"id": "r\#(line)", "text": "Note \#(line)\n\nThe ferry left late."}"#
            text += "\n"
        }
        let path = try database.write("hundred.jsonl", text)
        // Extraction is left out to keep the run short; storing is what is under test here.
        let result = try CommandLineRunner.run(
            ["ingest", "--db", db, "--no-extraction", path], timeout: 300)
        #expect(!result.timedOut, "the ingest was stopped after 5 minutes")
        #expect(result.status != 0)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == 1 && errors[0].hasPrefix("error: \(path):\(bad): "), "\(errors)")
        #expect(result.stderr.contains("99999 new"))
        let connection = try Connection(path: db)
        #expect(try connection.scalarInt(sql: "SELECT count(*) FROM articles") == 99_999)
        #expect(
            try connection.scalarInt(
                sql: "SELECT count(*) FROM articles WHERE key IN ('r61802', 'r61803', 'r61804')")
                == 2)
    }

    @Test("looping symbolic links in a folder are named and skipped, and the walk ends")
    func symbolicLinkLoops() throws {
        let root = database.folder.appendingPathComponent("in")
        try database.write("in/good.txt", "A good headline\n\nA good paragraph.")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        // A link to itself, two links to each other, and a folder link back up the tree.
        for (link, target) in [("loop", "loop"), ("a", "b"), ("b", "a"), ("sub/up", "..")] {
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent(link).path, withDestinationPath: target)
        }
        let result = try CommandLineRunner.run(["ingest", "--db", db, root.path], timeout: 60)
        #expect(!result.timedOut, "the folder walk did not end")
        #expect(result.status != 0)
        for name in ["loop", "a", "b"] {
            #expect(result.stderr.contains("in/\(name): a broken or looping symbolic link"))
        }
        #expect(result.stderr.contains("1 new"))
        let rows = try CommandLineRunner.run([
            "export", "--db", db, "--format", "jsonl", "articles",
        ])
        #expect(rows.stdout.split(separator: "\n").count == 1)
    }

    @Test(
        "unreadable files and folders are named, and the rest is stored",
        .enabled(
            if: UnprivilegedRunner.isAvailable,
            "needs a user without root's access to every file: not root, or root with setpriv"))
    func unreadableInputs() throws {
        let binary = try UnprivilegedRunner.prepare(database.folder)
        try database.write("in/good.txt", "A good headline\n\nA good paragraph.")
        let secret = try database.write("in/secret.txt", "Secret\n\nNot for everyone.")
        try database.write("in/locked/inside.txt", "Locked away\n\nAlso hidden.")
        let locked = database.folder.appendingPathComponent("in/locked").path
        for path in [secret, locked] {
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        }
        // Restored so the folder can be removed when the test ends.
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked)
        }
        let result = try UnprivilegedRunner.run(
            ["ingest", "--db", db, database.folder.appendingPathComponent("in").path],
            binary: binary)
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(secret): permission denied"), "\(result.stderr)")
        #expect(result.stderr.contains("\(locked): the folder cannot be read"))
        #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }.count == 2)
        #expect(result.stderr.contains("1 new"))
        #expect(try Connection(path: db).scalarInt(sql: "SELECT count(*) FROM articles") == 1)
    }

    @Test(
        "a read-only archive is refused with one clear line and left as it was",
        .enabled(
            if: UnprivilegedRunner.isAvailable,
            "needs a user without root's access to every file: not root, or root with setpriv"))
    func readOnlyArchive() throws {
        let binary = try UnprivilegedRunner.prepare(database.folder)
        let first = try database.write("first.txt", "A first headline\n\nA first paragraph.")
        let seeded = try UnprivilegedRunner.run(["ingest", "--db", db, first], binary: binary)
        #expect(seeded.status == 0, "\(seeded.stderr)")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let second = try database.write("second.txt", "A second headline\n\nMore text.")
        let result = try UnprivilegedRunner.run(["ingest", "--db", db, second], binary: binary)
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("\(db) is read-only"), "\(lines)")
        #expect(!result.stderr.contains("SQLite error"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        // Reading still works.
        let search = try UnprivilegedRunner.run(
            ["search", "--db", db, "--format", "csv", "first"], binary: binary)
        #expect(search.status == 0 && search.stdout.contains("first.txt"), "\(search.stderr)")
        #expect(!search.stdout.contains("second.txt"))
    }
}
