extension ArchiveSearch {
    /// One article with its people, organisations and quotes, found by id or key; nil when the
    /// archive has no such article.
    ///
    /// A key that was stored as a duplicate of another article leads to that article.
    /// - Throws: ``SQLiteError``.
    public func articleDocument(_ idOrKey: String) throws -> JSONValue? {
        guard let id = try articleID(idOrKey) else { return nil }
        let article = try jsonRows(
            sql: """
                SELECT a.id, a.key, a.publication, a.headline, a.standfirst, a.byline, a.published,
                    a.url, a.captions, a.body, a.source_path, a.ingested_at,
                    (SELECT json_group_array(key) FROM article_keys WHERE article_id = a.id)
                        AS other_keys
                FROM articles AS a WHERE a.id = ?
                """, arguments: [id])
        guard case .object(var fields)? = article.first else { return nil }
        let people = try jsonRows(
            sql: """
                SELECT v.id, v.name, v.aliases, v.titles, v.organisations, v.articles, v.quotes,
                    m.mentions, m.titles AS article_titles
                FROM person_mentions AS m JOIN people_view AS v ON v.id = m.person_id
                WHERE m.article_id = ? ORDER BY v.quotes DESC, v.name
                """, arguments: [id], lists: ["article_titles"])
        let organisations = try jsonRows(
            sql: """
                SELECT v.id, v.name, v.aliases, v.articles, v.quotes, m.mentions
                FROM organisation_mentions AS m
                JOIN organisations_view AS v ON v.id = m.organisation_id
                WHERE m.article_id = ? ORDER BY v.name
                """, arguments: [id])
        let quoteRows = try jsonRows(
            sql: """
                SELECT q.id, coalesce(p.name, o.name) AS speaker,
                    coalesce(q.speaker_person_id, q.speaker_organisation_id) AS speaker_id,
                    q.mention, q.cue, q.kind, q.text, q.section, q.paragraph,
                    q.start_offset AS start, q.end_offset AS "end"
                FROM quotes AS q
                LEFT JOIN people AS p ON p.id = q.speaker_person_id
                LEFT JOIN organisations AS o ON o.id = q.speaker_organisation_id
                WHERE q.article_id = ?
                ORDER BY CASE q.section WHEN 'headline' THEN 0 WHEN 'standfirst' THEN 1
                    WHEN 'caption' THEN 2 ELSE 3 END, q.start_offset
                """, arguments: [id])
        fields.append(("people", .array(people)))
        fields.append(("organisations", .array(organisations)))
        fields.append(("quotes", .array(quoteRows)))
        return .object(fields)
    }

    /// The id of the article stored under an id, a key, or a key recorded as its duplicate.
    /// - Throws: ``SQLiteError``.
    public func articleID(_ idOrKey: String) throws -> Int64? {
        if let id = try connection.scalarInt(
            sql: """
                SELECT id FROM articles WHERE key = ?1
                UNION ALL SELECT article_id FROM article_keys WHERE key = ?1
                UNION ALL SELECT id FROM articles WHERE CAST(id AS TEXT) = ?1
                LIMIT 1
                """, arguments: [idOrKey])
        {
            return Int64(id)
        }
        return nil
    }
}
