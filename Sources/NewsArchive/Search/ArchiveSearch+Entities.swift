extension ArchiveSearch {
    /// People whose name or an alias contains the query (all people when nil), most quoted
    /// first, with their aliases, titles, organisations and counts.
    /// - Throws: ``SQLiteError``.
    public func people(matching query: String?, limit: Int? = nil, offset: Int = 0) throws
        -> RowCursor
    {
        try entities(
            view: "people_view", aliases: "person_aliases", owner: "person_id",
            query: query, limit: limit, offset: offset)
    }

    /// Organisations whose name or an alias contains the query (all when nil), most quoted
    /// first, with their aliases and counts.
    /// - Throws: ``SQLiteError``.
    public func organisations(matching query: String?, limit: Int? = nil, offset: Int = 0)
        throws -> RowCursor
    {
        try entities(
            view: "organisations_view", aliases: "organisation_aliases",
            owner: "organisation_id", query: query, limit: limit, offset: offset)
    }

    private func entities(
        view: String, aliases: String, owner: String, query: String?, limit: Int?, offset: Int
    ) throws -> RowCursor {
        var filter = ""
        var arguments: [any SQLiteBindable] = []
        if let query, !query.isEmpty {
            filter = """
                WHERE v.id IN (SELECT \(owner) FROM \(aliases) WHERE instr(alias_key, ?1) > 0)
                    OR instr(lower(v.name), ?1) > 0
                """
            arguments.append(NameKey.make(query))
        }
        let statement = try connection.prepare(
            sql: """
                SELECT v.* FROM \(view) AS v \(filter)
                ORDER BY v.quotes DESC, v.articles DESC, v.name
                LIMIT ? OFFSET ?
                """)
        try statement.bind(arguments + [limit.map { $0 + 1 } ?? -1, offset])
        return RowCursor(statement: statement)
    }
}
