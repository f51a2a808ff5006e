import Foundation
import Testing

@testable import NewsArchive

/// The counts beside search results: the total and the speakers and publications with the most
/// matches, checked against counting result rows one by one as the search page used to.
@Suite("Search facets")
struct SearchFacetsTests {
    /// Who says something in a made-up article, and how.
    enum Speaker {
        case person(String)
        case organisation(String)
    }

    /// The speakers of each article's quotes; article `i` takes `casts[i % casts.count]`.
    static let casts: [[(Speaker, QuoteKind)]] = [
        [(.person("Ada Quill"), .direct), (.person("Ada Quill"), .indirect)],
        [(.person("Bram Oakes"), .direct), (.organisation("Port Authority"), .mixed)],
        [(.person("Halden"), .direct), (.organisation("Halden"), .direct)],
        [(.organisation("Halden"), .indirect), (.person("Cleo Marsh"), .direct)],
        [(.person("Ada Quill"), .direct), (.person("Cleo Marsh"), .mixed)],
        [],
        [(.person("Émile Zola"), .direct)],
    ]

    /// Publications in turn: two spellings that differ only in case, none, and an empty one.
    static let publications: [String?] = ["Lantern", "Comet", nil, "lantern", "", "Comet", "Éclat"]

    /// Thirty articles about a harbour, some also about a storm, each quoting its cast.
    static func makeDatabase(articles count: Int = 30) throws -> TestDatabase {
        let database = try TestDatabase()
        try database.connection.inTransaction {
            for index in 0..<count {
                let cast = casts[index % casts.count]
                let opening = index % 3 == 0 ? "A storm hit the harbour." : "The harbour is calm."
                let quotes = cast.indices.map { number in
                    "\"The harbour needs work number \(number),\" said someone."
                }
                let article = Article(
                    key: "harbour-\(index)", publication: publications[index % publications.count],
                    headline: "Harbour news \(index)",
                    published: String(format: "2024-%02d-%02d", index % 12 + 1, index % 28 + 1),
                    paragraphs: [opening] + quotes)
                var people: [PersonEntity] = []
                var organisations: [OrganisationEntity] = []
                var extracted: [ExtractedQuote] = []
                for (number, (speaker, kind)) in cast.enumerated() {
                    let reference: SpeakerReference
                    switch speaker {
                    case .person(let name):
                        if let found = people.firstIndex(where: { $0.name == name }) {
                            reference = .person(found)
                        } else {
                            people.append(PersonEntity(name: name, mentions: [name]))
                            reference = .person(people.count - 1)
                        }
                    case .organisation(let name):
                        organisations.append(OrganisationEntity(name: name, mentions: [name]))
                        reference = .organisation(organisations.count - 1)
                    }
                    let text = "The harbour needs work number \(number),"
                    extracted.append(
                        ExtractedQuote(
                            kind: kind, text: text, cue: "said", mention: "someone",
                            speaker: reference, section: .body, paragraph: number + 1, start: 0,
                            end: text.unicodeScalars.count))
                }
                _ = try database.store.store(
                    article,
                    extraction: ArticleExtraction(
                        people: people, organisations: organisations, quotes: extracted),
                    now: "2024-12-31T00:00:00Z")
            }
        }
        return database
    }

    /// The facets as the search page used to make them: by reading the first `sampleSize`
    /// result rows whole.
    static func countedByHand(
        _ search: ArchiveSearch, articlesMatching query: SearchQuery, filters: SearchFilters,
        limit: Int, sampleSize: Int
    ) throws -> SearchFacets {
        let rows = try Rows(search.articles(matching: query, filters: filters))
        let sample = Array(rows.rows.prefix(sampleSize))
        let ids = Rows.ids(sample, column: rows.columns.firstIndex(of: "id"))
        let quotes = try search.connection.prepare(
            sql: """
                SELECT q.article_id, coalesce(p.name, o.name) FROM quotes AS q
                LEFT JOIN people AS p ON p.id = q.speaker_person_id
                LEFT JOIN organisations AS o ON o.id = q.speaker_organisation_id
                """)
        var pairs = Set<String>()
        var speakers: [String: Int] = [:]
        while try quotes.step() {
            let article = Int64(quotes.int(0))
            guard ids.contains(article), let name = quotes.text(1) else { continue }
            if pairs.insert("\(article) \(name)").inserted { speakers[name, default: 0] += 1 }
        }
        let publication = rows.columns.firstIndex(of: "publication")
        return SearchFacets(
            total: rows.rows.count, speakers: top(speakers, limit),
            publications: top(tally(sample, column: publication), limit), sampleIDs: ids)
    }

