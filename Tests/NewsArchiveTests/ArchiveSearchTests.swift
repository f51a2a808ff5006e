import Foundation
import Testing

@testable import NewsArchive

@Suite("Archive search")
struct ArchiveSearchTests {
    /// Collects rows written by a cursor.
    final class Rows: RowWriter {
        var columns: [String] = []
        var rows: [[SQLiteValue]] = []
        func begin(columns: [String]) { self.columns = columns }
        func write(_ row: [SQLiteValue]) { rows.append(row) }
        func end() {}
        func column(_ name: String) -> [SQLiteValue] {
            guard let index = columns.firstIndex(of: name) else { return [] }
            return rows.map { $0[index] }
        }
    }

    func collect(_ cursor: RowCursor) throws -> Rows {
        let rows = Rows()
        try cursor.copy(to: rows)
        return rows
    }

    func makeDatabase() throws -> TestDatabase {
        let database = try TestDatabase()
        let articles = [
            Article(
                key: "body", publication: "Daily Lantern", headline: "Market day in Elmford",
                published: "2023-05-01",
                paragraphs: ["Stalls sold fish, bread and a little technology."]),
            Article(
                key: "headline", publication: "Evening Comet", headline: "Technology fair opens",
                published: "2024-02-10", paragraphs: ["The fair runs all week."]),
            Article(
                key: "cafe", publication: "Evening Comet", headline: "A new café for Elmford",
                published: "2024-03-01", paragraphs: ["Its owner, Zoë Brandt, bakes every morning."]
            ),
        ]
        let extraction = ArticleExtraction(
            people: [PersonEntity(name: "Zoë Brandt", mentions: ["Zoë Brandt", "Ms Brandt"])],
            quotes: [
                ExtractedQuote(
                    kind: .direct, text: "Technology will never replace a good loaf.",
                    cue: "said", mention: "Ms Brandt", speaker: .person(0), section: .body,
                    paragraph: 0, start: 0, end: 10)
            ])
        try database.connection.inTransaction {
            for (index, article) in articles.enumerated() {
                _ = try database.store.store(
                    article, extraction: index == 2 ? extraction : ArticleExtraction(), now: "now")
            }
        }
        return database
    }

