import Foundation
import Testing

@testable import NewsArchive

/// Crashes, concurrent processes and exhausted resources lose nothing.
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
        try connection.execute(
            sql: "INSERT INTO schema_migrations VALUES ('9000_future.sql', 'later')")
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
}
