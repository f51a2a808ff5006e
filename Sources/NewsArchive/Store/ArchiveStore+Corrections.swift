/// Corrections users make to the people and organisations the rules found. Each is recorded
/// as a user alias or an alias removal, so re-ingesting articles keeps it.
extension ArchiveStore {
    /// The id of the one entity a name (any known form) or a numeric id leads to.
    /// - Throws: ``CorrectionError/notFound(_:name:)`` or ``CorrectionError/ambiguous(_:name:candidates:)``.
    public func entityID(_ kind: EntityKind, named name: String) throws -> Int64 {
        try Self.entityID(kind, named: name, in: connection)
    }

    /// The id of the one entity a name or id leads to in a database.
    /// - Throws: ``CorrectionError/notFound(_:name:)`` or ``CorrectionError/ambiguous(_:name:candidates:)``.
    static func entityID(_ kind: EntityKind, named name: String, in connection: Connection) throws
        -> Int64
    {
        if let id = Int64(name),
            try connection.scalarInt(
                sql: "SELECT count(*) FROM \(kind.table) WHERE id = ?", arguments: [id]) == 1
        {
            return id
        }
        let key = NameKey.make(name)
        let exact = try ids(
            in: connection,
            sql: """
                SELECT id FROM \(kind.table) WHERE name_key = ?1
                UNION SELECT \(kind.idColumn) FROM \(kind.aliasTable) WHERE alias_key = ?1
                """, arguments: [key])
        var match = exact
        if match.isEmpty && kind == .person {
            match = try SpeakerMatcher(connection: connection).match(name).people
        }
        switch match.count {
        case 0: throw CorrectionError.notFound(kind, name: name)
        case 1: return match[0]
        default:
            var candidates: [String] = []
            for id in match.sorted() {
                let entityName =
                    try connection.scalarText(
                        sql: "SELECT name FROM \(kind.table) WHERE id = ?", arguments: [id]) ?? ""
                candidates.append("\(id): \(entityName)")
            }
            throw CorrectionError.ambiguous(kind, name: name, candidates: candidates)
        }
    }

    /// Makes `other` part of `kept`: its quotes, mentions, aliases and titles move over and its
    /// name becomes an alias of `kept`.
    /// - Returns: the id of the entity kept.
    /// - Throws: ``CorrectionError`` for names that lead nowhere, or to one entity twice.
    @discardableResult
    public func merge(_ kind: EntityKind, _ other: String, into kept: String) throws -> Int64 {
        try connection.inTransaction {
            let keptID = try entityID(kind, named: kept)
            let otherID = try entityID(kind, named: other)
            guard keptID != otherID else { throw CorrectionError.sameEntity(kind, name: other) }
            let otherName =
                try connection.scalarText(
                    sql: "SELECT name FROM \(kind.table) WHERE id = ?", arguments: [otherID])
                ?? other
            try moveEverything(kind, from: otherID, into: keptID)
            try addUserAlias(kind, id: keptID, alias: otherName)
            return keptID
        }
    }

    /// Moves an entity's quotes, mentions, aliases, titles and organisations to another, then
    /// deletes it. Runs inside the caller's transaction.
    func moveEverything(_ kind: EntityKind, from otherID: Int64, into keptID: Int64) throws {
        identities.clear()
        // The quotes' update trigger takes their old text out of the index, so the quotes it is
        // about to update must be in it.
        if let first = firstUnindexedQuoteID,
            try connection.scalarInt(
                sql: """
                    SELECT EXISTS (SELECT 1 FROM quotes
                        WHERE id >= ?1 AND \(kind.quoteSpeakerColumn) IN (?2, ?3))
                    """, arguments: [first, keptID, otherID]) == 1
        {
            try indexNewQuotes()
        }
        try connection.execute(
            sql:
                "UPDATE quotes SET \(kind.quoteSpeakerColumn) = ? WHERE \(kind.quoteSpeakerColumn) = ?",
            arguments: [keptID, otherID])
        try connection.execute(
            sql: """
                UPDATE quotes SET speaker_name = (SELECT name FROM \(kind.table) WHERE id = ?1)
                WHERE \(kind.quoteSpeakerColumn) = ?1
                """, arguments: [keptID])
        try mergeMentions(kind, from: otherID, into: keptID)
        try connection.execute(
            sql: """
                INSERT OR IGNORE INTO \(kind.aliasTable) (\(kind.idColumn), alias, alias_key, source)
                SELECT ?1, alias, alias_key, source FROM \(kind.aliasTable) WHERE \(kind.idColumn) = ?2
                """, arguments: [keptID, otherID])
        if kind == .person {
            for table in ["person_titles", "person_organisations"] {
                try connection.execute(
                    sql: """
                        INSERT OR IGNORE INTO \(table)
                        SELECT ?1, \(table == "person_titles" ? "title" : "organisation_id")
                        FROM \(table) WHERE person_id = ?2
                        """, arguments: [keptID, otherID])
            }
        } else {
            try connection.execute(
                sql: """
                    INSERT OR IGNORE INTO person_organisations
                    SELECT person_id, ?1 FROM person_organisations WHERE organisation_id = ?2
                    """, arguments: [keptID, otherID])
        }
        try connection.execute(
            sql: "DELETE FROM \(kind.table) WHERE id = ?", arguments: [otherID])
    }

