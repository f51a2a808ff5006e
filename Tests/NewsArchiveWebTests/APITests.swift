import Foundation
import NewsArchive
import Testing

@testable import NewsArchiveWeb

/// The JSON API answers with the command line's rows: the same writers over the same searches.
@Suite("Web API")
struct APITests {
    /// What `newsarchive quotes --speaker NAME --format json` prints, made the way the command
    /// line makes it.
    private func commandLineQuotes(_ web: WebFixture, speaker: String, format: OutputFormat)
        throws -> String
    {
        let store = try ArchiveStore(path: web.path, readOnly: true)
        let style: SnippetStyle = format == .csv ? .markers(open: "**", close: "**") : .offsets
        let rows = try ArchiveSearch(connection: store.connection, snippetStyle: style).quotes(
            matching: nil, filters: SearchFilters(speaker: speaker))
        let sink = OutputSink.memory()
        try rows.copy(to: makeRowWriter(format, sink: sink))
        return String(decoding: sink.contents, as: UTF8.self)
    }

    @Test("/api/quotes?speaker= returns the rows of quotes --speaker --format json")
    func quotesBySpeaker() async throws {
        let web = try await WebFixture()
        let reply = try await web.get("/api/quotes?speaker=Wren%20Tallis")
        #expect(reply.status == 200)
        #expect(reply.contentType.hasPrefix("application/json"))
        #expect(reply.body == (try commandLineQuotes(web, speaker: "Wren Tallis", format: .json)))
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0["speaker"] as? String == "Wren Tallis" })

        let csv = try await web.get("/api/quotes?speaker=Tallis&format=csv")
        #expect(csv.contentType.hasPrefix("text/csv"))
        #expect(csv.body == (try commandLineQuotes(web, speaker: "Tallis", format: .csv)))
        #expect(csv.body.hasPrefix("id,article_id,article_key,headline,"))
        await web.stop()
    }

    @Test("/api/search has snippets with match offsets in JSON and ** in CSV")
    func search() async throws {
        let web = try await WebFixture()
        let json = try await web.get("/api/search?q=storm&in=quotes&limit=1")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["matches"] != nil)
        let csv = try await web.get("/api/search?q=storm&in=quotes&format=csv")
        #expect(csv.body.contains("**storm**"))
        let lines = try await web.get("/api/search?q=harbour&format=jsonl")
        #expect(lines.body.split(separator: "\n").count == 3)
        await web.stop()
    }

    @Test("/api/show and /api/person return the documents of show and person")
    func documents() async throws {
        let web = try await WebFixture()
        let show = try await web.get("/api/show?article=test/harbour.txt")
        let store = try ArchiveStore(path: web.path, readOnly: true)
        let search = ArchiveSearch(connection: store.connection)
        #expect(show.body == (try #require(try search.articleDocument("1"))).serialized() + "\n")
        let person = try await web.get("/api/person?name=Tallis")
        #expect(
            person.body == (try #require(try search.personDocument("Tallis"))).serialized() + "\n")
        let missing = try await web.get("/api/show?article=nothing-here")
        #expect(missing.status == 404)
        #expect(missing.body.contains("\"error\""))
        await web.stop()
    }

    @Test("/api/people, /api/organisations and /api/articles list rows")
    func listings() async throws {
        let web = try await WebFixture()
        let people = try await web.get("/api/people?q=wren")
        #expect(people.body.contains("\"name\":\"Wren Tallis\""))
        let organisations = try await web.get("/api/organisations?format=csv")
        #expect(organisations.body.hasPrefix("id,name,aliases,articles,quotes\r\n"))
        let articles = try await web.get("/api/articles?limit=1&format=jsonl")
        #expect(articles.body.contains("Harbour board approves sea wall"))
        #expect(articles.body.split(separator: "\n").count == 1)
        await web.stop()
    }
}
