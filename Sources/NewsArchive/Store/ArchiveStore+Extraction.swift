extension ArchiveStore {
    /// Writes an article's people, organisations and quotes, linking names to the archive's
    /// existing identities.
    func insertExtraction(_ extraction: ArticleExtraction, articleID: Int64) throws {
        var organisationIDs: [Int64] = []
        for organisation in extraction.organisations {
            let id = try organisationID(named: organisation.name)
            organisationIDs.append(id)
            for mention in Set(organisation.mentions + [organisation.name]) {
                try addExtractedAlias(.organisation, id: id, alias: mention)
            }
            try connection.execute(
                sql: """
                    INSERT OR IGNORE INTO organisation_mentions (article_id, organisation_id, mentions)
                    VALUES (?, ?, ?)
                    """,
                arguments: [articleID, id, JSONText.array(organisation.mentions)])
        }

        var personIDs: [Int64] = []
        for person in extraction.people {
            let id = try personID(named: person.name, gender: person.gender)
            personIDs.append(id)
            for mention in Set(person.mentions + [person.name]) {
                try addExtractedAlias(.person, id: id, alias: mention)
            }
            for title in Set(person.titles) {
                try connection.execute(
                    sql: "INSERT OR IGNORE INTO person_titles (person_id, title) VALUES (?, ?)",
                    arguments: [id, title])
            }
            for name in Set(person.organisations) {
                try connection.execute(
                    sql: """
                        INSERT OR IGNORE INTO person_organisations (person_id, organisation_id)
                        VALUES (?, ?)
                        """,
                    arguments: [id, try organisationID(named: name)])
            }
            // Two names in one article can lead to one identity after a user's merge.
            try connection.execute(
                sql: """
                    INSERT INTO person_mentions (article_id, person_id, mentions, titles)
                    VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT (article_id, person_id) DO UPDATE SET
                        mentions = (SELECT json_group_array(value) FROM (
                            SELECT DISTINCT value FROM json_each(mentions)
                            UNION SELECT value FROM json_each(?3))),
                        titles = (SELECT json_group_array(value) FROM (
                            SELECT DISTINCT value FROM json_each(titles)
                            UNION SELECT value FROM json_each(?4)))
                    """,
                arguments: [
                    articleID, id, JSONText.array(person.mentions), JSONText.array(person.titles),
                ])
        }

        for quote in extraction.quotes {
            var personID: Int64?
            var organisationID: Int64?
            var speakerName: String?
            switch quote.speaker {
            case .person(let index)? where personIDs.indices.contains(index):
                personID = personIDs[index]
                speakerName = try connection.scalarText(
                    sql: "SELECT name FROM people WHERE id = ?", arguments: [personIDs[index]])
            case .organisation(let index)? where organisationIDs.indices.contains(index):
                organisationID = organisationIDs[index]
                speakerName = try connection.scalarText(
                    sql: "SELECT name FROM organisations WHERE id = ?",
                    arguments: [organisationIDs[index]])
            default:
                break
            }
            try connection.execute(
                sql: """
                    INSERT INTO quotes (article_id, speaker_person_id, speaker_organisation_id,
                        speaker_name, mention, cue, kind, text, section, paragraph,
                        start_offset, end_offset)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    articleID, personID, organisationID, speakerName, quote.mention, quote.cue,
                    quote.kind.rawValue, quote.text, quote.section.rawValue, quote.paragraph,
                    quote.start, quote.end,
                ])
        }
    }

    /// Records an alias the rules found, unless a user removed it from this entity.
    private func addExtractedAlias(_ kind: EntityKind, id: Int64, alias: String) throws {
        let statement = try connection.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO \(kind.aliasTable) (\(kind.idColumn), alias, alias_key)
                SELECT ?2, ?3, ?4 WHERE NOT EXISTS (
                    SELECT 1 FROM alias_removals
                    WHERE entity_type = ?1 AND entity_id = ?2 AND alias_key = ?4)
                """)
        try statement.bind([kind.rawValue, id, alias, NameKey.make(alias)])
        try statement.run()
    }

    /// The person a name leads to: one a user correction gave this name, else the person with
    /// this full name, else a new person.
    func personID(named name: String, gender: Gender?) throws -> Int64 {
        let key = NameKey.make(name)
        if let id = try connection.scalarInt(
            sql:
                "SELECT person_id FROM person_aliases WHERE alias_key = ? AND source = 'user' LIMIT 1",
            arguments: [key])
        {
            return Int64(id)
        }
        if let id = try connection.scalarInt(
            sql: "SELECT id FROM people WHERE name_key = ?", arguments: [key])
        {
            return Int64(id)
        }
        try connection.execute(
            sql: "INSERT INTO people (name, name_key, gender) VALUES (?, ?, ?)",
            arguments: [name, key, gender?.rawValue])
        return connection.lastInsertRowID
    }

    /// The organisation a name leads to, created when new.
    func organisationID(named name: String) throws -> Int64 {
        let key = NameKey.make(name)
        if let id = try connection.scalarInt(
            sql: """
                SELECT organisation_id FROM organisation_aliases
                WHERE alias_key = ? AND source = 'user' LIMIT 1
                """,
            arguments: [key])
        {
            return Int64(id)
        }
        if let id = try connection.scalarInt(
            sql: "SELECT id FROM organisations WHERE name_key = ?", arguments: [key])
        {
            return Int64(id)
        }
        try connection.execute(
            sql: "INSERT INTO organisations (name, name_key) VALUES (?, ?)",
            arguments: [name, key])
        return connection.lastInsertRowID
    }
}
