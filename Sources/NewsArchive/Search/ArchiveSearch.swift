import FoundationEssentials

/// Searches and lists what the archive holds: articles and quotes by full text, quotes by
/// speaker, people and organisations.
///
/// ```swift
/// let search = ArchiveSearch(connection: store.connection)
/// let rows = try search.quotes(matching: SearchQuery(words: "technology"),
///                              filters: SearchFilters(speaker: "Simon Bailey"))
/// ```
public struct ArchiveSearch {
    /// The database searched.
    public let connection: Connection
    /// How highlighted words are shown in snippets.
    public var snippetStyle: SnippetStyle

    /// Creates a search over an open archive.
    public init(
        connection: Connection, snippetStyle: SnippetStyle = .markers(open: "**", close: "**")
    ) {
        self.connection = connection
        self.snippetStyle = snippetStyle
    }

    /// True when a speaker name leads to at least one person or organisation.
    /// - Throws: ``SQLiteError``.
    public func knowsSpeaker(_ name: String) throws -> Bool {
        let match = try SpeakerMatcher(connection: connection).match(name)
        return !match.people.isEmpty || !match.organisations.isEmpty
    }

    /// Articles matching a query, best first, with a highlighted snippet.
    /// - Throws: ``SQLiteError`` (for a raw query SQLite rejects, among others).
    public func articles(
        matching query: SearchQuery, filters: SearchFilters = SearchFilters(), limit: Int? = nil,
        offset: Int = 0
    ) throws -> RowCursor {
        let match = try articleMatch(query, filters: filters, joiningArticles: true)
        let sql = """
            SELECT \(Self.articleColumns), \(Self.articleSnippetColumns)
            FROM \(match.from)
            \(match.filter)
            ORDER BY articles_fts.rank
            LIMIT ? OFFSET ?
            """
        return try cursor(
            sql: sql, arguments: match.arguments + Self.paging(limit: limit, offset: offset))
    }

    /// Quotes whose text or speaker name matches a query, best first, with a snippet; or, when
    /// the query is nil, every quote passing the filters in article order.
    /// - Throws: ``SQLiteError``.
    public func quotes(
        matching query: SearchQuery?, filters: SearchFilters = SearchFilters(), limit: Int? = nil,
        offset: Int = 0
    ) throws -> RowCursor {
        if let query, filters.speaker != nil {
            return try quotesRankedAfterFiltering(
                query, filters: filters, limit: limit, offset: offset)
        }
        let match = try quoteMatch(query, filters: filters, joiningArticles: true)
        let sql: String
        if query != nil {
            sql = """
                SELECT \(Self.quoteColumns), \(Self.quoteSnippetColumns)
                FROM \(match.from)
                \(Self.speakerJoins)
                \(match.filter)
                ORDER BY quotes_fts.rank
                LIMIT ? OFFSET ?
                """
        } else {
            sql = """
                SELECT \(Self.quoteColumns)
                FROM \(match.from)
                \(Self.speakerJoins)
                \(match.filter)
                ORDER BY \(Self.quoteOrder)
                LIMIT ? OFFSET ?
                """
        }
        return try cursor(
            sql: sql, arguments: match.arguments + Self.paging(limit: limit, offset: offset))
    }

    /// Quotes matching a query and filters that leave few of its matches (a speaker's): the
    /// matches passing the filters are ranked, then only the page is read in full.
    ///
    /// `ORDER BY quotes_fts.rank` ranks every match before any filter, and a filter that keeps
    /// one match in ten then walks far down the ranking: on a large archive, most of a
    /// speaker search's time. Here `bm25()` is worked out for the matches that pass only, and
    /// snippets and joins for the page only.
    private func quotesRankedAfterFiltering(
        _ query: SearchQuery, filters: SearchFilters, limit: Int?, offset: Int
    ) throws -> RowCursor {
        let match = try quoteMatch(query, filters: filters, joiningArticles: false)
        let sql = """
            WITH best AS (
                SELECT quotes_fts.rowid AS id, bm25(quotes_fts) AS score
                FROM \(match.from)
                \(match.filter)
                ORDER BY score, quotes_fts.rowid
                LIMIT ? OFFSET ?
            )
            SELECT \(Self.quoteColumns), \(Self.quoteSnippet), round(best.score, 4) AS rank
            FROM best
            CROSS JOIN quotes_fts
            CROSS JOIN quotes AS q
            CROSS JOIN articles AS a
            \(Self.speakerJoins)
            WHERE quotes_fts.rowid = best.id AND quotes_fts MATCH ?
                AND q.id = best.id AND a.id = q.article_id
            ORDER BY best.score, best.id
            """
        return try cursor(
            sql: sql,
            arguments: match.arguments + Self.paging(limit: limit, offset: offset) + [query.fts5])
    }

