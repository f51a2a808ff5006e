extension ArchiveStore {
    /// Writes an article's people, organisations and quotes, linking names to the archive's
    /// existing identities.
    func insertExtraction(_ extraction: ArticleExtraction, articleID: Int64) throws {
        var organisationIDs: [Int64] = []
        for organisation in extraction.organisations {
            let id = try organisationID(named: organisation.name)
            organisationIDs.append(id)
            for mention in ([organisation.name] + organisation.mentions).uniqued() {
                try addExtractedAlias(.organisation, id: id, alias: mention)
            }
            let statement = try statements[.insertOrganisationMention]
            try statement.bind(articleID, at: 1)
            try statement.bind(id, at: 2)
            try statement.bind(JSONText.array(organisation.mentions), at: 3)
            try statement.run()
        }

        var personIDs: [Int64] = []
        for person in extraction.people {
            let id = try personID(named: person.name, gender: person.gender)
            personIDs.append(id)
            for mention in ([person.name] + person.mentions).uniqued() {
                try addExtractedAlias(.person, id: id, alias: mention)
            }
            for title in person.titles.uniqued() where identities.isNewTitle(title, personID: id) {
                let statement = try statements[.insertPersonTitle]
                try statement.bind(id, at: 1)
                try statement.bind(title, at: 2)
                try statement.run()
            }
            for name in person.organisations.uniqued() {
                let organisation = try organisationID(named: name)
                guard identities.isNewAffiliation(personID: id, organisationID: organisation)
                else { continue }
                let statement = try statements[.insertPersonOrganisation]
                try statement.bind(id, at: 1)
                try statement.bind(organisation, at: 2)
                try statement.run()
            }
            let statement = try statements[.insertPersonMention]
            try statement.bind(articleID, at: 1)
            try statement.bind(id, at: 2)
            try statement.bind(JSONText.array(person.mentions), at: 3)
            try statement.bind(JSONText.array(person.titles), at: 4)
            try statement.run()
        }

        for quote in extraction.quotes {
            var personID: Int64?
            var organisationID: Int64?
            var speakerName: String?
            switch quote.speaker {
            case .person(let index)? where personIDs.indices.contains(index):
                personID = personIDs[index]
                speakerName = try name(of: .person, id: personIDs[index])
            case .organisation(let index)? where organisationIDs.indices.contains(index):
                organisationID = organisationIDs[index]
                speakerName = try name(of: .organisation, id: organisationIDs[index])
            default:
                break
            }
            let statement = try statements[.insertQuote]
            try statement.bind(articleID, at: 1)
            try statement.bind(personID, at: 2)
            try statement.bind(organisationID, at: 3)
            try statement.bind(speakerName, at: 4)
            try statement.bind(quote.mention, at: 5)
            try statement.bind(quote.cue, at: 6)
            try statement.bind(quote.kind.rawValue, at: 7)
            try statement.bind(quote.text, at: 8)
            try statement.bind(quote.section.rawValue, at: 9)
            try statement.bind(Int64(quote.paragraph), at: 10)
            try statement.bind(Int64(quote.start), at: 11)
            try statement.bind(Int64(quote.end), at: 12)
            try statement.run()
            if firstUnindexedQuoteID == nil { firstUnindexedQuoteID = connection.lastInsertRowID }
        }
    }

    /// The stored name of a person or organisation.
    private func name(of kind: EntityKind, id: Int64) throws -> String? {
        let cached = kind == .person ? identities.personNames[id] : identities.organisationNames[id]
        if let cached { return cached }
        let statement = try statements[kind == .person ? .personName : .organisationName]
        try statement.bind(id, at: 1)
        defer { try? statement.reset() }
        let name = try statement.step() ? statement.text(0) : nil
        if kind == .person {
            identities.personNames[id] = name
        } else {
            identities.organisationNames[id] = name
        }
        return name
    }

    /// Records an alias the rules found, unless a user removed it from this entity.
    private func addExtractedAlias(_ kind: EntityKind, id: Int64, alias: String) throws {
        let aliasKey = identities.key(alias)
        guard identities.isNewAlias(kind, id: id, key: aliasKey) else { return }
        let statement = try statements[
            kind == .person ? .insertPersonAlias : .insertOrganisationAlias]
        try statement.bind(kind.rawValue, at: 1)
        try statement.bind(id, at: 2)
        try statement.bind(alias, at: 3)
        try statement.bind(aliasKey, at: 4)
        try statement.run()
    }

    /// The person a name leads to: one a user correction gave this name, else the person with
    /// this full name, else a new person.
    func personID(named name: String, gender: Gender?) throws -> Int64 {
        let key = identities.key(name)
        let cacheKey = IdentityCache.PersonName(key: key, gender: gender)
        if let id = identities.personIDs[cacheKey] { return id }
        let id = try lookUpPersonID(named: name, key: key, gender: gender)
        identities.personIDs[cacheKey] = id
        return id
    }

    private func lookUpPersonID(named name: String, key: String, gender: Gender?) throws -> Int64 {
        if let id = try statements.id(.personByUserAlias, key) { return id }
        if let id = try statements.id(.personByNameKey, key) { return id }
        let isSurnameOnly = !key.contains(" ")
        if isSurnameOnly, let id = try fullName(withSurname: key, gender: gender, unique: false) {
            return id
        }
        let insert = try statements[.insertPerson]
        try insert.bind(name, at: 1)
        try insert.bind(key, at: 2)
        try insert.bind(gender?.rawValue, at: 3)
        try insert.run()
        let id = connection.lastInsertRowID
        // Both are reads, so asking first for the rarer surname-only person changes no answer and
        // spares most new people the costlier count of mentions.
        if !isSurnameOnly, let surname = key.split(separator: " ").last.map(String.init),
            let earlier = try surnameOnlyPerson(surname, gender: gender),
            try fullName(withSurname: surname, gender: gender, unique: true) == id
        {
            // Articles that only ever said "Mr Blair" came first: now that "Tony Blair" is the
            // one person with that surname, they are his.
            try moveEverything(.person, from: earlier, into: id)
        }
        return id
    }

    /// The person named by this surname alone, with no conflicting gender.
    private func surnameOnlyPerson(_ surname: String, gender: Gender?) throws -> Int64? {
        let statement = try statements[.surnameOnlyPerson]
        try statement.bind(surname, at: 1)
        try statement.bind(gender?.rawValue, at: 2)
        defer { try? statement.reset() }
        guard try statement.step(), !statement.isNull(0) else { return nil }
        return Int64(statement.int(0))
    }

    /// The person with a full name ending in this surname and no conflicting gender: the only
    /// one, or (unless `unique`) one named in at least five times as many articles as any
    /// other, as "Tony Blair" is beside "Ian Blair". Nil otherwise, so a common surname is
    /// never merged blindly.
    private func fullName(withSurname surname: String, gender: Gender?, unique: Bool) throws
        -> Int64?
    {
        let statement = try statements[.fullNamesBySurname]
        try statement.bind(surname, at: 1)
        try statement.bind(gender?.rawValue, at: 2)
        defer { try? statement.reset() }
        guard try statement.step() else { return nil }
        let first = Int64(statement.int(0))
        let firstArticles = statement.int(1)
        guard try statement.step() else { return first }
        let dominates = firstArticles >= 3 && firstArticles >= 5 * statement.int(1)
        return !unique && dominates ? first : nil
    }

    /// The organisation a name leads to, created when new.
    func organisationID(named name: String) throws -> Int64 {
        let key = identities.key(name)
        if let id = identities.organisationIDs[key] { return id }
        let id = try lookUpOrganisationID(named: name, key: key)
        identities.organisationIDs[key] = id
        return id
    }

    private func lookUpOrganisationID(named name: String, key: String) throws -> Int64 {
        if let id = try statements.id(.organisationByUserAlias, key) { return id }
        if let id = try statements.id(.organisationByNameKey, key) { return id }
        let insert = try statements[.insertOrganisation]
        try insert.bind(name, at: 1)
        try insert.bind(key, at: 2)
        try insert.run()
        return connection.lastInsertRowID
    }
}

extension Array where Element == String {
    /// The strings in their order, each once: what is stored must not depend on a set's
    /// iteration order, which changes from run to run (the first spelling of an alias wins).
    func uniqued() -> [String] {
        // An entity's names and titles are a handful: comparing with those kept costs less
        // than hashing each into a set.
        guard count > 16 else {
            var kept: [String] = []
            kept.reserveCapacity(count)
            for value in self where !kept.contains(value) { kept.append(value) }
            return kept
        }
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}
