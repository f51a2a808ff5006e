import Testing

@testable import NewsArchive

@Suite("Search query")
struct SearchQueryTests {
    static let hostile = [
        "POL-358", "\"unbalanced", "AND", "NOT", "OR blair", "(", ")", "“prime minister”",
        "O'Brien", "U.S.", "e-mail", "café", "cafe", "£5bn", "1,000", "c++", "blair -brown",
        "title:election", "NEAR", "Müller", "blai*", "a\"b", "NEAR(a b)", "^start", "x OR", "{a}",
        "'single'", "\u{0}", String(repeating: "long ", count: 2_000),
        // Found by Fuzz/run: NUL bytes inside a phrase.
        "blair \"\u{0}\u{0}\u{0}\u{1A}e ministerlect*", "a\u{0}b", "\"x\u{0}\"",
        "\u{0}o\u{0}e \"\u{05AF}e ", "a\"\u{0301}b",
    ]

    @Test("what users type always becomes a query FTS5 accepts", arguments: hostile)
    func hostileQueriesAreValid(_ input: String) throws {
        let db = try Connection(path: ":memory:")
        try MigrationRunner().migrate(db)
        guard let query = SearchQuery(words: input) else { return }
        #expect(!query.isRaw)
        _ = try db.scalarInt(
            sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
            arguments: [query.fts5])
    }

    @Test(
        "empty and punctuation-only input is nothing to search",
        arguments: ["", "   ", "*", "(", "\"\"", "—", "-"])
    func nothingToSearch(_ input: String) {
        #expect(SearchQuery(words: input) == nil)
    }

    @Test(
        "words, phrases and prefixes",
        arguments: [
            ("blair brown", "\"blair\" \"brown\""),
            ("“prime minister” blair", "\"prime minister\" \"blair\""),
            ("\"prime minister\"", "\"prime minister\""),
            ("elect*", "\"elect\"*"),
            ("AND OR", "\"AND\" \"OR\""),
            ("a\"b", "\"a\" \"b\""),
        ])
    func translation(_ input: String, _ expected: String) {
        #expect(SearchQuery(words: input)?.fts5 == expected)
    }

    @Test("raw queries pass through unchanged")
    func raw() {
        #expect(SearchQuery(raw: "blair AND (election")?.fts5 == "blair AND (election")
        #expect(SearchQuery(raw: "  ") == nil)
    }
}
