extension ArchiveSearch {
    /// Counts of what the archive holds and its size on disk, one (item, value) row each.
    /// - Throws: ``SQLiteError``.
    public func statistics() throws -> RowCursor {
        // Every count reads an index, not the tables' rows: the kinds read quotes_kind, and the
        // quotes with a speaker are those with a person plus those with an organisation (a
        // CHECK in the quotes table allows no quote both), each a range of its own index.
        // With an OR, SQLite read every quote.
        let statement = try connection.prepare(
            sql: """
                SELECT 'articles' AS item, (SELECT count(*) FROM articles) AS value
                UNION ALL SELECT 'duplicate keys', (SELECT count(*) FROM article_keys)
                UNION ALL SELECT 'people', (SELECT count(*) FROM people)
                UNION ALL SELECT 'organisations', (SELECT count(*) FROM organisations)
                UNION ALL SELECT 'quotes', (SELECT count(*) FROM quotes)
                UNION ALL SELECT 'quotes ' || kind, count(*) FROM quotes GROUP BY kind
                UNION ALL SELECT 'quotes with a speaker',
                    (SELECT count(*) FROM quotes WHERE speaker_person_id IS NOT NULL)
                    + (SELECT count(*) FROM quotes WHERE speaker_organisation_id IS NOT NULL)
                UNION ALL SELECT 'database bytes',
                    (SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size())
                """)
        return RowCursor(statement: statement)
    }
}
