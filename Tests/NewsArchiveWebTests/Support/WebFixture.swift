import Foundation
import NewsArchive
@testable import NewsArchiveWeb
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// An archive of small invented articles in a temporary folder, served on a free loopback port
/// for as long as the value lives.
final class WebFixture: @unchecked Sendable {
    let folder: URL
    let path: String
    private(set) var port = 0
    private var serverTask: Task<Void, any Error>?
    /// The server's cache of search rankings.
    let searchCache: SearchCache

    /// Hostile text that must show as text on every page.
    static let script = "<script>alert(1)</script>"
    static let imageTag = "\"><img src=x onerror=alert(1)>"

    /// - Parameters:
    ///   - willComputeSearch: called each time the server ranks a search.
    ///   - willComputeHome: called each time the server reads what the front page shows.
    init(
        articles: [(Article, ArticleExtraction)] = WebFixture.standardArticles(),
        willComputeSearch: @escaping @Sendable (SearchKey) async -> Void = { _ in },
        willComputeHome: @escaping @Sendable () async -> Void = {}
    ) async throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsarchive-web-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("archive.sqlite").path
        // The writer closes before the server opens the file read-only.
        do {
            let store = try ArchiveStore(path: path)
            try store.connection.inTransaction {
                for (article, extraction) in articles {
                    _ = try store.store(
                        article, extraction: extraction, now: "2024-06-01T00:00:00Z")
                }
            }
        }
        var server = ArchiveWebServer(databasePath: path, port: 0)
        server.searchCache = SearchCache(path: path, willCompute: willComputeSearch)
        searchCache = server.searchCache
        server.homeCache = ArchiveValueCache(path: path, willCompute: willComputeHome)
        // Cancelling the task is how a test stops the server; Hummingbird logs it as an error.
        server.logLevel = .critical
        let ports = AsyncStream<Int>.makeStream()
        serverTask = Task {
            try await server.run(handlesSignals: false) { port in ports.continuation.yield(port) }
        }
        for await bound in ports.stream {
            port = bound
            break
        }
    }

    deinit {
        serverTask?.cancel()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Stops the server and waits for it to finish.
    func stop() async {
        serverTask?.cancel()
        _ = await serverTask?.result
    }

    struct Reply {
        var status: Int
        var contentType: String
        var body: String
        var headers: [String: String]
    }

    /// Requests a path (with its query string, already encoded) from the server.
    func get(_ pathAndQuery: String) async throws -> Reply {
        let url = try #require(URL(string: "http://127.0.0.1:\(port)\(pathAndQuery)"))
        var request = URLRequest(url: url)
        request.timeoutInterval = 20
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            headers[String(describing: name).lowercased()] = String(describing: value)
        }
        return Reply(
            status: http.statusCode, contentType: headers["content-type"] ?? "",
            body: String(decoding: data, as: UTF8.self), headers: headers)
    }

    /// Stores articles through a connection of the test's own, as an ingest would while the
    /// server runs.
    func store(_ articles: [(Article, ArticleExtraction)]) throws {
        let store = try ArchiveStore(path: path)
        try store.connection.inTransaction {
            for (article, extraction) in articles {
                _ = try store.store(article, extraction: extraction, now: "2024-06-02T00:00:00Z")
            }
        }
    }

    /// Three articles by invented people, one of them full of hostile markup.
    static func standardArticles() -> [(Article, ArticleExtraction)] {
        [harbourArticle(), hostileArticle(), olderHarbourArticle()]
    }

    /// Articles alike but for their keys, alternately in two publications, each quoting
    /// Wren Tallis.
    static func manyArticles(_ count: Int) -> [(Article, ArticleExtraction)] {
        (0..<count).map { index in
            var (article, extraction) = harbourArticle()
            article.key = "test/harbour-\(index).txt"
            article.headline += " (\(index))"
            if index % 2 == 1 { article.publication = "Coastal Weekly" }
            extraction.organisations = []
            extraction.people[0].organisations = []
            return (article, extraction)
        }
    }

    static func harbourArticle() -> (Article, ArticleExtraction) {
        let paragraphs = [
            "The Lowmoor harbour board approved a new sea wall on Tuesday.",
            "\"The wall will protect two hundred homes from winter storms,\" said Councillor Wren Tallis.",
            "Ms Tallis said the technology in the gates had been tested for a year.",
            "The Lowmoor Harbour Trust welcomed the decision.",
        ]
        let article = Article(
            key: "test/harbour.txt", publication: "Lowmoor Gazette",
            headline: "Harbour board approves sea wall", byline: "Ada Penhale",
            published: "2024-03-05", paragraphs: paragraphs)
        let body = article.body
        let quotes = [
            quote(
                .direct, "The wall will protect two hundred homes from winter storms,", in: body,
                paragraph: 1, cue: "said", mention: "Councillor Wren Tallis", speaker: .person(0)),
            quote(
                .indirect, "the technology in the gates had been tested for a year", in: body,
                paragraph: 2, cue: "said", mention: "Ms Tallis", speaker: .person(0)),
        ]
        let extraction = ArticleExtraction(
            people: [
                PersonEntity(
                    name: "Wren Tallis", mentions: ["Councillor Wren Tallis", "Ms Tallis"],
                    titles: ["Councillor"], organisations: ["Lowmoor Harbour Trust"],
                    gender: .female)
            ],
            organisations: [OrganisationEntity(name: "Lowmoor Harbour Trust")],
            quotes: quotes)
        return (article, extraction)
    }

    static func olderHarbourArticle() -> (Article, ArticleExtraction) {
        let paragraphs = [
            "Plans for a harbour sea wall were first shown to residents in Lowmoor.",
            "\"We cannot wait for the next storm,\" Wren Tallis told a public meeting.",
        ]
        let article = Article(
            key: "test/older.txt", publication: "Coastal Weekly",
            headline: "Residents see harbour plans", published: "2023-11-20", paragraphs: paragraphs
        )
        let extraction = ArticleExtraction(
            people: [PersonEntity(name: "Wren Tallis", mentions: ["Wren Tallis"])],
            quotes: [
                quote(
                    .direct, "We cannot wait for the next storm,", in: article.body, paragraph: 1,
                    cue: "told", mention: "Wren Tallis", speaker: .person(0))
            ])
        return (article, extraction)
    }

    static func hostileArticle() -> (Article, ArticleExtraction) {
        let paragraphs = [
            "Markup arrived in the harbour newsroom: \(script) and \(imageTag) in one line.",
            "\"Never trust \(script) in a quote,\" said Orrin <b>Vale</b>.",
        ]
        let article = Article(
            key: "test/hostile.txt", publication: "Gazette \(imageTag)",
            headline: "Harbour markup \(script)", byline: "Ima \(imageTag)",
            published: "2024-01-10", url: "javascript:alert(1)", paragraphs: paragraphs)
        let extraction = ArticleExtraction(
            people: [PersonEntity(name: "Orrin <b>Vale</b>", mentions: [imageTag])],
            organisations: [OrganisationEntity(name: "Harbour \(script) Club")],
            quotes: [
                quote(
                    .direct, "Never trust \(script) in a quote,", in: article.body, paragraph: 1,
                    cue: "said", mention: imageTag, speaker: .person(0))
            ])
        return (article, extraction)
    }

    /// A quote whose offsets are found by looking its text up in the body.
    static func quote(
        _ kind: QuoteKind, _ text: String, in body: String, paragraph: Int, cue: String,
        mention: String, speaker: SpeakerReference
    ) -> ExtractedQuote {
        let range = body.range(of: text)
        let start =
            range.map { body.unicodeScalars.distance(from: body.startIndex, to: $0.lowerBound) }
            ?? 0
        return ExtractedQuote(
            kind: kind, text: text, cue: cue, mention: mention, speaker: speaker, section: .body,
            paragraph: paragraph, start: start, end: start + text.unicodeScalars.count)
    }
}
