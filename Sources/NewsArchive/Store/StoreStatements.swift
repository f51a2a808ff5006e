/// The statements the store runs for every article it writes.
enum StoreSQL: Int, CaseIterable {
    case articleByKey
    case articleByOtherKey
    case articleByHash
    case insertArticle
    case insertOrganisationMention
    case insertPersonMention
    case insertPersonTitle
    case insertPersonOrganisation
    case insertQuote
    case insertPersonAlias
    case insertOrganisationAlias
    case personByUserAlias
    case personByNameKey
    case insertPerson
    case fullNamesBySurname
    case surnameOnlyPerson
    case personName
    case organisationByUserAlias
    case organisationByNameKey
    case insertOrganisation
    case organisationName

    var text: String {
        switch self {
        case .articleByKey: "SELECT id, content_hash FROM articles WHERE key = ?"
        case .articleByOtherKey:
            """
            SELECT a.id, a.content_hash, a.key FROM article_keys AS k
            JOIN articles AS a ON a.id = k.article_id WHERE k.key = ?
            """
        case .articleByHash: "SELECT id, key FROM articles WHERE content_hash = ? LIMIT 1"
        case .insertArticle:
            """
            INSERT INTO articles (key, content_hash, publication, headline, standfirst, byline,
                published, url, body, captions, source_path, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        case .insertOrganisationMention:
            """
            INSERT OR IGNORE INTO organisation_mentions (article_id, organisation_id, mentions)
            VALUES (?, ?, ?)
            """
        case .insertPersonMention:
            // Two names in one article can lead to one identity after a user's merge.
            """
            INSERT INTO person_mentions (article_id, person_id, mentions, titles)
            VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (article_id, person_id) DO UPDATE SET
                mentions = (SELECT json_group_array(value) FROM (
                    SELECT DISTINCT value FROM json_each(mentions)
                    UNION SELECT value FROM json_each(?3))),
                titles = (SELECT json_group_array(value) FROM (
                    SELECT DISTINCT value FROM json_each(titles)
                    UNION SELECT value FROM json_each(?4)))
            """
        case .insertPersonTitle:
            "INSERT OR IGNORE INTO person_titles (person_id, title) VALUES (?, ?)"
        case .insertPersonOrganisation:
            """
            INSERT OR IGNORE INTO person_organisations (person_id, organisation_id)
            VALUES (?, ?)
            """
        case .insertQuote:
            """
            INSERT INTO quotes (article_id, speaker_person_id, speaker_organisation_id,
                speaker_name, mention, cue, kind, text, section, paragraph,
                start_offset, end_offset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        case .insertPersonAlias: Self.insertAlias(.person)
        case .insertOrganisationAlias: Self.insertAlias(.organisation)
        case .personByUserAlias:
            "SELECT person_id FROM person_aliases WHERE alias_key = ? AND source = 'user' LIMIT 1"
        case .personByNameKey: "SELECT id FROM people WHERE name_key = ?"
        case .insertPerson: "INSERT INTO people (name, name_key, gender) VALUES (?, ?, ?)"
        case .fullNamesBySurname:
            """
            SELECT id, (SELECT count(*) FROM person_mentions WHERE person_id = people.id) AS n
            FROM people
            WHERE surname_key = ?1 AND instr(name_key, ' ') > 0
                AND name_key NOT LIKE 'lord %' AND name_key NOT LIKE 'lady %'
                AND (gender IS NULL OR ?2 IS NULL OR gender = ?2)
            ORDER BY n DESC
            LIMIT 2
            """
        case .surnameOnlyPerson:
            """
            SELECT id FROM people WHERE name_key = ?
                AND (gender IS NULL OR ?2 IS NULL OR gender = ?2)
            """
        case .personName: "SELECT name FROM people WHERE id = ?"
        case .organisationByUserAlias:
            """
            SELECT organisation_id FROM organisation_aliases
            WHERE alias_key = ? AND source = 'user' LIMIT 1
            """
        case .organisationByNameKey: "SELECT id FROM organisations WHERE name_key = ?"
        case .insertOrganisation: "INSERT INTO organisations (name, name_key) VALUES (?, ?)"
        case .organisationName: "SELECT name FROM organisations WHERE id = ?"
        }
    }

    /// Records an alias the rules found, unless a user removed it from this entity.
    private static func insertAlias(_ kind: EntityKind) -> String {
        """
        INSERT OR IGNORE INTO \(kind.aliasTable) (\(kind.idColumn), alias, alias_key)
        SELECT ?2, ?3, ?4 WHERE NOT EXISTS (
            SELECT 1 FROM alias_removals
            WHERE entity_type = ?1 AND entity_id = ?2 AND alias_key = ?4)
        """
    }
}

/// The store's statements, each compiled at its first use and kept: looking a statement up by
/// its SQL, as ``Connection/cachedStatement(sql:)`` does, hashes the whole text at every call.
///
/// Every use binds all of a statement's parameters and leaves it reset.
final class StoreStatements {
    private let connection: Connection
    private var compiled: [Statement?] = Array(repeating: nil, count: StoreSQL.allCases.count)

    init(connection: Connection) {
        self.connection = connection
    }

    /// The compiled statement for some SQL.
    /// - Throws: ``SQLiteError`` when the SQL cannot be compiled.
    subscript(_ sql: StoreSQL) -> Statement {
        get throws {
            if let statement = compiled[sql.rawValue] { return statement }
            let statement = try Statement(
                connection: connection, sql: sql.text, retainsConnection: false)
            compiled[sql.rawValue] = statement
            return statement
        }
    }

    /// Runs a query with one parameter and returns the first column of its first row as an
    /// id, or nil when there is no row or the column is NULL.
    /// - Throws: ``SQLiteError`` when the query fails.
    func id(_ sql: StoreSQL, _ argument: String) throws -> Int64? {
        let statement = try self[sql]
        try statement.bind(argument, at: 1)
        defer { try? statement.reset() }
        guard try statement.step(), !statement.isNull(0) else { return nil }
        return Int64(statement.int(0))
    }
}
