import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import NewsArchive
import Testing

@testable import NewsArchiveWeb

/// The server end to end: each test starts it on a free loopback port over a small archive of
/// invented articles and requests pages and API rows.
@Suite("Web server")
struct WebServerTests {
    @Test("the front page shows counts, the most quoted people and the latest articles")
    func home() async throws {
        let web = try await WebFixture()
        let reply = try await web.get("/")
        #expect(reply.status == 200)
        #expect(reply.contentType.hasPrefix("text/html"))
        #expect(reply.body.contains("<b>3</b> articles"))
        #expect(reply.body.contains("Wren Tallis"))
        #expect(reply.body.contains("Harbour board approves sea wall"))
        #expect(reply.body.contains("href=\"/api/people?limit=10&amp;format=csv\""))
        #expect(reply.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        #expect(reply.headers["x-content-type-options"] == "nosniff")
        await web.stop()
    }

    @Test("article search highlights matches, counts speakers and publications, pages")
    func searchArticles() async throws {
        let web = try await WebFixture()
        let reply = try await web.get("/search?q=harbour")
        #expect(reply.status == 200)
        #expect(reply.body.contains("3 articles"))
        #expect(reply.body.contains("<mark>"))
        #expect(reply.body.contains("<h3>Publications</h3>"))
        #expect(reply.body.contains("/search?q=harbour&amp;speaker=Wren%20Tallis"))
        #expect(reply.body.contains("/api/search?in=articles&amp;q=harbour&amp;format=csv"))

        let filtered = try await web.get("/search?q=harbour&publication=Coastal+Weekly")
        #expect(filtered.body.contains("1 article "))
        #expect(filtered.body.contains("Residents see harbour plans"))
        #expect(!filtered.body.contains("Harbour board approves sea wall"))

        let dated = try await web.get("/search?q=harbour&since=2024-02-01&until=2024-12-31")
        #expect(dated.body.contains("1 article "))

        let beyond = try await web.get("/search?q=harbour&page=3")
        #expect(beyond.status == 200)
        #expect(beyond.body.contains("No more results"))
        await web.stop()
    }

    @Test("quote search filters by speaker and kind and links the speaker")
    func searchQuotes() async throws {
        let web = try await WebFixture()
        let reply = try await web.get("/search?in=quotes&speaker=Tallis&kind=direct")
        #expect(reply.status == 200)
        #expect(reply.body.contains("2 quotes"))
        #expect(reply.body.contains("We cannot wait for the next storm"))
        #expect(!reply.body.contains("tested for a year"))
        #expect(reply.body.contains("<a href=\"/people/1\">Wren Tallis</a>"))

        let unknown = try await web.get("/search?in=quotes&speaker=Nobody+Known")
        #expect(unknown.body.contains("No speaker named ‘Nobody Known’"))
        await web.stop()
    }