    /// Gives an entity a new name; the old one stays as an alias.
    /// - Throws: ``CorrectionError`` when the name leads nowhere or the new name is taken.
    public func rename(_ kind: EntityKind, _ name: String, to newName: String) throws {
        try connection.inTransaction {
            let id = try entityID(kind, named: name)
            let newKey = NameKey.make(newName)
            if let owner = try connection.scalarInt(
                sql: "SELECT id FROM \(kind.table) WHERE name_key = ? AND id != ?",
                arguments: [newKey, id])
            {
                throw CorrectionError.nameTaken(kind, name: newName, ownerID: Int64(owner))
            }
            let oldName =
                try connection.scalarText(
                    sql: "SELECT name FROM \(kind.table) WHERE id = ?", arguments: [id]) ?? name
            try connection.execute(
                sql: "UPDATE \(kind.table) SET name = ?, name_key = ? WHERE id = ?",
                arguments: [newName, newKey, id])
            try addUserAlias(kind, id: id, alias: oldName)
            try addUserAlias(kind, id: id, alias: newName)
        }
    }

    /// Adds an alias that re-ingest keeps and that leads names in new articles to this entity.
    /// - Throws: ``CorrectionError`` when the name leads nowhere.
    public func addAlias(_ kind: EntityKind, to name: String, alias: String) throws {
        try connection.inTransaction {
            try addUserAlias(kind, id: try entityID(kind, named: name), alias: alias)
        }
    }

    /// Removes an alias; re-ingest will not add it back.
    /// - Returns: false when the entity had no such alias.
    /// - Throws: ``CorrectionError`` when the name leads nowhere.
    @discardableResult
    public func removeAlias(_ kind: EntityKind, from name: String, alias: String) throws -> Bool {
        try connection.inTransaction {
            let id = try entityID(kind, named: name)
            let key = NameKey.make(alias)
            try connection.execute(
                sql: "DELETE FROM \(kind.aliasTable) WHERE \(kind.idColumn) = ? AND alias_key = ?",
                arguments: [id, key])
            let removed = connection.changes > 0
            try connection.execute(
                sql:
                    "INSERT OR IGNORE INTO alias_removals (entity_type, entity_id, alias_key) VALUES (?, ?, ?)",
                arguments: [kind.rawValue, id, key])
            return removed
        }
    }

    private func addUserAlias(_ kind: EntityKind, id: Int64, alias: String) throws {
        let key = NameKey.make(alias)
        try connection.execute(
            sql: """
                INSERT INTO \(kind.aliasTable) (\(kind.idColumn), alias, alias_key, source)
                VALUES (?, ?, ?, 'user')
                ON CONFLICT DO UPDATE SET source = 'user'
                """, arguments: [id, alias, key])
        try connection.execute(
            sql:
                "DELETE FROM alias_removals WHERE entity_type = ? AND entity_id = ? AND alias_key = ?",
            arguments: [kind.rawValue, id, key])
    }

    private func mergeMentions(_ kind: EntityKind, from otherID: Int64, into keptID: Int64) throws {
        let titles = kind == .person ? ", titles" : ""
        let mergedTitles =
            kind == .person
            ? """
            , titles = (SELECT json_group_array(value) FROM (
                SELECT value FROM json_each(\(kind.mentionTable).titles)
                UNION SELECT value FROM json_each(excluded.titles)))
            """ : ""
        try connection.execute(
            sql: """
                INSERT INTO \(kind.mentionTable) (article_id, \(kind.idColumn), mentions\(titles))
                SELECT article_id, ?1, mentions\(titles) FROM \(kind.mentionTable) WHERE \(kind.idColumn) = ?2
                ON CONFLICT DO UPDATE SET
                    mentions = (SELECT json_group_array(value) FROM (
                        SELECT value FROM json_each(\(kind.mentionTable).mentions)
                        UNION SELECT value FROM json_each(excluded.mentions)))\(mergedTitles)
                """, arguments: [keptID, otherID])
    }

    private static func ids(in connection: Connection, sql: String, arguments: [any SQLiteBindable])
        throws -> [Int64]
    {
        let statement = try connection.prepare(sql: sql)
        try statement.bind(arguments)
        return try statement.ids()
    }
}
