/// Names the article itself shows to be bodies, not people: `Kestrel, the engine maker,
/// said`, `Harlandia, which builds ferries`, `engine maker Kestrel`, `Kestrel said its profits
/// rose`.
///
/// A lone capitalised word before a reporting verb reads as a surname, and nothing in the word
/// tells a company from a person; the words around one of its mentions often do.
extension EntityExtractor {
    /// Nouns for bodies that close an appositive after a one-word name (`Kestrel, the engine
    /// maker,`); `the party's leader` ends in a noun for a person and tells nothing.
    static let appositiveBodyNouns: WordSet = [
        "maker", "makers", "giant", "retailer", "insurer", "operator", "carrier", "airline",
        "chain", "manufacturer", "producer", "brewer", "developer", "provider", "lender",
        "conglomerate", "supermarket", "bank", "party", "body", "regulator", "distributor",
        "supplier", "utility", "outfit", "label", "studio", "service", "club", "exchange",
        "bourse", "unit", "arm", "subsidiary", "division", "affiliate",
    ]

    /// Nouns for bodies that stand right before a body's name (`engine maker Kestrel`,
    /// `electronics giants Kestrel and Vantis`). Nouns that also stand before a person's name
    /// (`producer`, `developer`, `operator`, `rival`) are not among them.
    static let bodyNounsBefore: WordSet = [
        "firm", "firms", "company", "companies", "giant", "giants", "maker", "makers",
        "carmaker", "retailer", "retailers", "insurer", "insurers", "airline", "airlines",
        "carrier", "carriers", "bank", "banks", "lender", "lenders", "broker", "brokers",
        "brokerage", "manufacturer", "manufacturers", "conglomerate", "supermarket",
        "supermarkets", "brewer", "chain", "group", "groups", "regulator", "watchdog",
        "newspaper", "agency", "charity", "consultancy", "label", "studio", "studios",
        "exchange", "bourse", "fund", "startup", "start-up", "website", "network",
        "subsidiary", "distributor", "supplier", "suppliers",
    ]

    /// Nouns before a name that name a body only when the name is one word (`analysts
    /// Kestrel`): before a full name they are a person's role (`analyst Marta Quillan`).
    static let bodyNounsBeforeOneWord: WordSet = [
        "analyst", "analysts", "consultants", "researchers", "pollster", "pollsters",
    ]

    /// Words after a body's name and a reporting verb that only a body's statement opens
    /// with (`Kestrel said its profits rose`).
    private static let bodyPronouns: WordSet = ["its"]

    /// Verbs in the plural, which follow a collective's name in British English.
    private static let pluralVerbs: WordSet = ["have", "are", "were"]

    /// Words after a name's possessive that only a body has (`Kestrel's shareholders`).
    private static let bodyPossessions: WordSet = [
        "shares", "shareholders", "profits", "profit", "revenues", "revenue", "sales",
        "earnings", "stock", "board", "headquarters", "factory", "factories", "plant",
        "subsidiary", "chairman", "boss", "founder",
    ]

    /// Words that end an appositive's noun phrase (`Kestrel, the engine maker at the centre
    /// of the row,`, `Kestrel, the US unit of Vantis,`).
    private static let appositiveClosers: WordSet = [
        "at", "in", "which", "that", "whose", "with", "behind", "based", "founded", "owned",
        "known", "from", "for", "of",
    ]

    /// After `it`, verbs that may open a statement with a dummy subject (`it was time`,
    /// `it would be wrong`); after a modal, `be` and its like.
    private static let dummySubjectVerbs: WordSet = [
        "be", "take", "make", "cost", "mean", "seem", "appear", "help", "depend", "remain",
        "become", "look", "feel",
    ]