    static func countedByHand(
        _ search: ArchiveSearch, quotesMatching query: SearchQuery?, filters: SearchFilters,
        limit: Int, sampleSize: Int
    ) throws -> SearchFacets {
        let rows = try Rows(search.quotes(matching: query, filters: filters))
        let sample = Array(rows.rows.prefix(sampleSize))
        return SearchFacets(
            total: rows.rows.count,
            speakers: top(tally(sample, column: rows.columns.firstIndex(of: "speaker")), limit),
            publications: top(
                tally(sample, column: rows.columns.firstIndex(of: "publication")), limit),
            sampleIDs: Rows.ids(sample, column: rows.columns.firstIndex(of: "id")))
    }

    static func tally(_ rows: [[SQLiteValue]], column: Int?) -> [String: Int] {
        var counts: [String: Int] = [:]
        guard let column else { return counts }
        for row in rows {
            if case .text(let value) = row[column], !value.isEmpty {
                counts[value, default: 0] += 1
            }
        }
        return counts
    }

    /// Most first, then by name in SQLite's BINARY order (the bytes of UTF-8).
    static func top(_ counts: [String: Int], _ limit: Int) -> [FacetCount] {
        let sorted = counts.map { FacetCount(value: $0.key, count: $0.value) }.sorted {
            $0.count != $1.count
                ? $0.count > $1.count : $0.value.utf8.lexicographicallyPrecedes($1.value.utf8)
        }
        return Array(sorted.prefix(limit))
    }

    /// Every row of a cursor.
    struct Rows {
        var columns: [String]
        var rows: [[SQLiteValue]] = []

        init(_ cursor: RowCursor) throws {
            columns = cursor.columns
            while let row = try cursor.next() { rows.append(row) }
        }

        /// The rows without one of their columns.
        func dropping(_ name: String) -> Rows {
            guard let index = columns.firstIndex(of: name) else { return self }
            var copy = self
            copy.columns.remove(at: index)
            copy.rows = rows.map { row in
                var row = row
                row.remove(at: index)
                return row
            }
            return copy
        }

        static func ids(_ rows: [[SQLiteValue]], column: Int?) -> [Int64] {
            guard let column else { return [] }
            return rows.compactMap { row in
                if case .integer(let id) = row[column] { id } else { nil }
            }
        }
    }

    static let filterCases: [SearchFilters] = [
        SearchFilters(),
        SearchFilters(publication: "comet"),
        SearchFilters(since: "2024-03-01", until: "2024-09-30"),
        SearchFilters(speaker: "Ada Quill"),
        SearchFilters(speaker: "Halden"),
        SearchFilters(kind: .mixed),
        SearchFilters(speaker: "Cleo Marsh", publication: "Lantern", since: "2024-02-01"),
        SearchFilters(publication: "No Such Paper"),
    ]

    @Test(
        "article facets equal counting the first result rows",
        arguments: ["harbour", "storm", "news 1*", "nothingmatches"], filterCases)
    func articleFacetsMatchRows(words: String, filters: SearchFilters) throws {
        let database = try Self.makeDatabase()
        let search = ArchiveSearch(connection: database.connection)
        let query = try #require(SearchQuery(words: words))
        for (limit, sampleSize) in [(10, 1000), (2, 1000), (10, 5), (3, 1)] {
            let facets = try search.articleFacets(
                matching: query, filters: filters, limit: limit, sampleSize: sampleSize)
            let expected = try Self.countedByHand(
                search, articlesMatching: query, filters: filters, limit: limit,
                sampleSize: sampleSize)
            #expect(facets == expected, "\(words) \(filters) \(limit) of \(sampleSize)")
        }
    }

    @Test(
        "quote facets equal counting the first result rows",
        arguments: [nil, "harbour", "number 1", "quill", "nothingmatches"], filterCases)
    func quoteFacetsMatchRows(words: String?, filters: SearchFilters) throws {
        let database = try Self.makeDatabase()
        let search = ArchiveSearch(connection: database.connection)
        let query = words.flatMap(SearchQuery.init(words:))
        for (limit, sampleSize) in [(10, 1000), (2, 1000), (10, 5), (3, 1)] {
            let facets = try search.quoteFacets(
                matching: query, filters: filters, limit: limit, sampleSize: sampleSize)
            let expected = try Self.countedByHand(
                search, quotesMatching: query, filters: filters, limit: limit,
                sampleSize: sampleSize)
            #expect(facets == expected, "\(words ?? "nil") \(filters) \(limit) of \(sampleSize)")
        }
    }

