/// Titles written in lower case before a name (`Tory leader Michael Howard`, `Chelsea boss
/// Jose Mourinho`, `shadow home secretary David Davis`), which the name runs leave out.
extension EntityExtractor {
    /// The token range of the lower-case title that ends right before the name at `start`: a
    /// role noun, with the modifiers before it (`former`, `home`, another role noun as in
    /// `secretary general`, capitalised names of a party, a club or a country), up to a
    /// determiner, a possessive or a clause's opening.
    func roleTitle(_ p: Passage, before start: Int) -> Range<Int>? {
        let t = p.tokens
        let head = start - 1
        // `Rapper Eminem told`: a trade may open the sentence in capitals.
        let opensSentence =
            head >= 0 && t[head].isCapitalized && isSentenceInitial(p, head)
            && isOpeningTrade(t[head].lower)
        guard head >= 0, t[head].isWord, !t[head].isCapitalized || opensSentence,
            !t[head].isPossessive, t[head].sentence == t[start].sentence,
            opensSentence || Self.roleTitleHeads.contains(t[head].lower)
                // `secretary general`, `attorney general`
                || t[head].lower == "general" && head > 0
                    && Self.generalPosts.contains(t[head - 1].lower)
        else { return nil }
        var first = head
        while first > 0, head - first < 4 {
            let w = t[first - 1]
            guard w.isWord, !w.isPossessive, w.sentence == t[start].sentence else { break }
            if Titles.titleModifiers.contains(w.lower) || Self.roleTitleModifiers.contains(w.lower)
                || Self.roleTitleHeads.contains(w.lower) || w.lower.hasPrefix("ex-")
            {
                first -= 1
            } else if w.isCapitalized, !Self.openers.contains(w.lower),
                !Titles.determiners.contains(w.lower),
                !Attribution.capitalisedFunctionWords.contains(w.lower),
                CueVerbs.lemma(w.lower) == nil,
                // `Veteran presenter ...`: an ordinary word capitalised to open a sentence,
                // unless a name goes on after it (`Great Britain captain`).
                !isSentenceInitial(p, first - 1) || t[first].isCapitalized
                    || !Titles.roleNouns.contains(w.lower) && !lowercaseWords.contains(w.lower)
            {
                first -= 1
            } else {
                break
            }
        }
        // `Bank of England deputy governor`: a body's name with `of` opens the title whole.
        if first < head, t[first].isCapitalized, first >= 2, t[first - 1].lower == "of",
            t[first - 2].isWord, t[first - 2].isCapitalized,
            t[first - 2].sentence == t[start].sentence
        {
            first -= 2
        }
        // `at analyst Gartner`: a bare noun after a preposition describes a body; `as good a
        // prime minister Ann Lee would make`: after `a`, the noun is no title.
        if first == head, head > 0, QuoteExtractor.prepositions.contains(t[head - 1].lower) {
            return nil
        }
        if first > 0, ["a", "an"].contains(t[first - 1].lower) { return nil }
        return first..<start
    }

    /// The title is one of these, its last word in lower case (`Chelsea boss`), unlike
    /// `Chief Constable`.
    static func isRoleTitle(_ title: String) -> Bool {
        title.split(separator: " ").last?.first?.isLowercase == true
    }

    /// Lower-case nouns of posts and trades that stand as a title before a name.
    static let roleTitleHeads: WordSet = [
        "leader", "coach", "director", "chairman", "chairwoman", "executive", "boss", "star",
        "spokesman", "spokeswoman", "spokesperson", "champion", "minister", "manager",
        "singer", "chief", "secretary", "president", "actor", "actress", "captain", "analyst",
        "striker", "lawyer", "flanker", "referee", "producer", "officer", "editor",
        "chancellor", "defender", "prop", "correspondent", "founder", "presenter", "keeper",
        "goalkeeper", "economist", "midfielder", "winger", "skipper", "governor", "mayor",
        "ambassador", "commissioner", "adviser", "advisor", "aide", "treasurer", "whip",
        "frontman", "drummer", "guitarist", "comedian", "author", "novelist", "designer",
        "judge", "prosecutor", "chairperson", "scrum-half", "fly-half", "full-back",
        "batsman", "bowler", "sprinter", "hurdler", "rapper", "columnist", "commentator",
        "historian", "professor",
    ]

    /// Posts that `general` may follow as the head of a title.
    static let generalPosts: WordSet = [
        "secretary", "attorney", "director", "governor", "surgeon", "inspector", "solicitor",
    ]

    /// Lower-case words that may stand in such a title before its noun (`film star`, `world
    /// champion`, `party chairman`).
    static let roleTitleModifiers: WordSet = [
        "film", "pop", "rock", "rap", "music", "world", "team", "club", "party", "opposition",
        "caretaker", "ex", "group", "marketing", "sales", "technology", "news", "olympic",
        "reigning", "television", "tv", "radio", "movie", "country", "soul",
        "civil", "service", "union", "council", "cabinet", "army", "federal", "industry",
        "football", "rugby", "tennis", "cricket", "golf", "athletics", "indoor", "heavy",
        "metal",
    ]
}
