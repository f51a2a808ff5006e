import Foundation
import NewsArchive
import Synchronization
import Testing

@testable import NewsArchiveWeb

/// The search page keeps the ranking of recent searches: the same pages as without it, fresh
/// after another connection commits, shared by the pages of a search and by requests that
/// arrive together.
@Suite("Search cache")
struct SearchCacheTests {
    /// Counts calls from any thread.
    final class Counter: Sendable {
        private let value = Mutex(0)
        var count: Int { value.withLock { $0 } }
        func increment() { value.withLock { $0 += 1 } }
    }

    /// The page a query string gets when its search is worked out on the spot.
    private func uncachedPage(_ web: WebFixture, _ query: String) throws -> String {
        let parameters = try QueryParameters(query: query, allowed: SearchPage.parameterNames)
        let store = try ArchiveStore(path: web.path, readOnly: true)
        let response = try SearchPage.render(
            store, form: try SearchForm(parameters), page: try WebRoutes.page(parameters))
        return String(decoding: response.body, as: UTF8.self)
    }

    @Test(
        "a page from the cache is the page worked out without it",
        arguments: [
            "q=harbour", "q=harbour&page=2", "q=harbour&page=3",
            "q=harbour&publication=Coastal+Weekly",
            "in=quotes&speaker=Tallis", "in=quotes&q=storm", "in=quotes&speaker=Nobody",
        ])
    func samePage(query: String) async throws {
        let computed = Counter()
        let web = try await WebFixture(
            articles: WebFixture.manyArticles(45), willComputeSearch: { _ in computed.increment() })
        let first = try await web.get("/search?" + query)
        let second = try await web.get("/search?" + query)
        #expect(first.status == 200)
        #expect(computed.count == 1)
        let expected = try uncachedPage(web, query)
        #expect(first.body == expected)
        #expect(second.body == expected)
        await web.stop()
    }

    @Test("an article stored by another connection while the server runs shows up")
    func commitEmptiesCache() async throws {
        let computed = Counter()
        let web = try await WebFixture(willComputeSearch: { _ in computed.increment() })
        let before = try await web.get("/search?q=harbour")
        #expect(before.body.contains("3 articles"))
        #expect(try await web.get("/search?q=harbour").body.contains("3 articles"))
        #expect(computed.count == 1)

        var (article, extraction) = WebFixture.harbourArticle()
        article.key = "test/harbour-gates.txt"
        article.headline = "Harbour gates pass their winter test"
        try web.store([(article, extraction)])

        let after = try await web.get("/search?q=harbour")
        #expect(after.body.contains("4 articles"))
        #expect(after.body.contains("Harbour gates pass their winter test"))
        #expect(computed.count == 2)
        await web.stop()
    }

    @Test("the other pages of a search use its ranking; other filters rank again")
    func pagination() async throws {
        let computed = Counter()
        let web = try await WebFixture(
            articles: WebFixture.manyArticles(45), willComputeSearch: { _ in computed.increment() })
        #expect(try await web.get("/search?q=harbour").body.contains("45 articles · showing 1–20"))
        let second = try await web.get("/search?q=harbour&page=2")
        #expect(second.body.contains("45 articles · showing 21–40"))
        #expect(second.body.contains("Harbour board approves sea wall (25)"))
        let third = try await web.get("/search?q=harbour&page=3")
        #expect(third.body.contains("45 articles · showing 41–45"))
        #expect(computed.count == 1)

        let narrowed = try await web.get("/search?q=harbour&publication=Coastal+Weekly&page=2")
        #expect(narrowed.body.contains("22 articles · showing 21–22"))
        #expect(computed.count == 2)
        await web.stop()
    }

    @Test("identical requests that arrive together rank the search once")
    func singleFlight() async throws {
        let computed = Counter()
        // Slow enough that every request arrives while the first is still being worked out.
        let web = try await WebFixture(willComputeSearch: { _ in
            computed.increment()
            try? await Task.sleep(for: .milliseconds(500))
        })
        let bodies = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<12 {
                group.addTask { try await web.get("/search?q=harbour").body }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(bodies.count == 12)
        #expect(Set(bodies).count == 1)
        #expect(bodies.first?.contains("3 articles") == true)
        #expect(computed.count == 1)
        await web.stop()
    }

    @Test("a commit through a second connection empties the cache")
    func secondConnection() async throws {
        let web = try await WebFixture()
        let cache = SearchCache(path: web.path)
        let computed = Counter()
        let key = SearchKey(target: .articles, query: "\"harbour\"", filters: .init())
        let compute: @Sendable () async throws -> SearchFacets = {
            computed.increment()
            return SearchFacets(total: computed.count)
        }
        #expect(try await cache.value(for: key, compute: compute).total == 1)
        #expect(try await cache.value(for: key, compute: compute).total == 1)

        let writer = try Connection(path: web.path, mode: .readWrite)
        try writer.execute(sql: "UPDATE articles SET headline = headline || '!' WHERE id = 1")
        #expect(try await cache.value(for: key, compute: compute).total == 2)
        #expect(try await cache.value(for: key, compute: compute).total == 2)
        // Reads by another connection change nothing.
        _ = try writer.scalarInt(sql: "SELECT count(*) FROM articles")
        #expect(try await cache.value(for: key, compute: compute).total == 2)
        await web.stop()
    }

    @Test("the cache keeps at most its capacity, dropping the search used least recently")
    func capacity() async throws {
        let web = try await WebFixture()
        let cache = SearchCache(path: web.path, capacity: 2)
        let computed = Counter()
        func facets(_ word: String) async throws {
            let key = SearchKey(target: .articles, query: word, filters: .init())
            _ = try await cache.value(for: key) {
                computed.increment()
                return SearchFacets(total: 1)
            }
        }
        try await facets("a")
        try await facets("b")
        try await facets("a")
        try await facets("c")  // drops b, used less recently than a
        #expect(cache.count == 2)
        #expect(computed.count == 3)
        try await facets("a")
        #expect(computed.count == 3)
        try await facets("b")
        #expect(computed.count == 4)
        #expect(cache.count == 2)
        await web.stop()
    }

    @Test("a failed computation is not kept")
    func failure() async throws {
        struct Failure: Error {}
        let web = try await WebFixture()
        let cache = SearchCache(path: web.path)
        let computed = Counter()
        let key = SearchKey(target: .quotes, query: nil, filters: .init(kind: .direct))
        let compute: @Sendable () async throws -> SearchFacets = {
            computed.increment()
            if computed.count == 1 { throw Failure() }
            return SearchFacets(total: 5)
        }
        await #expect(throws: Failure.self) { try await cache.value(for: key, compute: compute) }
        #expect(try await cache.value(for: key, compute: compute).total == 5)
        #expect(try await cache.value(for: key, compute: compute).total == 5)
        #expect(computed.count == 2)
        await web.stop()
    }
}
