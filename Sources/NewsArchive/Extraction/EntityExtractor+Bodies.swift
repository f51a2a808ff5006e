/// One-word names the article itself shows to be bodies, not people: `Kestrel, the engine
/// maker, said`, `Harlandia, which builds ferries`.
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
        "supplier", "utility", "outfit", "label", "studio", "service", "club",
    ]

    /// The lower-case one-word names that some mention in the article shows to be a body.
    ///
    /// A word that also ends a longer name (`Marta Quillan`) is a surname, whatever its
    /// other mentions suggest.
    func findBodyWords() -> Set<String> {
        var found = Set<String>()
        for p in passages {
            let t = p.tokens
            for i in t.indices
            where t[i].isWord && t[i].isCapitalized && i + 2 < t.count && t[i + 1].text == ","
                && !endsLongerName(t, i) && !followsConnector(t, i)
            {
                if t[i + 2].lower == "which" || isBodyAppositive(p, after: i) {
                    found.insert(t[i].lower)
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
        return found.filter { w in
            !FirstNames.contains(w) && !knownSurnames.contains(w)
                && !OrganisationLexicon.notNames.contains(w) && !Gazetteer.isPlace(w)
        }
    }

    /// `Marta Quillan`: the word ends a longer name, so it is a surname or part of a name.
    private func endsLongerName(_ t: [Token], _ i: Int) -> Bool {
        t[i].isCapitalized && i > 0 && t[i - 1].isWord && t[i - 1].isCapitalized
    }

    /// `Council for Adoption`, `House of Representatives`: the word ends a longer name.
    private func followsConnector(_ t: [Token], _ i: Int) -> Bool {
        i > 0 && NameRuns.connectors.contains(t[i - 1].lower)
    }

    /// `Kestrel, the engine maker,`: an appositive of at most six words that ends in a noun
    /// for a body, then a comma or the sentence's end.
    private func isBodyAppositive(_ p: Passage, after i: Int) -> Bool {
        let t = p.tokens
        guard ["a", "an", "the"].contains(t[i + 2].lower), !isUnprovenOpener(p, i..<(i + 1))
        else { return false }
        let end = min(p.sentence(of: i).upperBound, i + 9)
        guard let close = (i + 3..<end).first(where: { !t[$0].isWord }), close > i + 3,
            t[close].text == "," || t[close].text == "."
        else { return false }
        let last = t[close - 1]
        return !last.isPossessive
            && (Self.appositiveBodyNouns.contains(last.lower)
                || Self.bodyNouns.contains(last.lower))
    }

    /// The table with each one-word person the article shows to be a body (no title, no
    /// gender) made that organisation, every mention kept.
    func movingBodies(_ table: EntityTable) -> EntityTable {
        let isBody = table.people.map { person in
            person.words.count == 1 && person.titles.isEmpty && person.gender == nil
                && bodyWords.contains(person.words[0])
        }
        guard isBody.contains(true) else { return table }
        var result = table
        result.people = []
        var reference: [SpeakerReference] = []
        for (i, person) in table.people.enumerated() {
            if isBody[i] {
                var index = 0
                for mention in person.mentions {
                    index = result.organisation(named: person.name, mention: mention)
                }
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