    /// Articles by id, in the order given, with a snippet highlighting the query: the columns
    /// of ``articles(matching:filters:limit:offset:)`` but `rank`. Ids that are not articles
    /// the query matches are left out.
    ///
    /// With ``articleFacets(matching:filters:limit:sampleSize:)``, a page of results costs no
    /// second ranking of the matches: `articles(ids: facets.sampleIDs[0..<20], highlighting:
    /// query)`.
    /// - Throws: ``SQLiteError``.
    public func articles(ids: some Sequence<Int64>, highlighting query: SearchQuery) throws
        -> RowCursor
    {
        // "The left table of a CROSS JOIN will always be in an outer loop relative to the right
        // table" (https://www.sqlite.org/optoverview.html#crossjoin): each id is looked up in
        // turn, where SQLite would otherwise walk every match of the query to find the ids.
        // No rank: looked up by id, each row would work out the query's statistics again (a
        // read of each term's whole list of documents), more than the rest of the page costs.
        try cursor(
            sql: """
                SELECT \(Self.articleColumns), \(Self.articleSnippet)
                FROM json_each(?) AS picked
                CROSS JOIN articles_fts
                CROSS JOIN articles AS a
                WHERE articles_fts.rowid = picked.value AND articles_fts MATCH ?
                    AND a.id = articles_fts.rowid
                ORDER BY picked.key
                """, arguments: [Self.jsonArray(ids), query.fts5])
    }

    /// Quotes by id, in the order given: the columns of
    /// ``quotes(matching:filters:limit:offset:)`` but `rank`, with a snippet when there is a
    /// query (then quotes it does not match are left out).
    /// - Throws: ``SQLiteError``.
    public func quotes(ids: some Sequence<Int64>, highlighting query: SearchQuery?) throws
        -> RowCursor
    {
        let snippet = query == nil ? "" : ", " + Self.quoteSnippet
        let text = query == nil ? "" : "CROSS JOIN quotes_fts"
        let match =
            query == nil
            ? "" : "AND quotes_fts.rowid = picked.value AND quotes_fts MATCH ?"
        // CROSS JOIN fixes the order, as in articles(ids:highlighting:).
        return try cursor(
            sql: """
                SELECT \(Self.quoteColumns)\(snippet)
                FROM json_each(?) AS picked
                \(text)
                CROSS JOIN quotes AS q
                CROSS JOIN articles AS a
                \(Self.speakerJoins)
                WHERE q.id = picked.value \(match) AND a.id = q.article_id
                ORDER BY picked.key
                """, arguments: [Self.jsonArray(ids)] + (query.map { [$0.fts5] } ?? []))
    }

    private static let articleColumns = "a.id, a.key, a.headline, a.publication, a.published"

    private static let articleSnippet =
        "snippet(articles_fts, -1, \(Snippet.sqlMarkers), 24) AS snippet"

    private static let articleSnippetColumns =
        articleSnippet + ", round(articles_fts.rank, 4) AS rank"

    private static let quoteColumns = """
        q.id, q.article_id, a.key AS article_key, a.headline, a.publication, a.published,
            coalesce(p.name, o.name) AS speaker,
            coalesce(q.speaker_person_id, q.speaker_organisation_id) AS speaker_id,
            q.mention, q.cue, q.kind, q.text, q.section, q.paragraph,
            q.start_offset AS start, q.end_offset AS "end"
        """

    private static let quoteSnippet =
        "snippet(quotes_fts, 0, \(Snippet.sqlMarkers), 24) AS snippet"

    private static let quoteSnippetColumns = quoteSnippet + ", round(quotes_fts.rank, 4) AS rank"

