import ArgumentParser
import Foundation
import Testing

@testable import NewsArchive
@testable import newsarchive

/// The quick reader of `search` and `quotes` command lines must read every line it accepts
/// exactly as ArgumentParser does, and leave every other line to ArgumentParser.
@Suite("Quick parse")
struct QuickParseTests {
    /// The plain values ArgumentParser's parse of the same line leads to.
    static func fullParse(_ arguments: [String]) throws -> String {
        let command = try NewsArchiveCommand.parseAsRoot(arguments)
        if let search = command as? Search { return "\(search.plain)" }
        if let quotes = command as? Quotes { return "\(quotes.plain)" }
        Issue.record("\(arguments) parsed as \(type(of: command))")
        return ""
    }

    @Test(
        "accepted lines read as ArgumentParser reads them",
        arguments: [
            ["search", "flood"],
            [
                "search", "--db", "a.sqlite", "--format", "csv", "--limit", "5", "--offset", "10",
                "x",
            ],
            ["search", "\"prime minister\"", "--in", "quotes", "--kind", "direct"],
            ["search", "--raw", "blair AND brown", "--speaker", "Tony Blair"],
            [
                "search", "--publication", "BBC", "--since", "2004-01-01", "--until", "2005-12-31",
                "tax",
            ],
            ["search", "--format", "jsonl", "--limit", "0", "x*"],
            ["search", "café"],
            ["quotes"],
            ["quotes", "--speaker", "Simon Bailey", "technology"],
            ["quotes", "--kind", "indirect", "--format", "table", "--db", "b.sqlite"],
            ["quotes", "--since", "2019-03-12", "--limit", "3", "--offset", "0"],
        ])
    func acceptedLinesAgree(_ arguments: [String]) throws {
        let quick = try #require(QuickParse.command(arguments), "declined \(arguments)")
        #expect("\(quick)" == (try Self.fullParse(arguments)))
    }

    @Test(
        "anything else is left to ArgumentParser",
        arguments: [
            [], ["ingest", "a.txt"], ["export", "articles"], ["search"],
            ["search", "--help"], ["search", "-h", "x"], ["quotes", "--help"],
            ["search", "--limit=5", "x"], ["search", "--format", "xml", "x"],
            ["search", "--limit", "five", "x"], ["search", "--offset", "-1", "x"],
            ["search", "--limit", "--raw", "x"], ["search", "--db"],
            ["search", "--since", "2019-13-01", "x"],
            [
                "search", "--since", "2020-01-02",
                "--until", "2020-01-01", "x",
            ],
            ["search", "--kind", "rumour", "x"], ["search", "--in", "people", "x"],
            ["search", "--raw", "--raw", "x"], ["search", "--db", "a", "--db", "b", "x"],
            ["search", "two", "words"], ["search", "-brown"], ["search", "--", "x"],
            ["search", "--unknown", "x"], ["quotes", "--raw", "x"], ["quotes", "--in", "quotes"],
            ["quotes", "a", "b"],
        ])
    func otherLinesDeclined(_ arguments: [String]) {
        #expect(QuickParse.command(arguments) == nil)
    }

    @Test("a declined line still runs, through ArgumentParser")
    func declinedLineRuns() throws {
        let database = try TestDatabase()
        let db = database.folder.appendingPathComponent("quick.sqlite").path
        let file = try database.write(
            "tide.txt", "Tide gates close early\n\nThe harbour master said the gates would close.\n"
        )
        #expect(try CommandLineRunner.run(["ingest", "--db", db, file]).status == 0)
        let quick = try CommandLineRunner.run(["search", "--db", db, "--format", "csv", "gates"])
        let full = try CommandLineRunner.run(["search", "--db=\(db)", "--format=csv", "gates"])
        #expect(quick.status == 0 && full.status == 0, "\(quick.stderr) \(full.stderr)")
        #expect(quick.stdout.contains("**gates**"))
        #expect(quick.stdout == full.stdout)
        let help = try CommandLineRunner.run(["search", "--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: newsarchive search"))
    }
}
