import Foundation
import Testing

@testable import NewsArchive

@Suite struct ArticleRecordTests {
    @Test func fixtureRecords() throws {
        let lines = try ParsingFixtures.text("records.jsonl").split(separator: "\n")
        #expect(lines.count == 7)
        var articles: [Article] = []
        var failures: [String] = []
        for (index, line) in lines.enumerated() {
            let fallback = "records.jsonl:\(index + 1)"
            do {
                let record = try ArticleRecord(jsonLine: line)
                articles.append(
                    record.makeArticle(fallbackKey: fallback, sourcePath: "records.jsonl"))
            } catch {
                failures.append("\(fallback): \(error)")
            }
        }
        #expect(
            articles.map(\.key) == [
                "rec-1", "42", "https://example.org/news/43", "records.jsonl:4",
            ])
        let first = articles[0]
        #expect(first.headline == "Bridge toll scrapped")
        #expect(first.publication == "Valley Post")
        #expect(first.published == "2020-06-01")
        #expect(first.byline == "Lena Ostrova and Marc Dube")
        #expect(first.sourcePath == "records.jsonl")
        #expect(
            first.paragraphs == [
                "The toll on the Elm Street bridge will end in July, the council said.",
                "\"Drivers have paid enough,\" said council leader Ines Varga.",
            ])
        #expect(articles[1].url == "https://example.org/news/42")
        #expect(articles[1].headline == "Museum gets new director")
        #expect(articles[3].headline == "Short notice")
        #expect(
            failures == [
                "records.jsonl:5: \"text\" must be a string, found a number",
                "records.jsonl:6: missing \"text\" (or \"body\")",
                "records.jsonl:7: not valid JSON (unescaped control character at column 28)",
            ] || failures.count == 3 && failures[2].hasPrefix("records.jsonl:7: not valid JSON ("))
    }

    @Test(arguments: [
        ("{\"id\": 1, \"text\": x}", "not valid JSON (unexpected character 'x' at column 19)"),
        ("{\"text\": \"é\", x}", "not valid JSON"),
        ("{\"text\": \"abc\"", "not valid JSON (unexpected end of line)"),
        ("[1, 2]", "expected a JSON object, found an array"),
        ("\"text\"", "expected a JSON object, found a string"),
        ("{}", "missing \"text\" (or \"body\")"),
        ("{\"body\": null}", "missing \"text\" (or \"body\")"),
        ("{\"text\": 12}", "\"text\" must be a string, found a number"),
        ("{\"text\": [\"a\"]}", "\"text\" must be a string, found an array"),
        ("{\"body\": {\"a\": 1}}", "\"body\" must be a string, found an object"),
        ("{\"text\": \"  \\n \"}", "\"text\" is empty"),
        (
            "{\"text\": \"Hi\", \"id\": true}",
            "\"id\" must be a string or a number, found a boolean"
        ),
        ("{\"text\": \"Hi\", \"title\": 3}", "\"title\" must be a string, found a number"),
        (
            "{\"text\": \"Hi\", \"authors\": [\"A\", 3]}",
            "\"authors\" must be a string or an array of strings, found an array holding a number"
        ),
        ("   ", "blank line"),
    ])
    func badLinesSayWhy(line: String, reason: String) {
        do {
            _ = try ArticleRecord(jsonLine: line)
            Issue.record("expected an error for \(line)")
        } catch {
            #expect(error.description.hasPrefix(reason), "\(error.description)")
            #expect(!error.description.contains("\n"))
            #expect(error.errorDescription == error.description)
        }
    }

    @Test(arguments: [
        ("{\"id\": \"a-1\", \"text\": \"T\"}", "a-1"),
        ("{\"id\": 7, \"text\": \"T\"}", "7"),
        ("{\"id\": 7.5, \"text\": \"T\"}", "7.5"),
        ("{\"id\": 1e3, \"text\": \"T\"}", "1000"),
        ("{\"id\": \"  \", \"url\": \"u\", \"text\": \"T\"}", "u"),
        ("{\"url\": \"https://x/1\", \"text\": \"T\"}", "https://x/1"),
        ("{\"text\": \"T\"}", "file.jsonl:9"),
    ])
    func keys(line: String, key: String) throws {
        #expect(try ArticleRecord(jsonLine: line).key(fallback: "file.jsonl:9") == key)
    }

    @Test func alternativeFieldNamesAndOrder() throws {
        let line = """
            {"body": "B", "text": "T", "headline": "H2", "title": "H1", "date": "2020-01-02",
             "published": "3 March 2021", "source": "S2", "publication": "S1",
             "byline": "By Ana Ruiz", "unknown": [1, {"x": null}]}
            """.replacingOccurrences(of: "\n", with: "")
        let record = try ArticleRecord(jsonLine: line)
        #expect(record.text == "T")
        #expect(record.headline == "H1")
        #expect(record.published == "3 March 2021")
        #expect(record.publication == "S1")
        #expect(record.byline == "Ana Ruiz")
        #expect(record.makeArticle(fallbackKey: "f").published == "2021-03-03")
    }

    @Test func authorsListIsJoined() throws {
        let record = try ArticleRecord(
            jsonLine: #"{"text": "T", "authors": ["A One", "By B Two", "C Three"]}"#)
        #expect(record.byline == "A One, B Two and C Three")
        let single = try ArticleRecord(jsonLine: #"{"text": "T", "author": "AP"}"#)
        #expect(single.byline == "AP")
    }

    @Test func dataWithByteOrderMarkAndSubstringInputAgree() throws {
        let json = #"{"id": "x", "text": "Headline\n\nBody “quoted”."}"#
        let fromData = try ArticleRecord(jsonLine: Data([0xEF, 0xBB, 0xBF]) + Data(json.utf8))
        let fromText = try ArticleRecord(jsonLine: json[...])
        #expect(fromData == fromText)
        #expect(fromData.makeArticle(fallbackKey: "f").paragraphs == ["Body “quoted”."])
    }

    @Test(.enabled(if: ParsingFixtures.hasShared))
    func polnearRecordsConsumeTheirTitleLine() throws {
        let url = ParsingFixtures.shared.appendingPathComponent("eval/polnear-dev.jsonl")
        let lines = try Data(contentsOf: url).split(separator: 0x0A)
        #expect(lines.count > 500)
        for line in lines {
            let record = try ArticleRecord(jsonLine: Data(line))
            let article = record.makeArticle(fallbackKey: "f")
            #expect(article.key.hasPrefix("polnear:"))
            #expect(article.headline == record.headline)
            #expect(article.published != nil)
            // The title, on one line or two, is not kept in the body.
            let title = record.text.components(separatedBy: "\n\n")[0]
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(!title.contains { article.paragraphs.contains($0) }, "\(article.key)")
        }
    }
}
