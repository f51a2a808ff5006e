import Testing

@testable import NewsArchive

@Suite("Archive store")
struct ArchiveStoreTests {
    static func article(
        _ key: String, headline: String = "Council approves new bridge",
        body: [String] = ["The council voted on Monday.", "Work starts in May."]
    ) -> Article {
        Article(key: key, publication: "Test Gazette", headline: headline, paragraphs: body)
    }

    static let extraction = ArticleExtraction(
        people: [
            PersonEntity(name: "Ana Lima", mentions: ["Ana Lima", "Ms Lima"], titles: ["Mayor"])
        ],
        organisations: [
            OrganisationEntity(name: "Riverton Council", mentions: ["Riverton Council"])
        ],
        quotes: [
            ExtractedQuote(
                kind: .direct, text: "We will build it.", cue: "said", mention: "Ms Lima",
                speaker: .person(0), section: .body, paragraph: 0, start: 0, end: 17),
            ExtractedQuote(
                kind: .indirect, text: "work starts in May", cue: "said", mention: "the council",
                speaker: .organisation(0), section: .body, paragraph: 1, start: 0, end: 18),
        ])

    @discardableResult
    func store(
        _ database: TestDatabase, _ article: Article, _ extraction: ArticleExtraction = extraction
    )
        throws -> IngestOutcome
    {
        try database.connection.inTransaction {
            try database.store.store(article, extraction: extraction, now: "2024-01-01T00:00:00Z")
        }
    }

    @Test("the same key and content is stored once")
    func idempotent() throws {
        let database = try TestDatabase()
        let first = try store(database, Self.article("a"))
        let second = try store(database, Self.article("a"))
        #expect(first == .new(articleID: 1))
        #expect(second == .unchanged(articleID: 1))
        #expect(try database.count("SELECT count(*) FROM articles") == 1)
        #expect(try database.count("SELECT count(*) FROM quotes") == 2)
    }

    @Test("new content under a known key replaces the article, its quotes and index entries")
    func update() throws {
        let database = try TestDatabase()
        try store(database, Self.article("a"))
        let changed = Self.article("a", headline: "Council rejects new bridge")
        #expect(try store(database, changed, ArticleExtraction()) == .updated(articleID: 1))
        #expect(try database.count("SELECT count(*) FROM quotes") == 0)
        #expect(try database.count("SELECT count(*) FROM person_mentions") == 0)
        #expect(
            try database.count(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'rejects'") == 1)
        #expect(
            try database.count(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'approves'") == 0)
        try database.connection.execute(
            sql: "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        try database.connection.execute(
            sql: "INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")
    }

    @Test("the same content under another key is a duplicate that leads to the stored article")
    func duplicate() throws {
        let database = try TestDatabase()
        try store(database, Self.article("first"))
        let outcome = try store(database, Self.article("copy"))
        #expect(outcome == .duplicate(articleID: 1, storedKey: "first"))
        #expect(
            try store(database, Self.article("copy"))
                == .duplicate(articleID: 1, storedKey: "first"))
        #expect(try database.count("SELECT count(*) FROM articles") == 1)
        #expect(try ArchiveSearch(connection: database.connection).articleID("copy") == 1)
    }

    @Test("white space differences do not make a different article")
    func whitespaceInsensitiveHash() {
        let a = Self.article("a", body: ["One  two\tthree."])
        let b = Self.article("b", body: ["One two three. "])
        #expect(ContentHash.make(a) == ContentHash.make(b))
        #expect(ContentHash.make(a) != ContentHash.make(Self.article("c", body: ["One two four."])))
    }

    @Test("an alias written two ways is stored as the entity's own spelling, every run")
    func aliasSpellingIsDeterministic() throws {
        let database = try TestDatabase()
        let extraction = ArticleExtraction(
            people: [
                PersonEntity(
                    name: "Ana Lima", mentions: ["ANA LIMA", "Ana Lima", "ana lima"])
            ],
            organisations: [
                OrganisationEntity(
                    name: "Riverton Council",
                    mentions: ["Riverton council", "RIVERTON COUNCIL", "Riverton Council"])
            ])
        try store(database, Self.article("a"), extraction)
        let personAliases = try database.connection.prepare(
            sql: "SELECT alias FROM person_aliases WHERE alias_key = 'ana lima'")
        #expect(try personAliases.step() && personAliases.text(0) == "Ana Lima")
        let organisationAliases = try database.connection.prepare(
            sql: "SELECT alias FROM organisation_aliases WHERE alias_key = 'riverton council'")
        #expect(try organisationAliases.step() && organisationAliases.text(0) == "Riverton Council")
    }

    @Test("names are kept once each, first spelling first, in short and long lists")
    func uniquedKeepsFirstOccurrences() {
        #expect([String]().uniqued() == [])
        #expect(
            ["Blair", "Mr Blair", "Blair", "Tony Blair", "Mr Blair"].uniqued() == [
                "Blair", "Mr Blair", "Tony Blair",
            ])
        let long = (0..<40).map { "name \($0 % 13)" }
        #expect(long.uniqued() == (0..<13).map { "name \($0)" })
    }

    @Test("the content hash stays the one archives already hold")
    func contentHashIsStable() {
        // Stored in every archive: a new value would make re-ingested articles "updated".
        let article = Article(
            key: "k", headline: "Harbour wall repairs begin",
            paragraphs: [
                "The  council\tsaid work on the wall would start in May.",
                "“It is overdue,” said Ines Moreau, who runs the café.",
            ])
        #expect(ContentHash.make(article) == "2aaa19fb67e5e4d7e488f68fce878e92")
    }

    @Test("deleting an article removes its index entries, quotes and mentions")
    func deleteKeepsIndexInSync() throws {
        let database = try TestDatabase()
        try store(database, Self.article("a"))
        try database.connection.execute(sql: "DELETE FROM articles")
        #expect(try database.count("SELECT count(*) FROM quotes") == 0)
        #expect(
            try database.count(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'bridge'") == 0)
        #expect(
            try database.count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'build'")
                == 0)
        try database.connection.execute(
            sql: "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    }

    @Test("one person across articles, with every alias and title")
    func identityAcrossArticles() throws {
        let database = try TestDatabase()
        try store(database, Self.article("a"))
        var other = Self.extraction
        other.people[0].mentions = ["Mayor Ana Lima"]
        other.people[0].titles = ["Mayor of Riverton"]
        try store(database, Self.article("b", headline: "Another story"), other)
        #expect(try database.count("SELECT count(*) FROM people") == 1)
        #expect(try database.count("SELECT articles FROM people_view") == 2)
        #expect(try database.count("SELECT count(*) FROM person_titles") == 2)
        #expect(try database.count("SELECT count(*) FROM person_aliases") == 3)
    }

    @Test("renaming a person renames the speaker in the quote index")
    func renameKeepsQuoteIndex() throws {
        let database = try TestDatabase()
        try store(database, Self.article("a"))
        try database.connection.execute(sql: "UPDATE people SET name = 'Ana Lima-Costa'")
        #expect(
            try database.count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'costa'")
                == 1)
    }

    @Test("a constraint violation in one article leaves nothing of it")
    func failedArticleLeavesNothing() throws {
        let database = try TestDatabase()
        var bad = Self.extraction
        bad.quotes[0].end = -1  // violates end_offset >= start_offset
        #expect(throws: SQLiteError.self) { try store(database, Self.article("a"), bad) }
        #expect(try database.count("SELECT count(*) FROM articles") == 0)
        #expect(try database.count("SELECT count(*) FROM people") == 0)
    }
}