    private static let speakerJoins = """
        LEFT JOIN people AS p ON p.id = q.speaker_person_id
        LEFT JOIN organisations AS o ON o.id = q.speaker_organisation_id
        """

    /// The order of quotes listed without a query: by article, then as they stand in it.
    static let quoteOrder = """
        q.article_id,
            CASE q.section WHEN 'headline' THEN 0 WHEN 'standfirst' THEN 1
                WHEN 'caption' THEN 2 ELSE 3 END,
            q.start_offset
        """

    /// The values of `LIMIT ? OFFSET ?`: one row past the limit tells the caller whether more
    /// rows are left.
    private static func paging(limit: Int?, offset: Int) -> [any SQLiteBindable] {
        [limit.map { $0 + 1 } ?? -1, offset]
    }

    private func cursor(sql: String, arguments: [any SQLiteBindable]) throws -> RowCursor {
        let statement = try connection.prepare(sql: sql)
        try statement.bind(arguments)
        let names = statement.columnNames
        guard let snippetIndex = names.firstIndex(of: "snippet") else {
            return RowCursor(statement: statement)
        }
        let style = snippetStyle
        if case .offsets = style {
            return RowCursor(statement: statement, columns: names + ["matches"]) { row in
                guard case .text(let marked) = row[snippetIndex] else {
                    row.append(.null)
                    return
                }
                let rendered = Snippet.render(marked, style: style)
                row[snippetIndex] = .text(rendered.text)
                row.append(.text(Snippet.json(rendered.matches)))
            }
        }
        return RowCursor(statement: statement) { row in
            guard case .text(let marked) = row[snippetIndex] else { return }
            row[snippetIndex] = .text(Snippet.render(marked, style: style).text)
        }
    }

    /// The articles a search matches: `articles_fts` (its `rowid` the article id), joined to
    /// `articles AS a` when asked or when a filter needs the article's columns.
    ///
    /// The result rows and the facets both read this, so they always count the same articles.
    func articleMatch(_ query: SearchQuery, filters: SearchFilters, joiningArticles: Bool)
        throws -> SearchMatch
    {
        var match = SearchMatch(from: "articles_fts", id: "articles_fts.rowid")
        match.add("articles_fts MATCH ?", query.fts5)
        if joiningArticles || filters.needsArticleColumns {
            match.from += " JOIN articles AS a ON a.id = articles_fts.rowid"
            addArticleFilters(filters, to: &match)
        }
        if filters.speaker != nil, filters.kind == nil {
            try addSpeakerQuotedInArticle(filters, to: &match)
        } else if filters.needsQuoteColumns {
            var quotes = SearchMatch(from: "quotes AS q", id: "q.id")
            quotes.add("q.article_id = articles_fts.rowid")
            try addQuoteFilters(filters, to: &quotes)
            match.add(
                "EXISTS (SELECT 1 FROM \(quotes.from) \(quotes.filter))",
                arguments: quotes.arguments)
        }
        return match
    }

    /// The quotes a search matches: `quotes_fts` when there is a query, joined to `quotes AS q`
    /// (or `quotes AS q` alone without a query) and to `articles AS a` when asked or when a
    /// filter needs their columns.
    func quoteMatch(_ query: SearchQuery?, filters: SearchFilters, joiningArticles: Bool)
        throws -> SearchMatch
    {
        let joinsArticles = joiningArticles || filters.needsArticleColumns
        var match: SearchMatch
        if let query {
            match = SearchMatch(from: "quotes_fts", id: "quotes_fts.rowid")
            match.add("quotes_fts MATCH ?", query.fts5)
            if joinsArticles || filters.kind != nil {
                match.from += " JOIN quotes AS q ON q.id = quotes_fts.rowid"
            }
            try addSpeakerMembership(filters, to: &match)
            addKindFilter(filters, to: &match)
        } else {
            match = SearchMatch(from: "quotes AS q", id: "q.id")
            try addQuoteFilters(filters, to: &match)
        }
        if joinsArticles {
            match.from += " JOIN articles AS a ON a.id = q.article_id"
            addArticleFilters(filters, to: &match)
        }
        return match
    }

