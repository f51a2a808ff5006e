import Foundation
import Testing

@testable import NewsArchive

/// Every exportable table and view goes out through the CLI and comes back through Python's
/// csv module with exactly the stored rows and values.
@Suite("Export round trip")
struct ExportRoundTripTests {
    static let hostileArticle = """
        Council says "yes, and no" to the =SUM(A1) plan, tabs\tand all 🗞️

        Mayor Ana Lima said the plan was "fair, honest and overdue".

        "We will build it, whatever it costs," said Ms Lima. "مرحبا, שלום and a\ttab."

        The Riverton Council said in a statement that work would start in May.
        """

    @Test("CSV of every table has its row count and values")
    func everyTable() throws {
        let database = try TestDatabase()
        let db = database.folder.appendingPathComponent("cli.sqlite").path
        let first = try database.write("in/a.txt", Self.hostileArticle)
        try database.write(
            "in/b.txt", Self.hostileArticle.replacingOccurrences(of: "May", with: "June"))
        try database.write("in/copy.txt", Self.hostileArticle)
        _ = try CommandLineRunner.run([
            "ingest", "--db", db, database.folder.appendingPathComponent("in").path,
        ])
        let store = try ArchiveStore(path: db)
        _ = first
        let names = try Exporter(connection: store.connection).exportableNames()
        #expect(names.count >= 15)
        for name in names {
            let output = database.folder.appendingPathComponent("\(name).csv").path
            let result = try CommandLineRunner.run(["export", "--db", db, "--output", output, name])
            try #require(result.status == 0, "\(name): \(result.stderr)")
            let script = """
                import csv, json, sqlite3, sys
                rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
                db = sqlite3.connect(sys.argv[2])
                cur = db.execute('SELECT * FROM "%s"' % sys.argv[3])
                lists = {"aliases", "titles", "organisations", "mentions", "captions"}
                names = [d[0] for d in cur.description]
                assert rows[0] == names, (rows[0], names)
                stored = cur.fetchall()
                assert len(rows) - 1 == len(stored), (len(rows) - 1, len(stored))
                def cell(name, v):
                    if v is None: return ''
                    if name in lists: return '|'.join(json.loads(v))
                    return str(v)
                for got, want in zip(rows[1:], stored):
                    expected = [cell(n, v) for n, v in zip(names, want)]
                    assert got == expected, (got, expected)
                print(len(stored))
                """
            let check = try CommandLineRunner.run(
                ["python3", "-c", script, output, db, name],
                executable: URL(fileURLWithPath: "/usr/bin/env"))
            #expect(check.status == 0, "\(name): \(check.stderr)")
        }
        #expect(try store.connection.scalarInt(sql: "SELECT count(*) FROM quotes") ?? 0 > 0)
    }

    @Test("an export that runs out of space exits non-zero and leaves no file")
    func fileSizeLimit() throws {
        let database = try TestDatabase()
        let db = database.folder.appendingPathComponent("cli.sqlite").path
        for index in 0..<300 {
            try database.write("in/\(index).txt", Self.hostileArticle + "\n\nNumber \(index).")
        }
        _ = try CommandLineRunner.run([
            "ingest", "--db", db, database.folder.appendingPathComponent("in").path,
        ])
        let output = database.folder.appendingPathComponent("big.csv").path
        // A file-size limit (100 blocks: room for the database's shared-memory file, not for
        // the export) stands in for a full disk.
        let command = "ulimit -f 100; exec \"$0\" export --db \"$1\" --output \"$2\" articles"
        let result = try CommandLineRunner.run(
            ["-c", command, CommandLineRunner.binary.path, db, output],
            executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status != 0)
        #expect(result.stderr.contains("big.csv"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: database.folder.path)
        #expect(!leftovers.contains { $0.hasSuffix(".partial") })
    }
}
