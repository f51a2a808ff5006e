extension ArchiveSearch {
    /// A person's profile: names, titles, organisations, first and last seen, quote count and
    /// latest quotes; nil when no person answers to the name.
    ///
    /// - Parameter latest: how many of the newest quotes to include.
    /// - Throws: ``CorrectionError/ambiguous(_:name:candidates:)`` when the name fits several
    ///   people; ``SQLiteError``.
    public func personDocument(_ name: String, latest: Int = 10) throws -> JSONValue? {
        let id: Int64
        do {
            id = try ArchiveStore.entityID(.person, named: name, in: connection)
        } catch CorrectionError.notFound {
            return nil
        }
        let profile = try jsonRows(
            sql: """
                SELECT v.id, v.name, v.aliases, v.titles, v.organisations, v.articles, v.quotes,
                    (SELECT min(coalesce(a.published, a.ingested_at)) FROM person_mentions AS m
                        JOIN articles AS a ON a.id = m.article_id WHERE m.person_id = v.id)
                        AS first_seen,
                    (SELECT max(coalesce(a.published, a.ingested_at)) FROM person_mentions AS m
                        JOIN articles AS a ON a.id = m.article_id WHERE m.person_id = v.id)
                        AS last_seen
                FROM people_view AS v WHERE v.id = ?
                """, arguments: [id])
        guard case .object(var fields)? = profile.first else { return nil }
        let quotes = try jsonRows(
            sql: """
                SELECT q.id, a.key AS article_key, a.headline, a.published, q.mention, q.cue,
                    q.kind, q.text
                FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
                WHERE q.speaker_person_id = ?
                ORDER BY coalesce(a.published, a.ingested_at) DESC, q.article_id DESC, q.start_offset
                LIMIT ?
                """, arguments: [id, latest])
        fields.append(("latest_quotes", .array(quotes)))
        return .object(fields)
    }

    /// Rows of a query as JSON objects keyed by column name.
    func jsonRows(sql: String, arguments: [any SQLiteBindable], lists: Set<String> = [])
        throws -> [JSONValue]
    {
        let statement = try connection.prepare(sql: sql)
        try statement.bind(arguments)
        let names = statement.columnNames
        var result: [JSONValue] = []
        while try statement.step() {
            result.append(
                .object(
                    names.enumerated().map { index, name in
                        let isList = isListColumn(name) || lists.contains(name)
                        return (name, JSONValue(statement.value(index), isList: isList))
                    }))
        }
        return result
    }
}
