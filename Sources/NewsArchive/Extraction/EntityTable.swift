/// Where an entity is named: a token range in one passage.
struct EntityMention: Sendable {
    /// The entity named.
    var reference: SpeakerReference
    /// ``Passage/order`` of the passage.
    var passage: Int
    /// The tokens of the mention, titles included.
    var tokens: Range<Int>
    /// The mention stands inside quotation marks.
    var isInsideQuote: Bool
}

/// A person being assembled from the mentions of one article.
struct PersonRecord: Sendable {
    var name: String
    /// Lower-cased name words, without titles or a generational suffix.
    var words: [String]
    /// The generational suffix of the name (`jr`), if it has one.
    var suffix: String?
    var mentions: [String] = []
    var titles: [String] = []
    var organisations: [String] = []
    var gender: Gender?
    /// How many times the article names the person.
    var count = 0

    var last: String { words.last ?? "" }
    var first: String { words.first ?? "" }
    /// The first name word that is more than an initial: `hussein` in `B. Hussein Obama`.
    var given: String { words.first { $0.droppingFinalDot().unicodeScalars.count > 1 } ?? first }

    mutating func add(mention: String) {
        count += 1
        add(alias: mention)
    }

    /// Another way of writing a mention already counted (`Norfolk Chief Constable Simon
    /// Bailey` beside `Chief Constable Simon Bailey`).
    mutating func add(alias: String) {
        if !mentions.contains(alias) { mentions.append(alias) }
    }

    mutating func add(title: String) {
        let trimmed = title.trimmingPunctuation()
        if !trimmed.isEmpty && !titles.contains(trimmed) { titles.append(trimmed) }
    }

    mutating func add(organisation: String) {
        if !organisations.contains(organisation) { organisations.append(organisation) }
    }

    var entity: PersonEntity {
        PersonEntity(
            name: name, mentions: mentions, titles: titles, organisations: organisations,
            gender: gender)
    }
}

/// An organisation being assembled from the mentions of one article.
struct OrganisationRecord: Sendable {
    var name: String
    var key: String
    var mentions: [String] = []
    var count = 0

    var entity: OrganisationEntity { OrganisationEntity(name: name, mentions: mentions) }
}

/// The people and organisations of one article, with every place they are named.
struct EntityTable: Sendable {
    var people: [PersonRecord] = []
    var organisations: [OrganisationRecord] = []
    private var organisationByKey: [String: Int] = [:]
    var mentions: [EntityMention] = []
    /// Words the article writes in lower case somewhere.
    var vocabulary = Vocabulary()

    /// The index of the organisation with this canonical name, if the table holds it.
    func organisationIndex(named name: String) -> Int? {
        organisationByKey[name.lowercased()]
    }

    /// Finds or adds the organisation with this canonical name.
    mutating func organisation(named name: String, mention: String) -> Int {
        let key = name.lowercased()
        if let i = organisationByKey[key] {
            organisations[i].count += 1
            if !organisations[i].mentions.contains(mention) {
                organisations[i].mentions.append(mention)
            }
            return i
        }
        organisations.append(
            OrganisationRecord(name: name, key: key, mentions: [mention], count: 1))
        organisationByKey[key] = organisations.count - 1
        return organisations.count - 1
    }
}

extension String {
    /// The string without surrounding white space and sentence punctuation.
    func trimmingPunctuation() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        // A switch, not a set literal, which was built and hashed at every call.
        func isJunk(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case " ", ",", ";", ":", "\n", "\t", "(", ")": return true
            default: return false
            }
        }
        while let first = scalars.first, isJunk(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isJunk(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
