extension ArchiveSearch {
    /// How many articles a search matches, and the speakers and publications most common among
    /// the best `sampleSize` of them (all of them when there are no more), read without
    /// snippets.
    ///
    /// A speaker counts once per article that quotes them (any quote in it, whatever the
    /// speaker and kind filters); speakers are grouped by name, as the `speaker` filter finds
    /// them. ``SearchFacets/sampleIDs`` holds the articles counted, best first: read a page of
    /// them with ``articles(ids:highlighting:)`` rather than ranking the matches again.
    /// - Parameter limit: how many speakers and publications at most.
    /// - Throws: ``SQLiteError`` (for a raw query SQLite rejects, among others).
    public func articleFacets(
        matching query: SearchQuery, filters: SearchFilters = SearchFilters(), limit: Int = 10,
        sampleSize: Int = 1000
    ) throws -> SearchFacets {
        // A sample, not every match: counting speakers over every matching article reads all
        // of their quotes, which for a word most articles hold costs more than ranking them all
        // (docs/benchmarks.md, "Web server under load").
        let match = try articleMatch(query, filters: filters, joiningArticles: false)
        return try facets(
            of: match, order: "articles_fts.rank", sampleSize: sampleSize, limit: limit,
            speakerCount: "count(DISTINCT q.article_id)", quoteSample: "q.article_id",
            publicationFrom: "articles AS a", articleSample: "a.id")
    }

    /// How many quotes a search matches (every quote passing the filters when the query is
    /// nil), and the speakers and publications most common among the first `sampleSize` of
    /// them (best first, or in article order without a query), read without snippets.
    ///
    /// ``SearchFacets/sampleIDs`` holds the quotes counted, in order: read a page of them with
    /// ``quotes(ids:highlighting:)``.
    /// - Parameter limit: how many speakers and publications at most.
    /// - Throws: ``SQLiteError``.
    public func quoteFacets(
        matching query: SearchQuery?, filters: SearchFilters = SearchFilters(), limit: Int = 10,
        sampleSize: Int = 1000
    ) throws -> SearchFacets {
        let match = try quoteMatch(query, filters: filters, joiningArticles: false)
        return try facets(
            of: match, order: query == nil ? Self.quoteOrder : "quotes_fts.rank",
            sampleSize: sampleSize, limit: limit, speakerCount: "count(*)", quoteSample: "q.id",
            publicationFrom: "quotes AS q JOIN articles AS a ON a.id = q.article_id",
            articleSample: "q.id")
    }

    /// The best `sampleSize` matches in `order`, the total, and the speakers and publications
    /// most common among the sample. The two facet queries differ only in what they count and
    /// which column holds the sampled ids.
    private func facets(
        of match: SearchMatch, order: String, sampleSize: Int, limit: Int,
        speakerCount: String, quoteSample: String, publicationFrom: String, articleSample: String
    ) throws -> SearchFacets {
        let ids = try int64s(
            sql: """
                SELECT \(match.id) FROM \(match.from) \(match.filter) ORDER BY \(order) LIMIT ?
                """,
            arguments: match.arguments + [sampleSize])
        var facets = try SearchFacets(total: total(of: match, sample: ids, size: sampleSize))
        facets.sampleIDs = ids
        guard !ids.isEmpty, limit > 0 else { return facets }
        let sample = Self.jsonArray(ids)
        facets.speakers = try facetCounts(
            sql: """
                SELECT coalesce(p.name, o.name) AS value, \(speakerCount) AS n
                FROM quotes AS q
                LEFT JOIN people AS p ON p.id = q.speaker_person_id
                LEFT JOIN organisations AS o ON o.id = q.speaker_organisation_id
                WHERE \(quoteSample) IN (SELECT value FROM json_each(?))
                    AND coalesce(p.name, o.name) IS NOT NULL
                GROUP BY value ORDER BY n DESC, value LIMIT ?
                """, arguments: [sample, limit])
        facets.publications = try facetCounts(
            sql: """
                SELECT a.publication AS value, count(*) AS n FROM \(publicationFrom)
                WHERE \(articleSample) IN (SELECT value FROM json_each(?)) AND a.publication <> ''
                GROUP BY value ORDER BY n DESC, value LIMIT ?
                """, arguments: [sample, limit])
        return facets
    }

    /// Every match: the sample when it is not full, else counted.
    private func total(of match: SearchMatch, sample: [Int64], size: Int) throws -> Int {
        guard sample.count >= size else { return sample.count }
        return try connection.scalarInt(
            sql: "SELECT count(*) FROM \(match.from) \(match.filter)", arguments: match.arguments)
            ?? 0
    }

    private func int64s(sql: String, arguments: [any SQLiteBindable]) throws -> [Int64] {
        let statement = try connection.prepare(sql: sql)
        try statement.bind(arguments)
        return try statement.ids()
    }

    private func facetCounts(sql: String, arguments: [any SQLiteBindable]) throws
        -> [FacetCount]
    {
        let statement = try connection.prepare(sql: sql)
        try statement.bind(arguments)
        var counts: [FacetCount] = []
        while try statement.step() {
            counts.append(FacetCount(value: statement.text(0) ?? "", count: statement.int(1)))
        }
        return counts
    }

    /// Ids as a JSON array, for `json_each(?)`.
    static func jsonArray(_ ids: some Sequence<Int64>) -> String {
        "[" + ids.map(String.init).concatenated(separator: ",") + "]"
    }
}