    @Test("a headline match ranks above a body match")
    func headlineRanksFirst() throws {
        let database = try makeDatabase()
        let search = ArchiveSearch(connection: database.connection)
        let rows = try collect(
            search.articles(matching: #require(SearchQuery(words: "technology"))))
        #expect(rows.column("key") == [.text("headline"), .text("body")])
    }

    @Test("diacritics fold both ways")
    func diacritics() throws {
        let database = try makeDatabase()
        let search = ArchiveSearch(connection: database.connection)
        for word in ["cafe", "café", "zoe"] {
            let rows = try collect(search.articles(matching: #require(SearchQuery(words: word))))
            #expect(rows.column("key") == [.text("cafe")], "searching \(word)")
        }
    }

    @Test("snippets mark matches, and JSON gets their offsets")
    func snippets() throws {
        let database = try makeDatabase()
        var search = ArchiveSearch(
            connection: database.connection, snippetStyle: .markers(open: "[", close: "]"))
        var rows = try collect(search.articles(matching: #require(SearchQuery(words: "fair"))))
        #expect(rows.column("snippet") == [.text("Technology [fair] opens")])
        search.snippetStyle = .offsets
        rows = try collect(search.articles(matching: #require(SearchQuery(words: "fair"))))
        #expect(rows.column("snippet") == [.text("Technology fair opens")])
        #expect(rows.column("matches") == [.text("[[11,15]]")])
    }

    @Test("snippet offsets count Unicode scalars, and line ends become spaces")
    func snippetRendering() {
        let marked =
            "Caf\u{E9} \u{E000}na\u{EF}ve\u{E001}\r\nline \u{E000}\u{1F600}\u{E001} \u{E000}end"
        let offsets = Snippet.render(marked, style: .offsets)
        #expect(offsets.text == "Caf\u{E9} na\u{EF}ve  line \u{1F600} end")
        #expect(offsets.matches == [[5, 10], [17, 18]])
        let markers = Snippet.render(marked, style: .markers(open: "<b>", close: "</b>"))
        #expect(markers.text == "Caf\u{E9} <b>na\u{EF}ve</b>  line <b>\u{1F600}</b> <b>end")
        let bold = Snippet.render("\u{E000}x\u{E001}", style: .bold)
        #expect(bold.text == "\u{1B}[1mx\u{1B}[0m")
        // A private-use scalar that is not a marker is kept.
        #expect(Snippet.render("a\u{E002}b", style: .offsets).text == "a\u{E002}b")
    }

    @Test("snippet rendering matches a scalar-by-scalar reading on random text")
    func snippetRenderingRandom() {
        // The rendering as first written: scalar by scalar, a reference for the byte version.
        func reference(_ marked: String, open: String, close: String) -> (String, [[Int]]) {
            var text = ""
            var matches: [[Int]] = []
            var count = 0
            var openedAt = 0
            for scalar in marked.unicodeScalars {
                switch scalar {
                case "\u{E000}":
                    openedAt = count
                    text += open
                case "\u{E001}":
                    matches.append([openedAt, count])
                    text += close
                case "\n", "\r":
                    text += " "
                    count += 1
                default:
                    text.unicodeScalars.append(scalar)
                    count += 1
                }
            }
            return (text, matches)
        }
        let pieces: [String] = [
            "a", "Z", " ", "\n", "\r", "\r\n", "\u{E9}", "\u{1F600}", "\u{2028}", "\u{E000}",
            "\u{E001}", "\u{E002}", "\u{EE}", "\u{E0FF}", "e\u{301}", "\u{20AC}",
        ]
        var generator = PlainRecordRandomTests.Generator(state: 7)
        for _ in 0..<2_000 {
            let marked = (0..<Int.random(in: 0...24, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = reference(marked, open: "<", close: ">")
            let markers = Snippet.render(marked, style: .markers(open: "<", close: ">"))
            #expect(markers.text == expected.0 && markers.matches == expected.1, "\(marked)")
            let offsets = Snippet.render(marked, style: .offsets)
            #expect(offsets.text == reference(marked, open: "", close: "").0)
            #expect(offsets.matches == expected.1)
        }
    }

    @Test("filters by publication and dates")
    func filters() throws {
        let database = try makeDatabase()
        let search = ArchiveSearch(connection: database.connection)
        let query = try #require(SearchQuery(words: "elmford"))
        var rows = try collect(
            search.articles(matching: query, filters: SearchFilters(publication: "evening comet")))
        #expect(rows.column("key") == [.text("cafe")])
        rows = try collect(
            search.articles(matching: query, filters: SearchFilters(until: "2023-12-31")))
        #expect(rows.column("key") == [.text("body")])
        rows = try collect(
            search.articles(
                matching: query, filters: SearchFilters(since: "2024-03-01", until: "2024-03-01")))
        #expect(rows.column("key") == [.text("cafe")])
    }

    @Test(
        "a speaker is found by any form of the name",
        arguments: [
            "Zoë Brandt", "zoe brandt", "Brandt", "Ms Brandt", "Chef Zoë Brandt",
        ])
    func speakerVariants(_ name: String) throws {
        let database = try makeDatabase()
        let search = ArchiveSearch(connection: database.connection)
        let rows = try collect(search.quotes(matching: nil, filters: SearchFilters(speaker: name)))
        #expect(rows.column("speaker") == [.text("Zoë Brandt")])
        #expect(try search.knowsSpeaker(name))
    }

    @Test("a speaker's quotes come in the order and with the columns of the unfiltered search")
    func speakerFilterKeepsRanking() throws {
        let database = try TestDatabase()
        let texts = [
            "The harbour wall must be rebuilt before the winter storms.",
            "Storms, storms and more storms: the harbour cannot take another.",
            "We will look at the harbour budget in the spring.",
            "Nobody told us about the storms.",
        ]
        try database.connection.inTransaction {
            for (index, text) in texts.enumerated() {
                let extraction = ArticleExtraction(
                    people: [PersonEntity(name: "Ines Marlow", mentions: ["Ines Marlow"])],
                    organisations: [OrganisationEntity(name: "Harbour Trust")],
                    quotes: [
                        ExtractedQuote(
                            kind: .direct, text: text, cue: "said", mention: "Ines Marlow",
                            speaker: .person(0), section: .body, paragraph: 0, start: 0, end: 5),
                        ExtractedQuote(
                            kind: .indirect, text: text, cue: "warned", mention: "the trust",
                            speaker: .organisation(0), section: .body, paragraph: 1, start: 0,
                            end: 5),
                    ])
                _ = try database.store.store(
                    Article(
                        key: "harbour-\(index)", publication: "Coast Gazette",
                        headline: "Harbour \(index)", paragraphs: [text, "The trust warned."]),
                    extraction: extraction, now: "now")
            }
        }
        let search = ArchiveSearch(connection: database.connection)
        let query = try #require(SearchQuery(words: "storms harbour"))
        let all = try collect(search.quotes(matching: query))
        for (speaker, kind) in [("Ines Marlow", nil), ("Harbour Trust", nil), ("Marlow", .direct)]
            as [(String, QuoteKind?)]
        {
            let speakers = all.column("speaker")
            let kinds = all.column("kind")
            let fullName = speaker == "Marlow" ? "Ines Marlow" : speaker
            let expected = all.rows.indices.filter { index in
                speakers[index] == .text(fullName)
                    && (kind == nil || kinds[index] == .text(kind?.rawValue ?? ""))
            }.map { all.rows[$0] }
            let filters = SearchFilters(speaker: speaker, kind: kind)
            let filtered = try collect(search.quotes(matching: query, filters: filters))
            #expect(filtered.columns == all.columns)
            #expect(filtered.rows == expected)
            #expect(!expected.isEmpty)
            let page = Rows()
            try search.quotes(matching: query, filters: filters, limit: 1, offset: 1)
                .copy(to: page, limit: 1)
            #expect(page.rows == Array(expected.dropFirst().prefix(1)))
        }
    }

    @Test("a speaker's articles come in the order of the unfiltered search, with or without a kind")
    func speakerFilterOnArticles() throws {
        let database = try TestDatabase()
        // Article i quotes Ines Marlow directly when i is even, the Harbour Trust when i % 3 == 0,
        // and Ines Marlow indirectly when i == 5; articles 0 to 7 mention the storms, more and
        // more often, and the calm others give the word a weight in the ranking.
        try database.connection.inTransaction {
            for index in 0..<16 {
                var quotes: [ExtractedQuote] = []
                if index.isMultiple(of: 2) || index == 5 {
                    quotes.append(
                        ExtractedQuote(
                            kind: index == 5 ? .indirect : .direct, text: "The wall will hold.",
                            cue: "said", mention: "Ines Marlow", speaker: .person(0),
                            section: .body, paragraph: 0, start: 0, end: 5))
                }
                if index.isMultiple(of: 3) {
                    quotes.append(
                        ExtractedQuote(
                            kind: .direct, text: "Repairs start soon.", cue: "said",
                            mention: "the trust", speaker: .organisation(0), section: .body,
                            paragraph: 0, start: 6, end: 10))
                }
                let storms =
                    index < 8
                    ? Array(repeating: "storms", count: index + 1).joined(separator: " ") : "calm"
                _ = try database.store.store(
                    Article(
                        key: "harbour-\(index)", publication: "Coast Gazette",
                        headline: "Harbour \(index)", paragraphs: ["The \(storms) came."]),
                    extraction: ArticleExtraction(
                        people: [PersonEntity(name: "Ines Marlow", mentions: ["Ines Marlow"])],
                        organisations: [OrganisationEntity(name: "Harbour Trust")],
                        quotes: quotes),
                    now: "now")
            }
        }
        let search = ArchiveSearch(connection: database.connection)
        let query = try #require(SearchQuery(words: "storms"))
        let all = try collect(search.articles(matching: query))
        let keys = all.column("key")
        #expect(keys == (0..<8).reversed().map { .text("harbour-\($0)") })
        let cases: [(speaker: String, kind: QuoteKind?, quoted: Set<Int>)] = [
            ("Ines Marlow", nil, [0, 2, 4, 5, 6]), ("Marlow", .direct, [0, 2, 4, 6]),
            ("Harbour Trust", nil, [0, 3, 6]), ("Marlow", .indirect, [5]),
        ]
        for (speaker, kind, quoted) in cases {
            let expected = all.rows.indices.filter { index in
                quoted.contains { keys[index] == .text("harbour-\($0)") }
            }.map { all.rows[$0] }
            let filters = SearchFilters(speaker: speaker, kind: kind)
            let filtered = try collect(search.articles(matching: query, filters: filters))
            #expect(filtered.columns == all.columns)
            #expect(filtered.rows == expected, "\(speaker) \(String(describing: kind))")
        }
    }

    @Test(
        "a generational suffix typed after a name finds the junior, else the name without it",
        arguments: [
            ("Corwin Hale Jr.", "Corwin Hale Jr."), ("Hale Jr.", "Corwin Hale Jr."),
            ("Corwin Hale Jr", "Corwin Hale Jr."), ("Corwin Hale", "Corwin Hale"),
            ("Amos T. Wray Jr.", "Amos T. Wray"), ("Wray Jr", "Amos T. Wray"),
            ("Judge Amos T. Wray III", "Amos T. Wray"),
        ])
    func speakerWithGenerationalSuffix(_ name: String, _ speaker: String) throws {
        // As the extractor names them: a junior keeps the suffix only beside a namesake.
        let database = try TestDatabase()
        let people = [
            PersonEntity(name: "Corwin Hale", mentions: ["Corwin Hale"]),
            PersonEntity(name: "Corwin Hale Jr.", mentions: ["Corwin Hale Jr.", "Hale Jr"]),
            PersonEntity(name: "Amos T. Wray", mentions: ["Judge Amos T. Wray Jr.", "Mr. Wray"]),
        ]
        let quotes = people.indices.map { index in
            ExtractedQuote(
                kind: .direct, text: "Quote \(index).", cue: "said", mention: nil,
                speaker: .person(index), section: .body, paragraph: index, start: 0, end: 8)
        }
        try database.connection.inTransaction {
            _ = try database.store.store(
                Article(key: "hall", headline: "Three speakers", paragraphs: ["a", "b", "c"]),
                extraction: ArticleExtraction(people: people, quotes: quotes), now: "now")
        }
        let search = ArchiveSearch(connection: database.connection)
        let rows = try collect(search.quotes(matching: nil, filters: SearchFilters(speaker: name)))
        #expect(rows.column("speaker") == [.text(speaker)])
        // A suffix alone is no surname.
        #expect(try !search.knowsSpeaker("Jr."))
    }

    @Test("an unknown speaker matches no quote")
    func unknownSpeaker() throws {
        let database = try makeDatabase()
        let search = ArchiveSearch(connection: database.connection)
        #expect(try !search.knowsSpeaker("Nobody Atall"))
        let rows = try collect(
            search.quotes(matching: nil, filters: SearchFilters(speaker: "Nobody Atall")))
        #expect(rows.rows.isEmpty)
    }

    @Test("quotes are searchable by their speaker's name")
    func quoteSearchBySpeakerName() throws {
        let database = try makeDatabase()
        let search = ArchiveSearch(connection: database.connection)
        let rows = try collect(search.quotes(matching: SearchQuery(words: "brandt loaf")))
        #expect(rows.rows.count == 1)
    }

    @Test("a raw query SQLite rejects throws an SQLite error")
    func badRawQuery() throws {
        let database = try makeDatabase()
        let search = ArchiveSearch(connection: database.connection)
        #expect(throws: SQLiteError.self) {
            try collect(
                search.articles(matching: #require(SearchQuery(raw: "blair AND (election"))))
        }
    }
}
