import Foundation
import Testing

@testable import NewsArchive

/// Reading inputs again skips the extraction of texts the archive already holds, and the
/// writer still stores the right people and quotes whatever the reader skipped.
@Suite("Stored content")
struct StoredContentTests {
    let database: TestDatabase

    init() throws { database = try TestDatabase() }

    static let harbour =
        #"{"id": "harbour", "title": "Harbour works", "text": "Harbour works\n\n\"The quay opens in May,\" said Mayor Lena Fischer."}"#
    static let bridge =
        #"{"id": "bridge", "title": "Bridge closed", "text": "Bridge closed\n\n\"Repairs take a week,\" said engineer Tomas Berg."}"#
    static let market =
        #"{"id": "market", "title": "Market moves", "text": "Market moves\n\n\"Stalls return on Sunday,\" said trader Ines Costa."}"#

    func ingest(_ lines: [String], name: String) throws -> IngestReport {
        let path = try database.write(name, lines.joined(separator: "\n") + "\n")
        return try Ingester(store: database.store).ingest([.file(path)])
    }

    func speakers(ofArticle key: String) throws -> [String] {
        let statement = try database.connection.prepare(
            sql: """
                SELECT coalesce(p.name, '') FROM quotes AS q
                JOIN articles AS a ON a.id = q.article_id
                LEFT JOIN people AS p ON p.id = q.speaker_person_id
                WHERE a.key = ? ORDER BY q.id
                """)
        try statement.bind([key])
        var names: [String] = []
        while try statement.step() { names.append(statement.text(0) ?? "") }
        return names
    }

    @Test("the reader extracts only texts the archive does not hold")
    func readerSkipsStoredTexts() throws {
        _ = try ingest([Self.harbour, Self.bridge], name: "first.jsonl")
        let path = try database.write(
            "again.jsonl", [Self.harbour, Self.market].joined(separator: "\n"))
        let reader = ArticleReader(
            format: .jsonl, publication: nil, extracts: true, archivePath: database.path)
        var extracted: [String: Bool] = [:]
        reader.read([.file(path)]) { result in
            if case .article(let article, let extraction, _) = result {
                extracted[article.key] = extraction != nil
            }
            return true
        }
        #expect(extracted == ["harbour": false, "market": true])
    }

    @Test("a second run reports everything unchanged and keeps the quotes")
    func secondRun() throws {
        _ = try ingest([Self.harbour, Self.bridge], name: "first.jsonl")
        let report = try ingest([Self.harbour, Self.bridge], name: "again.jsonl")
        #expect(report.unchanged == 2 && report.new == 0 && report.updated == 0)
        #expect(try speakers(ofArticle: "harbour") == ["Lena Fischer"])
        #expect(try speakers(ofArticle: "bridge") == ["Tomas Berg"])
    }

    @Test("an article given the text of another is extracted by the writer")
    func writerExtractsWhenTheHintWasWrong() throws {
        _ = try ingest([Self.harbour, Self.bridge], name: "first.jsonl")
        // The key "harbour" now holds the bridge's text: the reader finds that text stored and
        // skips it, but the harbour article is replaced, so its quotes must be the bridge's.
        let moved = Self.bridge.replacingOccurrences(
            of: #""id": "bridge""#, with: #""id": "harbour""#)
        let report = try ingest([moved], name: "moved.jsonl")
        #expect(report.updated == 1)
        #expect(try speakers(ofArticle: "harbour") == ["Tomas Berg"])
    }
}