    @Test("an article counts once per speaker, a quote once each")
    func articlesAndQuotes() throws {
        let database = try Self.makeDatabase(articles: 7)
        let search = ArchiveSearch(connection: database.connection)
        let query = try #require(SearchQuery(words: "harbour"))
        let articles = try search.articleFacets(matching: query)
        #expect(articles.total == 7)
        // Ada Quill: twice in article 0, once in article 4. The person and the organisation
        // called Halden share article 2, which counts once for the name.
        #expect(
            articles.speakers == [
                FacetCount(value: "Ada Quill", count: 2), FacetCount(value: "Cleo Marsh", count: 2),
                FacetCount(value: "Halden", count: 2), FacetCount(value: "Bram Oakes", count: 1),
                FacetCount(value: "Port Authority", count: 1),
                FacetCount(value: "Émile Zola", count: 1),
            ])
        // Without a publication or with an empty one, an article is left out; case counts.
        #expect(
            articles.publications == [
                FacetCount(value: "Comet", count: 2), FacetCount(value: "Lantern", count: 1),
                FacetCount(value: "lantern", count: 1), FacetCount(value: "Éclat", count: 1),
            ])
        let quotes = try search.quoteFacets(matching: query)
        #expect(quotes.total == 11)
        #expect(
            quotes.speakers.prefix(2) == [
                FacetCount(value: "Ada Quill", count: 3), FacetCount(value: "Halden", count: 3),
            ])
    }

    @Test("the limit cuts ties by name, and zero leaves only the total and the sample")
    func limit() throws {
        let database = try Self.makeDatabase(articles: 7)
        let search = ArchiveSearch(connection: database.connection)
        let query = try #require(SearchQuery(words: "harbour"))
        let facets = try search.articleFacets(matching: query, limit: 2)
        #expect(facets.speakers.map(\.value) == ["Ada Quill", "Cleo Marsh"])
        #expect(facets.publications.map(\.value) == ["Comet", "Lantern"])
        let bare = try search.articleFacets(matching: query, limit: 0)
        #expect(bare.total == 7 && bare.speakers.isEmpty && bare.publications.isEmpty)
        #expect(bare.sampleIDs == facets.sampleIDs && !bare.isSampled)
        #expect(try search.quoteFacets(matching: nil, limit: 0).total == 11)
    }

    @Test("the total counts past the sample, which the speakers and publications cover")
    func beyondTheSample() throws {
        let database = try Self.makeDatabase(articles: 1_050)
        let search = ArchiveSearch(connection: database.connection)
        let query = try #require(SearchQuery(words: "harbour"))
        let facets = try search.articleFacets(matching: query)
        #expect(facets.total == 1_050)
        #expect(facets.sampleIDs.count == 1_000 && facets.isSampled)
        let expected = try Self.countedByHand(
            search, articlesMatching: query, filters: SearchFilters(), limit: 10,
            sampleSize: 1_000)
        #expect(facets == expected)
        let storm = try search.articleFacets(matching: #require(SearchQuery(words: "storm")))
        #expect(storm.total == 350 && !storm.isSampled)
        let quotes = try search.quoteFacets(matching: nil, filters: SearchFilters(kind: .mixed))
        #expect(quotes.total == 300 && !quotes.isSampled)
    }

    @Test("rows read by id are the search's own rows but for rank, in the order given")
    func rowsByID() throws {
        let database = try Self.makeDatabase()
        var search = ArchiveSearch(connection: database.connection)
        search.snippetStyle = .offsets
        let query = try #require(SearchQuery(words: "storm harbour"))
        let ranked = try Rows(search.articles(matching: query)).dropping("rank")
        let facets = try search.articleFacets(matching: query)
        let page = try Rows(search.articles(ids: facets.sampleIDs[2..<6], highlighting: query))
        #expect(page.columns == ranked.columns && page.columns.contains("matches"))
        #expect(page.rows == Array(ranked.rows[2..<6]))
        // An id the query does not match is left out.
        let calm = try Rows(search.articles(ids: [2, 1], highlighting: query))
        #expect(calm.rows == ranked.rows.filter { $0[0] == .integer(1) })

        let quoteQuery = try #require(SearchQuery(words: "number 1"))
        let quotes = try Rows(search.quotes(matching: quoteQuery)).dropping("rank")
        let quoteFacets = try search.quoteFacets(matching: quoteQuery)
        let quotesByID = try Rows(
            search.quotes(ids: quoteFacets.sampleIDs, highlighting: quoteQuery))
        #expect(quotesByID.columns == quotes.columns && quotesByID.rows == quotes.rows)
        let mixed = SearchFilters(kind: .mixed)
        let listed = try Rows(search.quotes(matching: nil, filters: mixed))
        let listedFacets = try search.quoteFacets(matching: nil, filters: mixed)
        let byID = try Rows(search.quotes(ids: listedFacets.sampleIDs, highlighting: nil))
        #expect(byID.columns == listed.columns && byID.rows == listed.rows)
    }

    @Test("a raw query SQLite rejects throws an SQLite error")
    func badRawQuery() throws {
        let database = try Self.makeDatabase(articles: 2)
        let search = ArchiveSearch(connection: database.connection)
        let query = try #require(SearchQuery(raw: "harbour AND (storm"))
        #expect(throws: SQLiteError.self) { try search.articleFacets(matching: query) }
        #expect(throws: SQLiteError.self) { try search.quoteFacets(matching: query) }
    }
}