    @Test("counts by speaker and publication cover every match and link to narrower searches")
    func facets() async throws {
        let web = try await WebFixture()
        let articles = try await web.get("/search?q=harbour")
        // Wren Tallis is quoted in two of the three articles (twice in one of them).
        #expect(
            articles.body.contains(
                "<a href=\"/search?q=harbour&amp;speaker=Wren%20Tallis\">Wren Tallis</a> <span class=\"muted\">2</span>"
            ))
        #expect(
            articles.body.contains(
                "<a href=\"/search?q=harbour&amp;publication=Coastal%20Weekly\">Coastal Weekly</a> <span class=\"muted\">1</span>"
            ))
        let quotes = try await web.get("/search?in=quotes&speaker=Tallis")
        #expect(quotes.body.contains("3 quotes"))
        #expect(quotes.body.contains("Wren Tallis</a> <span class=\"muted\">3</span>"))
        #expect(quotes.body.contains("Lowmoor Gazette</a> <span class=\"muted\">2</span>"))
        await web.stop()
    }

    @Test("the count is exact and the pages stop at the last result")
    func paging() async throws {
        let web = try await WebFixture(articles: WebFixture.manyArticles(45))
        let first = try await web.get("/search?q=harbour")
        #expect(first.body.contains("45 articles · showing 1–20"))
        #expect(first.body.contains("rel=\"next\" href=\"/search?q=harbour&amp;page=2\""))
        #expect(first.body.contains("Lowmoor Gazette</a> <span class=\"muted\">23</span>"))
        #expect(first.body.contains("Coastal Weekly</a> <span class=\"muted\">22</span>"))
        #expect(first.body.contains("Wren Tallis</a> <span class=\"muted\">45</span>"))
        let last = try await web.get("/search?q=harbour&page=3")
        #expect(last.body.contains("45 articles · showing 41–45"))
        #expect(last.body.contains("rel=\"prev\""))
        #expect(!last.body.contains("rel=\"next\""))
        let beyond = try await web.get("/search?q=harbour&page=4")
        #expect(beyond.body.contains("No more results: there are 45."))
        #expect(beyond.body.contains("<h3>Speakers</h3>"))
        await web.stop()
    }

    @Test("past the thousand results the counts cover, pages are searched on their own")
    func deepPages() async throws {
        let web = try await WebFixture(articles: WebFixture.manyArticles(1_030))
        let first = try await web.get("/search?q=harbour")
        #expect(first.body.contains("1030 articles · showing 1–20"))
        #expect(first.body.contains("Counted in the first 1000 of 1030 results."))
        #expect(first.body.contains("Wren Tallis</a> <span class=\"muted\">1000</span>"))
        let last = try await web.get("/search?q=harbour&page=52")
        #expect(last.body.contains("1030 articles · showing 1021–1030"))
        #expect(last.body.contains("Harbour board approves sea wall ("))
        #expect(!last.body.contains("rel=\"next\""))
        await web.stop()
    }

    @Test("the article page marks each quote and links its speaker")
    func article() async throws {
        let web = try await WebFixture()
        let reply = try await web.get("/articles/1")
        #expect(reply.status == 200)
        #expect(reply.body.contains("<h1>Harbour board approves sea wall</h1>"))
        #expect(reply.body.contains("Lowmoor Gazette · 2024-03-05 · By Ada Penhale"))
        #expect(
            reply.body.contains(
                "<mark class=\"quote direct\" id=\"q1\">The wall will protect two hundred homes from winter storms,</mark><span class=\"speaker\"><a href=\"/people/1\">Wren Tallis</a></span>"
            ))
        #expect(reply.body.contains("<mark class=\"quote indirect\" id=\"q2\">"))
        #expect(reply.body.contains("<a href=\"/organisations/1\">Lowmoor Harbour Trust</a>"))
        #expect(reply.body.contains("/api/show?article=1"))
        await web.stop()
    }

    @Test("the person page lists aliases, titles and quotes newest first, and searches them")
    func person() async throws {
        let web = try await WebFixture()
        let reply = try await web.get("/people/1")
        #expect(reply.status == 200)
        #expect(reply.body.contains("<h1>Wren Tallis</h1>"))
        #expect(reply.body.contains("Councillor Wren Tallis"))
        #expect(reply.body.contains("Lowmoor Harbour Trust"))
        #expect(reply.body.contains("2023-11-20 to 2024-03-05"))
        let newer = try #require(reply.body.range(of: "two hundred homes"))
        let older = try #require(reply.body.range(of: "We cannot wait"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(reply.body.contains("/api/quotes?speaker=Wren%20Tallis&amp;format=csv"))

        let searched = try await web.get("/people/1?q=storm")
        #expect(searched.body.contains("<mark>storm</mark>"))
        #expect(!searched.body.contains("tested for a year"))
        await web.stop()
    }

    @Test("the organisation page and the lists of people and organisations")
    func organisations() async throws {
        let web = try await WebFixture()
        let page = try await web.get("/organisations/1")
        #expect(page.status == 200)
        #expect(page.body.contains("<h1>Lowmoor Harbour Trust</h1>"))
        #expect(page.body.contains("<a href=\"/people/1\">Wren Tallis</a>"))
        let people = try await web.get("/people?q=tallis")
        #expect(people.body.contains("Wren Tallis"))
        #expect(!people.body.contains("Orrin"))
        let all = try await web.get("/organisations")
        #expect(all.body.contains("Lowmoor Harbour Trust"))
        await web.stop()
    }

    @Test(
        "markup from articles shows as text on every page",
        arguments: [
            "/", "/search?q=markup", "/search?q=trust&in=quotes", "/articles/2", "/people/2",
            "/people", "/organisations", "/organisations/2", "/people/2?q=trust",
        ])
    func escaping(path: String) async throws {
        let web = try await WebFixture()
        let reply = try await web.get(path)
        #expect(reply.status == 200)
        #expect(!reply.body.contains("<script>"))
        #expect(!reply.body.contains("<img"))
        #expect(!reply.body.contains("<b>Vale"))
        #expect(!reply.body.contains("javascript:"))
        #expect(reply.body.contains("&lt;script&gt;") || reply.body.contains("&lt;b&gt;"))
        await web.stop()
    }

    @Test(
        "bad parameters get a 400 page that says what is wrong",
        arguments: [
            ("/search?q=harbour&since=2024-13-45", "needs a date as YYYY-MM-DD"),
            ("/search?q=harbour&since=2024-02-30", "needs a date as YYYY-MM-DD"),
            ("/search?q=harbour&since=2024-05-01&until=2024-01-01", "is after"),
            ("/search?q=harbour&kind=shouted", "must be one of direct, mixed, indirect"),
            ("/search?q=harbour&in=everything", "must be one of articles, quotes"),
            ("/search?q=harbour&page=0", "whole number from 1 to 500"),
            ("/search?q=harbour&page=99999999999999999999", "whole number from 1 to 500"),
            ("/search?q=harbour&sort=rank", "Unknown parameter &#39;sort&#39;"),
            ("/?debug=1", "This page takes none"),
            ("/people/1?q=%FF", "not a valid percent-encoded"),
            ("/api/quotes?limit=1000000", "whole number from 0 to 10000"),
            ("/api/quotes?format=table", "must be one of json, jsonl, csv"),
            ("/api/search?in=quotes", "'q' is required"),
        ])
    func badRequests(path: String, message: String) async throws {
        let web = try await WebFixture()
        let reply = try await web.get(path)
        #expect(reply.status == 400)
        #expect(reply.body.contains(message))
        #expect(!reply.body.contains("SELECT"))
        #expect(!reply.body.contains("SQLite"))
        await web.stop()
    }

    @Test("only reads are answered")
    func methods() async throws {
        let web = try await WebFixture()
        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(web.port)/")))
        request.httpMethod = "POST"
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 405)
        await web.stop()
    }

    @Test(
        "only the server's own routes answer",
        arguments: [
            "/nope", "/articles/999", "/articles/abc", "/articles/-1", "/people/999",
            "/organisations/0", "/../../etc/passwd", "/static/style.css", "/archive.sqlite",
            "/api/nothing",
        ])
    func notFound(path: String) async throws {
        let web = try await WebFixture()
        let reply = try await web.get(path)
        #expect(reply.status == 404)
        #expect(!reply.body.contains("root:"))
        #expect(!reply.body.contains("SQLite"))
        await web.stop()
    }
}
