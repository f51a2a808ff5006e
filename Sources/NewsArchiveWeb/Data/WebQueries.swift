import NewsArchive

/// The reads the pages need that the command line has no listing for: recent articles, a
/// person's or organisation's quotes newest first, one organisation's profile.
struct WebQueries {
    let connection: Connection

    /// The marker characters SQLite puts around highlighted words; ``HTML/highlighted(_:)``
    /// turns them into `<mark>`.
    static let highlightArguments = "char(57344), char(57345)"

    /// The newest articles.
    /// - Throws: ``SQLiteError``.
    func recentArticles(limit: Int, offset: Int = 0) throws -> [Row] {
        try rows(
            sql: """
                SELECT a.id, a.key, a.headline, a.publication, a.published, a.byline
                FROM articles AS a
                ORDER BY coalesce(a.published, a.ingested_at) DESC, a.id DESC
                LIMIT ? OFFSET ?
                """, arguments: [limit + 1, offset])
    }

    /// Quotes by one speaker, newest article first, optionally only those matching a query
    /// (matches highlighted in `text`).
    /// - Throws: ``SQLiteError``.
    func quotes(
        by kind: EntityKind, id: Int64, matching query: SearchQuery?, limit: Int, offset: Int
    ) throws -> [Row] {
        let speakerColumn = kind == .person ? "speaker_person_id" : "speaker_organisation_id"
        let text = query == nil ? "q.text" : "highlight(quotes_fts, 0, \(Self.highlightArguments))"
        let from =
            query == nil
            ? "quotes AS q" : "quotes_fts JOIN quotes AS q ON q.id = quotes_fts.rowid"
        let match = query == nil ? "" : "AND quotes_fts MATCH ?"
        let arguments: [any SQLiteBindable] =
            [id] + (query.map { [$0.fts5] } ?? []) + [limit + 1, offset]
        return try rows(
            sql: """
                SELECT q.id, q.article_id, a.headline, a.publication, a.published, q.mention,
                    q.cue, q.kind, \(text) AS text
                FROM \(from) JOIN articles AS a ON a.id = q.article_id
                WHERE q.\(speakerColumn) = ? \(match)
                ORDER BY coalesce(a.published, a.ingested_at) DESC, q.article_id DESC,
                    q.start_offset
                LIMIT ? OFFSET ?
                """, arguments: arguments)
    }

    /// An organisation's name, aliases and counts, with first and last seen; nil when there is
    /// no organisation with the id.
    /// - Throws: ``SQLiteError``.
    func organisation(id: Int64) throws -> Row? {
        try rows(
            sql: """
                SELECT v.id, v.name, v.aliases, v.articles, v.quotes,
                    (SELECT min(coalesce(a.published, a.ingested_at))
                        FROM organisation_mentions AS m JOIN articles AS a ON a.id = m.article_id
                        WHERE m.organisation_id = v.id) AS first_seen,
                    (SELECT max(coalesce(a.published, a.ingested_at))
                        FROM organisation_mentions AS m JOIN articles AS a ON a.id = m.article_id
                        WHERE m.organisation_id = v.id) AS last_seen
                FROM organisations_view AS v WHERE v.id = ?
                """, arguments: [id]
        ).first
    }

    /// The people tied to an organisation, most quoted first.
    /// - Throws: ``SQLiteError``.
    func members(ofOrganisation id: Int64, limit: Int) throws -> [Row] {
        try rows(
            sql: """
                SELECT v.id, v.name, v.quotes FROM person_organisations AS po
                JOIN people_view AS v ON v.id = po.person_id
                WHERE po.organisation_id = ?
                ORDER BY v.quotes DESC, v.name LIMIT ?
                """, arguments: [id, limit]
        )
    }

    /// The articles that name an organisation, newest first.
    /// - Throws: ``SQLiteError``.
    func articles(mentioningOrganisation id: Int64, limit: Int) throws -> [Row] {
        try rows(
            sql: """
                SELECT a.id, a.headline, a.publication, a.published
                FROM organisation_mentions AS m JOIN articles AS a ON a.id = m.article_id
                WHERE m.organisation_id = ?
                ORDER BY coalesce(a.published, a.ingested_at) DESC, a.id DESC LIMIT ?
                """, arguments: [id, limit]
        )
    }

    /// The id of the person or organisation with exactly this name, for links from a quote's
    /// speaker name.
    /// - Throws: ``SQLiteError``.
    func speakerLink(named name: String) throws -> String? {
        if let id = try connection.scalarInt(
            sql: "SELECT id FROM people WHERE name = ? LIMIT 1", arguments: [name])
        {
            return "/people/\(id)"
        }
        if let id = try connection.scalarInt(
            sql: "SELECT id FROM organisations WHERE name = ? LIMIT 1", arguments: [name])
        {
            return "/organisations/\(id)"
        }
        return nil
    }

    private func rows(sql: String, arguments: [any SQLiteBindable]) throws -> [Row] {
        let statement = try connection.prepare(sql: sql)
        try statement.bind(arguments)
        let columns = statement.columnNames
        var rows: [Row] = []
        while try statement.step() {
            rows.append(Row(columns: columns, values: (0..<columns.count).map(statement.value)))
        }
        return rows
    }
}
