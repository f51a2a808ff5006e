/// Bodies a person leads that speak for themselves: `the Trump campaign said`, `Clinton's
/// campaign said`, `his campaign said`, `the administration said`.
extension SpeakerResolver {
    /// Nouns for a body that is named after the person who leads it.
    static let collectiveHeads: WordSet = ["campaign", "administration"]

    /// The organisation a collective speaker stands for, named after its leader ("Trump
    /// campaign"); `the campaign` alone is the campaign the article named last. Nil when the
    /// mention is no collective or its leader cannot be told.
    mutating func collective(_ mention: SpeakerMention, in p: Passage) -> SpeakerReference? {
        let t = p.tokens
        guard let last = mention.tokens.last, t[last].isWord, !t[last].isCapitalized,
            !t[last].isPossessive,
            Self.collectiveHeads.contains(t[last].lower)
        else { return nil }
        let head = t[last].lower
        let before = mention.tokens.lowerBound..<last
        let words = t[before].filter(\.isWord)
        // `his campaign`, `her administration`
        if let owner = words.last, words.count == 1 || Titles.determiners.contains(words[0].lower),
            let pronoun = Self.possessivePronouns[owner.lower],
            let at = before.last(where: { t[$0].lower == owner.lower && t[$0].isWord })
        {
            guard
                case .person(let i)? = self.pronoun(
                    SpeakerMention(kind: .pronoun, tokens: at..<(at + 1)), in: p, word: pronoun)
            else { return nil }
            return body(head, of: i, mention, in: p)
        }
        // `the Trump campaign`, `Clinton's campaign`, `the Obama administration`
        if let leader = overlapping(before, in: p).last(where: {
            if case .person = $0.reference { return true } else { return false }
        }), case .person(let i) = leader.reference {
            return body(head, of: i, mention, in: p)
        }
        if let name = words.last(where: \.isCapitalized), !Titles.determiners.contains(name.lower),
            let i = table.people.lastIndex(where: { $0.last == name.lower })
        {
            return body(head, of: i, mention, in: p)
        }
        // `the campaign`: only with nothing but a determiner before the head.
        guard words.count == 1, ["the", "this"].contains(words[0].lower) else { return nil }
        let suffix = " " + head
        for m in mentions(before: (p.order, mention.tokens.lowerBound), limit: 200) {
            let found = table.mentions[m]
            if case .organisation(let o) = found.reference,
                table.organisations[o].key.hasSuffix(suffix)
            {
                addMention(found.reference, tokens: mention.tokens, in: p)
                return found.reference
            }
        }
        return nil
    }

    /// Possessive pronouns and the subject pronoun that finds the same person.
    static let possessivePronouns: WordMap<String> = ["his": "he", "her": "she"]

    /// The organisation `head` of person `i` ("Clinton campaign"), added to the article.
    private mutating func body(
        _ head: String, of i: Int, _ mention: SpeakerMention, in p: Passage
    ) -> SpeakerReference? {
        let surname = table.people[i].last
        guard !surname.isEmpty,
            let written = table.people[i].name.split(separator: " ").last(where: {
                $0.lowercased() == surname
            })
        else { return nil }
        let index = table.organisation(
            named: written + " " + head, mention: p.text(tokens: mention.tokens))
        addMention(.organisation(index), tokens: mention.tokens, in: p)
        return .organisation(index)
    }
}
