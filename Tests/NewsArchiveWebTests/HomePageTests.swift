import Foundation
import NewsArchive
import Testing

@testable import NewsArchiveWeb

/// The front page: the counts and lists it shows, whether read on the spot or kept by the
/// server until the archive changes.
@Suite("Home page")
struct HomePageTests {
    /// More articles than the list shows: many on one date (ties go to the newest id), two
    /// with no date (they sort by when they were ingested, 2024-06-01, after every date here).
    static func articles() -> [(Article, ArticleExtraction)] {
        let undated = (0..<2).map { index in
            var (article, extraction) = WebFixture.olderHarbourArticle()
            article.key = "test/undated-\(index).txt"
            article.headline = "Undated harbour notice \(index)"
            article.published = nil
            return (article, extraction)
        }
        let many = WebFixture.manyArticles(12)
        return WebFixture.standardArticles() + Array(many[..<6]) + undated + Array(many[6...])
    }

    /// The ids a page links to under `prefix` (such as `/articles/`), in order, in the part
    /// of the page after `heading`.
    private func links(_ body: String, after heading: String, to prefix: String) -> [Int] {
        guard let start = body.range(of: heading)?.upperBound else { return [] }
        let section = body[start...]
        let end = section.range(of: "</section>")?.lowerBound ?? section.endIndex
        return section[..<end].components(separatedBy: "href=\"\(prefix)").dropFirst()
            .compactMap { Int($0.prefix { $0.isNumber }) }
    }

    /// What the page should show, worked out with plain queries and sorted here.
    private struct Expected {
        var counts: [String: Int] = [:]
        var articles: [Int] = []
        var people: [Int] = []

        init(path: String) throws {
            let db = try Connection(path: path, mode: .readOnly)
            for table in ["articles", "people", "organisations", "quotes"] {
                counts[table] = try db.scalarInt(sql: "SELECT count(*) FROM \(table)")
            }
            var dated: [(date: String, id: Int)] = []
            let articles = try db.prepare(
                sql: "SELECT id, published, ingested_at FROM articles")
            while try articles.step() {
                dated.append((articles.text(1) ?? articles.text(2) ?? "", articles.int(0)))
            }
            self.articles = dated.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
                .prefix(HomePage.listLength).map(\.id)
            var ranked: [(quotes: Int, articles: Int, name: String, id: Int)] = []
            let people = try db.prepare(
                sql: """
                    SELECT p.id, p.name,
                        (SELECT count(*) FROM quotes WHERE speaker_person_id = p.id),
                        (SELECT count(*) FROM person_mentions WHERE person_id = p.id)
                    FROM people AS p
                    """)
            while try people.step() {
                ranked.append((people.int(2), people.int(3), people.text(1) ?? "", people.int(0)))
            }
            self.people = ranked.sorted {
                ($0.quotes, $0.articles) != ($1.quotes, $1.articles)
                    ? ($0.quotes, $0.articles) > ($1.quotes, $1.articles) : $0.name < $1.name
            }.prefix(HomePage.listLength).map(\.id)
        }
    }

    @Test("the front page shows the archive's counts, most quoted people and newest articles")
    func contents() async throws {
        let web = try await WebFixture(articles: Self.articles())
        let body = try await web.get("/").body
        let expected = try Expected(path: web.path)
        #expect(expected.counts["articles"] == 17)
        for (item, count) in expected.counts {
            #expect(body.contains("<li><b>\(count)</b> \(item)</li>"), "\(item)")
        }
        #expect(
            links(body, after: "<h2>Latest articles</h2>", to: "/articles/") == expected.articles)
        // The undated two (stored 10th and 11th) first, then the newest ids of 2024-03-05.
        #expect(expected.articles == [11, 10, 17, 16, 15, 14, 13, 12, 9, 8])
        #expect(
            links(body, after: "<h2>Most quoted people</h2>", to: "/people/") == expected.people)
        #expect(!expected.people.isEmpty)

        // The page the server kept is the page read on the spot.
        let store = try ArchiveStore(path: web.path, readOnly: true)
        #expect(String(decoding: try HomePage.render(store).body, as: UTF8.self) == body)
        await web.stop()
    }

    @Test("the front page is read once, and again after another connection commits")
    func commitShowsUp() async throws {
        let computed = SearchCacheTests.Counter()
        let web = try await WebFixture(willComputeHome: { computed.increment() })
        let first = try await web.get("/")
        #expect(first.body.contains("<b>3</b> articles"))
        #expect(try await web.get("/").body == first.body)
        #expect(computed.count == 1)

        var (article, extraction) = WebFixture.harbourArticle()
        article.key = "test/harbour-gates.txt"
        article.headline = "Harbour gates pass their winter test"
        article.published = "2024-05-30"
        try web.store([(article, extraction)])

        let after = try await web.get("/")
        #expect(after.body.contains("<b>4</b> articles"))
        #expect(after.body.contains("Harbour gates pass their winter test"))
        #expect(computed.count == 2)
        #expect(try await web.get("/").body == after.body)
        #expect(computed.count == 2)
        await web.stop()
    }

    @Test("requests that arrive together read the front page once")
    func singleFlight() async throws {
        let computed = SearchCacheTests.Counter()
        // Slow enough that every request arrives while the first is still being read.
        let web = try await WebFixture(willComputeHome: {
            computed.increment()
            try? await Task.sleep(for: .milliseconds(500))
        })
        let bodies = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask { try await web.get("/").body }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(bodies).count == 1)
        #expect(bodies.first?.contains("<b>3</b> articles") == true)
        #expect(computed.count == 1)
        await web.stop()
    }
}