    /// The lower-case names (words joined by spaces) that some mention in the article shows
    /// to be a body: an appositive or a relative clause for a body after it, a noun for a
    /// body before it, `its` after its reporting verb, or shares and stakes in it.
    ///
    /// A word that also ends a longer name (`Marta Quillan`) is a surname, and a name that
    /// opens with a given name (`Marta Quillan`) a person's, whatever the other mentions
    /// suggest.
    func findBodyNames(_ runs: [[Range<Int>]]) -> Set<String> {
        var found = Set<String>()
        for (order, p) in passages.enumerated() {
            let t = p.tokens
            for run in runs[order] {
                if let word = definiteName(p, run) { found.insert(t[word].lower) }
                // `Rival Kestrel has said`: a word capitalised for opening the sentence is no
                // part of the name.
                guard
                    let first = run.first(where: {
                        t[$0].isWord
                            && !(isSentenceInitial(p, $0) && Self.openers.contains(t[$0].lower))
                    }),
                    let last = run.last(where: { t[$0].isWord }), t[last].isCapitalized,
                    !FirstNames.contains(t[first].lower), !isTitleWord(t[first].lower),
                    !followsConnector(t, first)
                else { continue }
                if isBodyMention(p, first: first, last: last) {
                    found.insert(lowerPhrase(t, run.filter { t[$0].isWord && $0 >= first }))
                }
            }
        }
        // Few articles get here: most have no such mention.
        guard !found.isEmpty else { return found }
        for p in passages {
            let t = p.tokens
            for i in t.indices where t[i].isWord && endsLongerName(t, i) {
                found.remove(t[i].lower)
            }
        }
        return found.filter { name in
            name.containsSpace
                || !FirstNames.contains(name) && !knownSurnames.contains(name)
                    && !OrganisationLexicon.notNames.contains(name) && !Gazetteer.isPlace(name)
        }
    }

    /// `the Nationwide said`, `according to the Halifax`: a lone name after `the`, which no
    /// person's name takes, written as a possessive or followed by a mark, a capitalised word,
    /// a reporting verb, an auxiliary or a noun for a body (`the Nationwide building
    /// society`; `the Blair camp` only modifies a noun); not a title (`the Queen`), a place,
    /// a people or a body's head.
    private func definiteName(_ p: Passage, _ run: Range<Int>) -> Int? {
        let t = p.tokens
        // Most runs have no `the` at or before them: no filtered copy of the tokens for them.
        guard let opening = run.first,
            t[opening].lower == "the" || opening > 0 && t[opening - 1].lower == "the"
        else { return nil }
        let words = run.filter { t[$0].isWord }
        guard let first = words.first else { return nil }
        let word: Int
        if t[first].lower == "the", words.count == 2 {
            word = words[1]
        } else if words.count == 1, first > 0, t[first - 1].lower == "the" {
            word = first
        } else {
            return nil
        }
        let w = t[word].lower
        // `the Bank`, `the Commission`: a body's head stands for its full name.
        guard t[word].isCapitalized, !isTitleWord(w), !Gazetteer.isPlace(w), !isPlural(t[word]),
            !OrganisationLexicon.heads.contains(w),
            !FirstNames.contains(w), !Titles.roleNouns.contains(w),
            !OrganisationLexicon.notNames.contains(w)
        else { return nil }
        guard word + 1 < t.count, t[word + 1].isWord, !t[word].isPossessive else {
            return word
        }
        let next = t[word + 1].lower
        if t[word + 1].isCapitalized || CueVerbs.lemma(next) != nil
            || Attribution.auxiliaries.contains(next)
        {
            return word
        }
        // `the Nationwide building society`, `the Harbour bank`: the noun names the body.
        let nouns = t[(word + 1)..<min(t.count, word + 3)].prefix { $0.isWord && !$0.isCapitalized }
        return nouns.contains { Self.kindsAfterName.contains($0.lower) } ? word : nil
    }

    /// Nouns after a name that make it a body's (`the Nationwide building society`); not
    /// `government` or `camp`, which follow a person's name too (`the Lee government`).
    private static let kindsAfterName: WordSet = [
        "society", "bank", "group", "newspaper", "magazine", "company", "firm", "club", "chain",
        "website", "agency", "studio", "label", "airline", "retailer",
    ]

    /// The acronym in brackets right after the words `first...last` (`Kestrel Marine Systems
    /// (KMS)`) or right before them (`KMS (Kestrel Marine Systems)`) that ends in their
    /// initials, and those initials; the words name what the acronym does, not a person. (A
    /// run may start past words capitalised for opening the brackets: `HSFL (High Speed Ferry
    /// Link)` may leave `Ferry Link`, whose initials end the acronym.)
    func bracketedAcronym(_ p: Passage, first: Int, last: Int) -> (
        acronym: String, initials: String
    )? {
        let t = p.tokens
        let acronym: Int
        if last + 3 < t.count, t[last + 1].text == "(", t[last + 3].text == ")" {
            acronym = last + 2
        } else if first >= 2, t[first - 1].text == "(", last + 1 < t.count, t[last + 1].text == ")"
        {
            acronym = first - 2
        } else {
            return nil
        }
        let letters = t[acronym].text
        guard first < last, Acronyms.isAcronym(letters),
            let initials = Acronyms.initials(of: p.text(tokens: first..<(last + 1))),
            initials.count >= 2, letters.hasSuffix(initials)
        else { return nil }
        return (letters, initials)
    }

