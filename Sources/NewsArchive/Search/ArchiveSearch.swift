import Foundation

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
        var conditions = ["articles_fts MATCH ?"]
        var arguments: [any SQLiteBindable] = [query.fts5]
        try addArticleFilters(filters, alias: "a", to: &conditions, arguments: &arguments)
        if filters.speaker != nil || filters.kind != nil {
            var quoteConditions = ["q.article_id = a.id"]
            try addQuoteFilters(filters, to: &quoteConditions, arguments: &arguments)
            conditions.append(
                "EXISTS (SELECT 1 FROM quotes AS q WHERE \(quoteConditions.joined(separator: " AND ")))"
            )
        }
        let sql = """
            SELECT a.id, a.key, a.headline, a.publication, a.published,
                snippet(articles_fts, -1, \(Snippet.sqlMarkers), 24) AS snippet,
                round(articles_fts.rank, 4) AS rank
            FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY articles_fts.rank
            LIMIT ? OFFSET ?
            """
        return try cursor(sql: sql, arguments: arguments, limit: limit, offset: offset)
    }

    /// Quotes whose text or speaker name matches a query, best first, with a snippet; or, when
    /// the query is nil, every quote passing the filters in article order.
    /// - Throws: ``SQLiteError``.
    public func quotes(
        matching query: SearchQuery?, filters: SearchFilters = SearchFilters(), limit: Int? = nil,
        offset: Int = 0
    ) throws -> RowCursor {
        var conditions: [String] = []
        var arguments: [any SQLiteBindable] = []
        if let query {
            conditions.append("quotes_fts MATCH ?")
            arguments.append(query.fts5)
        }
        try addQuoteFilters(filters, to: &conditions, arguments: &arguments)
        try addArticleFilters(filters, alias: "a", to: &conditions, arguments: &arguments)
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let columns = """
            q.id, q.article_id, a.key AS article_key, a.headline, a.publication, a.published,
            coalesce(p.name, o.name) AS speaker,
            coalesce(q.speaker_person_id, q.speaker_organisation_id) AS speaker_id,
            q.mention, q.cue, q.kind, q.text, q.section, q.paragraph,
            q.start_offset AS start, q.end_offset AS "end"
            """
        let joins = """
            JOIN articles AS a ON a.id = q.article_id
            LEFT JOIN people AS p ON p.id = q.speaker_person_id
            LEFT JOIN organisations AS o ON o.id = q.speaker_organisation_id
            """
        let sql: String
        if query != nil {
            sql = """
                SELECT \(columns),
                    snippet(quotes_fts, 0, \(Snippet.sqlMarkers), 24) AS snippet,
                    round(quotes_fts.rank, 4) AS rank
                FROM quotes_fts JOIN quotes AS q ON q.id = quotes_fts.rowid
                \(joins)
                \(filter)
                ORDER BY quotes_fts.rank
                LIMIT ? OFFSET ?
                """
        } else {
            sql = """
                SELECT \(columns)
                FROM quotes AS q
                \(joins)
                \(filter)
                ORDER BY q.article_id,
                    CASE q.section WHEN 'headline' THEN 0 WHEN 'standfirst' THEN 1
                        WHEN 'caption' THEN 2 ELSE 3 END,
                    q.start_offset
                LIMIT ? OFFSET ?
                """
        }
        return try cursor(sql: sql, arguments: arguments, limit: limit, offset: offset)
    }

    private func cursor(
        sql: String, arguments: [any SQLiteBindable], limit: Int?, offset: Int
    ) throws -> RowCursor {
        let statement = try connection.prepare(sql: sql)
        // One row past the limit tells the caller whether more rows are left.
        try statement.bind(arguments + [limit.map { $0 + 1 } ?? -1, offset])
        let names = statement.columnNames
        guard let snippetIndex = names.firstIndex(of: "snippet") else {
            return RowCursor(statement: statement)
        }
        let style = snippetStyle
        if case .offsets = style {
            return RowCursor(statement: statement, columns: names + ["matches"]) { row in
                guard case .text(let marked) = row[snippetIndex] else { return row + [.null] }
                let rendered = Snippet.render(marked, style: style)
                var row = row
                row[snippetIndex] = .text(rendered.text)
                let matches = rendered.matches.map { "[\($0[0]),\($0[1])]" }.joined(separator: ",")
                return row + [.text("[" + matches + "]")]
            }
        }
        return RowCursor(statement: statement) { row in
            guard case .text(let marked) = row[snippetIndex] else { return row }
            var row = row
            row[snippetIndex] = .text(Snippet.render(marked, style: style).text)
            return row
        }
    }

    private func addArticleFilters(
        _ filters: SearchFilters, alias: String, to conditions: inout [String],
        arguments: inout [any SQLiteBindable]
    ) throws {
        if let publication = filters.publication {
            conditions.append("\(alias).publication = ? COLLATE NOCASE")
            arguments.append(publication)
        }
        if let since = filters.since {
            conditions.append("substr(\(alias).published, 1, 10) >= ?")
            arguments.append(since)
        }
        if let until = filters.until {
            conditions.append("substr(\(alias).published, 1, 10) <= ?")
            arguments.append(until)
        }
    }

    private func addQuoteFilters(
        _ filters: SearchFilters, to conditions: inout [String],
        arguments: inout [any SQLiteBindable]
    ) throws {
        if let speaker = filters.speaker {
            let match = try SpeakerMatcher(connection: connection).match(speaker)
            conditions.append(
                """
                (q.speaker_person_id IN (SELECT value FROM json_each(?))
                    OR q.speaker_organisation_id IN (SELECT value FROM json_each(?)))
                """)
            arguments.append("[" + match.people.map(String.init).joined(separator: ",") + "]")
            arguments.append(
                "[" + match.organisations.map(String.init).joined(separator: ",") + "]")
        }
        if let kind = filters.kind {
            conditions.append("q.kind = ?")
            arguments.append(kind.rawValue)
        }
    }
}
