extension ArticleExtraction {
    /// Makes organisations of the speakers that a capital letter alone makes people while the
    /// article shows a body: named by one word alone, never with a given name, a title, an
    /// honorific or a gender, never taken up by a pronoun or a description, and either
    /// reporting what `it` did (`Lycos said it would ...`) or named as bodies are (`Apacs
    /// spokeswoman`, `shares in Wipro`, `Eolas, which`). Without such a sign the word stays a
    /// person, as a famous surname (`Spacey said`) does.
    mutating func moveUnprovenSpeakersToOrganisations(in passages: [Passage]) {
        // Most articles have no such person: the quotes are read only for those that do.
        let unproven = people.indices.filter { i in
            let person = people[i]
            return person.gender == nil && person.titles.isEmpty && !person.name.contains(" ")
                && person.mentions.allSatisfy({ $0 == person.name })
                && !FirstNames.contains(person.name.lowercased())
        }
        guard !unproven.isEmpty else { return }
        var spokeAsBody = Set<Int>()
        var reportsItself = Set<Int>()
        var provenPeople = Set<Int>()
        for quote in quotes {
            guard case .person(let i)? = quote.speaker, unproven.contains(i) else { continue }
            // `Lycos said`, `the Lycos executive`: the name itself tells nothing; `he` or
            // `the 21-year-old` does.
            if let mention = quote.mention, !mention.contains(people[i].name) {
                provenPeople.insert(i)
            } else {
                spokeAsBody.insert(i)
            }
            // `as Adebin noted, it made ...`: only a plain `said it` reports on itself.
            if quote.kind != .direct, let cue = quote.cue, Self.plainCues.contains(cue),
                Self.reportsOnItself(quote.text)
            {
                reportsItself.insert(i)
            }
        }
        let moved = unproven.filter { i in
            guard spokeAsBody.contains(i), !provenPeople.contains(i) else { return false }
            return reportsItself.contains(i)
                || Self.namesBody(people[i].name.lowercased(), in: passages)
        }
        guard !moved.isEmpty else { return }
        var organisationIndex: [Int: Int] = [:]
        for i in moved {
            let name = people[i].name
            if let existing = organisations.firstIndex(where: { $0.name == name }) {
                organisationIndex[i] = existing
            } else {
                organisationIndex[i] = organisations.count
                organisations.append(OrganisationEntity(name: name, mentions: people[i].mentions))
            }
        }
        for q in quotes.indices {
            if case .person(let i)? = quotes[q].speaker, let o = organisationIndex[i] {
                quotes[q].speaker = .organisation(o)
            }
        }
        keepPeople(people.indices.filter { organisationIndex[$0] == nil })
    }

    /// Whether the article writes the capitalised word `lower` as bodies are written: before
    /// `spokeswoman`, `chief executive`, `shareholders` or `, which`, or after `shares in` or
    /// `a stake in`.
    private static func namesBody(_ lower: String, in passages: [Passage]) -> Bool {
        for p in passages {
            let t = p.tokens
            for i in t.indices where t[i].isWord && t[i].isCapitalized && t[i].lower == lower {
                var next = i + 1
                if next < t.count, t[next].text == ",", !t[i].isPossessive { next += 1 }
                if next < t.count, t[next].isWord,
                    next == i + 1 ? bodyNouns.contains(t[next].lower) : t[next].lower == "which"
                {
                    return true
                }
                if i + 2 < t.count, t[i + 1].lower == "chief", t[i + 2].lower == "executive" {
                    return true
                }
                if i >= 2, t[i - 1].isWord, t[i - 2].isWord,
                    let words = bodyLeadIns[t[i - 2].lower], words.contains(t[i - 1].lower)
                {
                    return true
                }
            }
        }
        return false
    }

    /// Whether a claim opens with the speaker as `it` or `its` (`it had been hit`, `its sales
    /// rose`), not with the `it` of `it was time to go` or `it would be a shame`.
    private static func reportsOnItself(_ claim: String) -> Bool {
        let words = claim.split(separator: " ", maxSplits: 3)
        guard let first = words.first else { return false }
        if first == "its" { return true }
        guard first == "it", words.count >= 3 else { return false }
        if ["is", "was", "seemed", "seems", "looked", "looks", "felt", "feels"].contains(words[1]) {
            return false
        }
        return !(Attribution.auxiliaries.contains(String(words[1])) && words[2] == "be")
    }

    /// Cues after which `it` opening the claim is the speaker itself.
    private static let plainCues: Set<String> = ["said", "says", "added", "adds"]

    /// Words that follow a body's name, never a person's (`Apacs spokeswoman`, `Lycos users`).
    private static let bodyNouns: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "shareholders", "shares", "customers",
        "subscribers", "users", "chairman", "chairwoman", "executives", "which",
    ]

    /// Two words before a body's name, by the first (`shares in`, `a stake in`, `boss of`).
    private static let bodyLeadIns: [String: Set<String>] = [
        "shares": ["in", "of"], "stake": ["in"], "bid": ["for"], "takeover": ["of"],
        "customers": ["of"], "boss": ["of"], "spokesman": ["for"], "spokeswoman": ["for"],
        "spokesperson": ["for"], "executive": ["of"], "chairman": ["of"],
    ]

    /// Drops the people that nothing but a capital letter makes people: named by one word
    /// alone (`Asahi`, `Brent`, `Spring`), with no title, no gender and no quote. A lone
    /// capitalised word in news is most often a company, a product or a place; a person is
    /// introduced in full, with a title, or taken up by `he` or `she`.
    mutating func dropUnprovenPeople() {
        var speakers = Set<Int>()
        for quote in quotes {
            if case .person(let i)? = quote.speaker { speakers.insert(i) }
        }
        keepPeople(
            people.indices.filter { i in
                let person = people[i]
                return speakers.contains(i) || person.gender != nil || !person.titles.isEmpty
                    || person.name.contains(" ")
                    || person.mentions.contains { $0 != person.name }
            })
    }

    /// Keeps only the people at `kept` (in order), and points quotes at their new places; a
    /// quote whose speaker is dropped has none.
    private mutating func keepPeople(_ kept: [Int]) {
        guard kept.count < people.count else { return }
        var newIndex = [Int?](repeating: nil, count: people.count)
        for (new, old) in kept.enumerated() { newIndex[old] = new }
        people = kept.map { people[$0] }
        for q in quotes.indices {
            if case .person(let i)? = quotes[q].speaker {
                quotes[q].speaker = newIndex[i].map { .person($0) }
            }
        }
    }
}