    /// Whether the words around one mention, `first...last`, show it to name a body.
    private func isBodyMention(_ p: Passage, first: Int, last: Int) -> Bool {
        let t = p.tokens
        let single = first == last
        if let spelled = bracketedAcronym(p, first: first, last: last),
            spelled.initials == spelled.acronym
        {
            return true
        }
        // `Kestrel, which builds ferries`, `Kestrel, the engine maker,`
        if single, last + 2 < t.count, t[last + 1].text == ",", !endsLongerName(t, last),
            t[last + 2].lower == "which" || isBodyAppositive(p, after: last)
        {
            return true
        }
        // `engine maker Kestrel`, `shares in Kestrel`, `a stake in Kestrel`
        if first > 0, t[first - 1].isWord, !t[first - 1].isCapitalized {
            let before = t[first - 1].lower
            if Self.bodyNounsBefore.contains(before)
                || single && Self.bodyNounsBeforeOneWord.contains(before)
            {
                return true
            }
            if before == "in", first >= 2,
                ["shares", "stake", "stakes"].contains(t[first - 2].lower)
            {
                return true
            }
        }
        // `a company called Kestrel`
        if first >= 3, ["called", "named"].contains(t[first - 1].lower),
            Self.bodyNounsBefore.contains(t[first - 2].lower)
        {
            return true
        }
        // `Kestrel have refused`, `Harlandia are top`: a plural verb after a lone name is a
        // team's, a band's or a company's, as British English writes them; never a person's
        // but for the last of several (`she and sister Ann are`).
        if single, last + 1 < t.count, Self.pluralVerbs.contains(t[last + 1].lower),
            !t[max(0, first - 3)..<first].contains(where: {
                ["and", "&", ",", "or"].contains($0.lower) || Self.kinNouns.contains($0.lower)
            })
        {
            return true
        }
        // `Kestrel's shares`, `Kestrel's chief executive`
        if t[last].isPossessive, last + 1 < t.count {
            let next = t[last + 1].lower
            if Self.bodyPossessions.contains(next) { return true }
            if next == "chief", last + 2 < t.count, t[last + 2].lower == "executive" {
                return true
            }
        }
        return reportsOwnStatement(p, after: last)
    }

    /// `Kestrel said its profits rose`, `Kestrel has also announced that its plant will
    /// close`: a reporting verb, perhaps after an auxiliary or an adverb, then `its`.
    private func reportsOwnStatement(_ p: Passage, after last: Int) -> Bool {
        let t = p.tokens
        var i = last + 1
        while i < t.count, i - last <= 3, t[i].isWord,
            Attribution.auxiliaries.contains(t[i].lower) || t[i].lower.hasSuffix("ly")
                || t[i].lower == "also"
        {
            i += 1
        }
        guard i + 1 < t.count, t[i].isWord, CueVerbs.lemma(t[i].lower) != nil else { return false }
        var next = i + 1
        if t[next].lower == "that", next + 1 < t.count { next += 1 }
        if Self.bodyPronouns.contains(t[next].lower) { return true }
        return t[next].lower == "it" && opensOwnClause(t, after: next)
    }

    /// `it` at `i` is the body itself, not a dummy subject: `it is cutting`, `it has signed`,
    /// `it would close`, `it expected` (not `it is time`, `it has been`, `it would be`).
    private func opensOwnClause(_ t: [Token], after i: Int) -> Bool {
        guard i + 2 < t.count, t[i + 1].isWord, t[i + 2].isWord else { return false }
        let verb = t[i + 1].lower
        let next = t[i + 2].lower
        switch verb {
        case "is", "was", "are", "were":
            return next.hasSuffix("ing")
        case "has", "had", "have":
            return next != "been" && (next.hasSuffix("ed") || CueVerbs.lemma(next) != nil)
        case "would", "will", "could", "might", "may", "can", "should", "must":
            return !Self.dummySubjectVerbs.contains(next) && !Attribution.auxiliaries.contains(next)
        default:
            return verb.hasSuffix("ed") && !["needed", "seemed", "appeared"].contains(verb)
        }
    }

    /// `Marta Quillan`: the word ends a longer name, so it is a surname or part of a name;
    /// after a possessive (`Belgium's Kestrel`), a capitalised function word (`But Kestrel
    /// has`) or a word capitalised for opening the sentence (`Rival Kestrel`) it stands alone.
    private func endsLongerName(_ t: [Token], _ i: Int) -> Bool {
        guard t[i].isCapitalized, i > 0, t[i - 1].isWord, t[i - 1].isCapitalized,
            !t[i - 1].isPossessive,
            !Attribution.capitalisedFunctionWords.contains(t[i - 1].lower)
        else { return false }
        let opensSentence = i == 1 || t[i - 2].sentence != t[i - 1].sentence
        return !(opensSentence && Self.openers.contains(t[i - 1].lower))
    }

