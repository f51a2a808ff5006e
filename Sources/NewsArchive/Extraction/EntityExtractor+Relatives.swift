/// Relatives named by a given name alone: `Sanders's wife, Jane`, `Trump's daughter Ivanka`.
extension EntityExtractor {
    /// Gives a person named only by a given name, right after a noun for a relative and the
    /// possessive of a person with a full name, that person's surname: `Ann Vell's sister,
    /// Ilsa` is Ilsa Vell. After `his` or `her`, the person is the one of that gender named
    /// last before, in the same paragraph or the one before (`Tom Vell ... his wife, Jane`).
    func nameRelatives(in table: inout EntityTable) {
        for mention in table.mentions {
            guard case .person(let i) = mention.reference, table.people[i].words.count == 1,
                table.people[i].suffix == nil, FirstNames.contains(table.people[i].first),
                let j = possessor(of: mention, in: table), j != i,
                table.people[j].words.count >= 2
            else { continue }
            let surname = Self.surname(of: table.people[j])
            let words = [table.people[i].first] + surname.map { $0.lowercased() }
            guard !surname.isEmpty, !table.people.contains(where: { $0.words == words }) else {
                continue
            }
            table.people[i].name += " " + surname.joined(separator: " ")
            table.people[i].words = words
        }
    }

    /// The surname of a full name as written, with the particles before it (`Le Pen` of
    /// `Marine Le Pen`), or nothing when the written name does not end in it.
    private static func surname(of person: PersonRecord) -> [String] {
        let written = person.name.split(separator: " ").map(String.init)
        guard let end = written.lastIndex(where: { $0.lowercased() == person.last }) else {
            return []
        }
        var start = end
        while start > 1, NameRuns.connectors.contains(written[start - 1].lowercased()) {
            start -= 1
        }
        return Array(written[start...end])
    }

    /// The person whose relative `mention` names: the one whose possessive stands before the
    /// noun for a relative right before it (`Vell's sister, Ilsa`), or the one `his` or `her`
    /// there stands for (`his sister, Ilsa`); nil if there is none.
    private func possessor(of mention: EntityMention, in table: EntityTable) -> Int? {
        let t = passages[mention.passage].tokens
        var kin = mention.tokens.lowerBound - 1
        if kin >= 0, t[kin].text == "," { kin -= 1 }
        guard kin >= 1, t[kin].isWord, !t[kin].isCapitalized, Self.kinNouns.contains(t[kin].lower)
        else { return nil }
        if let gender = Self.possessiveGenders[t[kin - 1].lower] {
            return lastPerson(before: mention, gender: gender, in: table)
        }
        guard t[kin - 1].isPossessive else { return nil }
        let owner = table.mentions.first {
            $0.passage == mention.passage && $0.tokens.upperBound == kin
        }
        guard case .person(let j)? = owner?.reference else { return nil }
        return j
    }

    /// Possessive pronouns and the gender of whom they stand for.
    private static let possessiveGenders: [String: Gender] = ["his": .male, "her": .female]

    /// The person whose mention comes last before `mention`, in its passage or the one
    /// before, if that person is of `gender`.
    private func lastPerson(before mention: EntityMention, gender: Gender, in table: EntityTable)
        -> Int?
    {
        let earlier = table.mentions.last { other in
            guard other.passage == mention.passage - 1 || other.passage == mention.passage,
                other.passage < mention.passage
                    || other.tokens.upperBound <= mention.tokens.lowerBound
            else { return false }
            return if case .person = other.reference { true } else { false }
        }
        guard case .person(let j)? = earlier?.reference, table.people[j].gender == gender
        else { return nil }
        return j
    }
}