    private func addArticleFilters(_ filters: SearchFilters, to match: inout SearchMatch) {
        if let publication = filters.publication {
            match.add("a.publication = ? COLLATE NOCASE", publication)
        }
        if let since = filters.since {
            match.add("substr(a.published, 1, 10) >= ?", since)
        }
        if let until = filters.until {
            match.add("substr(a.published, 1, 10) <= ?", until)
        }
    }

    private func addQuoteFilters(_ filters: SearchFilters, to match: inout SearchMatch) throws {
        if let speaker = filters.speaker {
            let found = try SpeakerMatcher(connection: connection).match(speaker)
            match.add(
                """
                (q.speaker_person_id IN (SELECT value FROM json_each(?))
                    OR q.speaker_organisation_id IN (SELECT value FROM json_each(?)))
                """,
                Self.jsonArray(found.people), Self.jsonArray(found.organisations))
        }
        addKindFilter(filters, to: &match)
    }

    /// The speaker filter as a test of the match's id against the speaker's quotes, read from
    /// the speaker indexes: the quotes table itself is not read for matches that fail it. The
    /// unary `+` keeps SQLite from looking each of the speaker's quotes up in the full-text
    /// index instead, which costs far more than walking the query's matches.
    private func addSpeakerMembership(_ filters: SearchFilters, to match: inout SearchMatch)
        throws
    {
        guard let speaker = filters.speaker else { return }
        let found = try SpeakerMatcher(connection: connection).match(speaker)
        match.add(
            """
            +\(match.id) IN (
                SELECT id FROM quotes
                    WHERE speaker_person_id IN (SELECT value FROM json_each(?))
                UNION ALL SELECT id FROM quotes
                    WHERE speaker_organisation_id IN (SELECT value FROM json_each(?)))
            """,
            Self.jsonArray(found.people), Self.jsonArray(found.organisations))
    }

    /// The speaker filter on article matches: one probe of each speaker index (which holds the
    /// article of every quote) per match, best match first, until a page is full. One `EXISTS`
    /// with an `OR` of the two speaker columns would read each quote of the match from the
    /// quotes table instead; a list of the speaker's articles would read all of them first.
    private func addSpeakerQuotedInArticle(
        _ filters: SearchFilters, to match: inout SearchMatch
    ) throws {
        guard let speaker = filters.speaker else { return }
        let found = try SpeakerMatcher(connection: connection).match(speaker)
        match.add(
            """
            (EXISTS (SELECT 1 FROM quotes
                    WHERE speaker_person_id IN (SELECT value FROM json_each(?))
                        AND article_id = \(match.id))
                OR EXISTS (SELECT 1 FROM quotes
                    WHERE speaker_organisation_id IN (SELECT value FROM json_each(?))
                        AND article_id = \(match.id)))
            """,
            Self.jsonArray(found.people), Self.jsonArray(found.organisations))
    }

    private func addKindFilter(_ filters: SearchFilters, to match: inout SearchMatch) {
        if let kind = filters.kind {
            match.add("q.kind = ?", kind.rawValue)
        }
    }
}

/// The FROM and WHERE of a search, with the values its `?` placeholders take, in order.
struct SearchMatch {
    /// Tables and joins.
    var from: String
    /// The expression of a match's id (an article's or a quote's).
    var id: String
    /// Conditions that all hold.
    var conditions: [String] = []
    /// The values bound to the placeholders of `conditions`.
    var arguments: [any SQLiteBindable] = []

    /// `WHERE` and the conditions, or nothing when there are none.
    var filter: String {
        conditions.isEmpty ? "" : "WHERE " + conditions.concatenated(separator: " AND ")
    }

    /// Adds a condition and the values of its placeholders.
    mutating func add(_ condition: String, _ values: any SQLiteBindable...) {
        add(condition, arguments: values)
    }

    /// Adds a condition and the values of its placeholders.
    mutating func add(_ condition: String, arguments values: [any SQLiteBindable]) {
        conditions.append(condition)
        arguments += values
    }
}

extension SearchFilters {
    /// True when a filter reads the article's own columns (publication, dates).
    var needsArticleColumns: Bool { publication != nil || since != nil || until != nil }

    /// True when a filter reads a quote's columns (speaker, kind).
    var needsQuoteColumns: Bool { speaker != nil || kind != nil }
}