    /// `Council for Adoption`, `House of Representatives`: the word ends a longer name.
    private func followsConnector(_ t: [Token], _ i: Int) -> Bool {
        i > 0 && NameRuns.connectors.contains(t[i - 1].lower)
    }

    /// `Kestrel, the engine maker,`: an appositive of at most six words that ends in a noun
    /// for a body, then a comma or the sentence's end.
    private func isBodyAppositive(_ p: Passage, after i: Int) -> Bool {
        let t = p.tokens
        // `Curiously, the jury ...`: an adverb opening the sentence is no name; any other
        // opener is one when a body's noun closes the appositive (`Wal-Mart, the largest US
        // retailer,`).
        let opensWithAdverb =
            t[i].lower.hasSuffix("ly") || Self.clauseAdverbs.contains(t[i].lower)
        guard ["a", "an", "the"].contains(t[i + 2].lower),
            !(opensWithAdverb && isUnprovenOpener(p, i..<(i + 1)))
        else { return false }
        let end = min(p.sentence(of: i).upperBound, i + 9)
        guard
            let close = (i + 3..<end).first(where: {
                !t[$0].isWord || Self.appositiveClosers.contains(t[$0].lower)
            }), close > i + 3,
            t[close].isWord || t[close].text == "," || t[close].text == "."
        else { return false }
        let last = t[close - 1]
        return !last.isPossessive
            && (Self.appositiveBodyNouns.contains(last.lower)
                || Self.bodyNouns.contains(last.lower))
    }

    /// Last words of company names whose first word alone names the company too
    /// (`Forrester Research` is `Forrester`); heads of bodies often named after a person
    /// (`foundation`, `administration`) are not among them.
    static let companyHeads: WordSet = [
        "research", "securities", "communications", "telecom", "telecommunications",
        "financial", "investments", "consulting", "holdings", "electronics", "motors",
        "airlines", "airways", "industries", "systems", "technologies", "pharmaceuticals",
        "entertainment", "capital", "labs", "studios", "pictures", "records", "energy",
        "insurance", "foods", "chemical", "chemicals", "pharma", "petroleum", "oil", "gas",
        "networks", "microsystems", "software", "productions", "films",
    ]

    /// The organisation a person of the table really is, by name, or nil: a name the article
    /// shows to be a body, a one-word name the table also holds as an organisation, or the
    /// first word of a company's name (`Forrester Research ... Forrester said`; `companies`
    /// from ``companiesByFirstWord(_:)``). A person with a gender or a capitalised title is a
    /// person; one in lower case (`former European champion`) may be a club's.
    func bodyName(
        of person: PersonRecord, in table: EntityTable, companies: [String: String]
    ) -> String? {
        guard person.titles.allSatisfy(Self.isRoleTitle), person.gender == nil else { return nil }
        let key = person.words.joined(separator: " ")
        // `Cairn Energy ... Cairn's shares`: the company the first word names.
        if bodyNames.contains(key) { return companies[key] ?? person.name }
        guard person.words.count == 1, !knownSurnames.contains(key), !FirstNames.contains(key)
        else { return nil }
        if table.organisationIndex(named: person.name) != nil { return person.name }
        return companies[key]
    }

    /// The table with each person that ``bodyName(of:in:companies:)`` finds to be an
    /// organisation made that organisation, every mention kept.
    func movingBodies(_ table: EntityTable) -> EntityTable {
        guard !table.organisations.isEmpty || !bodyNames.isEmpty else { return table }
        let companies = Self.companiesByFirstWord(table.organisations.map(\.name))
        let bodies = table.people.map { bodyName(of: $0, in: table, companies: companies) }
        guard bodies.contains(where: { $0 != nil }) else { return table }
        var result = table
        result.people = []
        var reference: [SpeakerReference] = []
        for (i, person) in table.people.enumerated() {
            if let name = bodies[i] {
                var index = 0
                for mention in person.mentions {
                    index = result.organisation(named: name, mention: mention)
                }
                // Each distinct mention counted once above; the body is named as often as the
                // person was.
                result.organisations[index].count += max(0, person.count - person.mentions.count)
                reference.append(.organisation(index))
            } else {
                result.people.append(person)
                reference.append(.person(result.people.count - 1))
            }
        }
        for m in result.mentions.indices {
            if case .person(let i) = result.mentions[m].reference {
                result.mentions[m].reference = reference[i]
            }
        }
        return result
    }
}
