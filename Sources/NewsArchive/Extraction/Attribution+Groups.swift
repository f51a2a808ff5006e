extension Attribution {
    /// A group that speaks without a name, opening its clause before the verb: `Some said`,
    /// `Many in the crowd said`, `Current and former officials said`, `Elected officials
    /// from both parties say`, `a number of attendees said`, `61 percent say`, `more than 4
    /// in 10 said`. Kept as written and never resolved: the people in `officials in the Lee
    /// administration` are not Lee.
    static func groupSubject(endingAt j: Int, _ p: Passage, floor: Int) -> SpeakerMention? {
        let t = p.tokens
        guard j >= floor, !t[j].isInsideQuote,
            !t[j].isCapitalized || opensClause(at: j, t, floor: floor) || isSharePhraseEnd(j, t),
            !nonHeads.contains(t[j].lower) || QuoteExtractor.objectPronouns.contains(t[j].lower),
            !t[j].isPossessive, !t[j].text.hasSuffix("'"),
            !Titles.determiners.contains(t[j].lower) || quantifiers.contains(t[j].lower)
                || isSharePhraseEnd(j, t),
            let start = shareStart(endingAt: j, t, floor: floor)
                ?? quantifierStart(at: j, t, floor: floor)
                ?? modifiedGroupStart(endingAt: j, t, floor: floor)
                ?? headStart(endingAt: j, t, floor: floor, coordinated: true),
            opensClause(at: start, t, floor: floor)
        else { return nil }
        return SpeakerMention(kind: .source, tokens: start..<(j + 1))
    }

    /// `61 percent`, `42%`, `two-thirds`, `more than 4 in 10`, `two in three`, `nearly
    /// half`: a share of people, with the words that qualify it.
    static func shareStart(endingAt j: Int, _ t: [Token], floor: Int) -> Int? {
        guard isSharePhraseEnd(j, t) else { return nil }
        var s = j
        while s - 1 >= floor, j - s < 7, !t[s - 1].isInsideQuote,
            t[s - 1].kind == .number || shareWords.contains(t[s - 1].lower)
                || SpeakerResolver.isNumberWord(t[s - 1].lower)
                || (t[s - 1].lower == "in" && s - 2 >= floor && isCount(t[s - 2]))
        {
            s -= 1
        }
        return t[s..<(j + 1)].contains {
            $0.kind == .number || fractions.contains($0.lower)
                || SpeakerResolver.isNumberWord($0.lower)
        } ? s : nil
    }

    /// The token ends a share: `percent`, `%`, `cent` (`per cent`), a fraction, or the `10`
    /// of `4 in 10` and the `three` of `two in three`.
    private static func isSharePhraseEnd(_ j: Int, _ t: [Token]) -> Bool {
        let w = t[j].lower
        if ["percent", "%", "cent"].contains(w) || fractions.contains(w) { return true }
        if t[j].kind == .number, w.hasSuffix("%") { return true }
        return isCount(t[j]) && j >= 2 && t[j - 1].lower == "in" && isCount(t[j - 2])
    }

    /// `10`, `three`, `Two`: a count in figures or in words.
    private static func isCount(_ token: Token) -> Bool {
        token.kind == .number || SpeakerResolver.isNumberWord(token.lower)
    }

    /// `Some said`, `Most said`, `the majority said`: a quantifier that stands for people.
    private static func quantifierStart(at j: Int, _ t: [Token], floor: Int) -> Int? {
        guard quantifiers.contains(t[j].lower) else { return nil }
        if j - 1 >= floor, ["a", "the"].contains(t[j - 1].lower) { return j - 1 }
        return j
    }

    /// `Elected officials from both parties`, `Many in the crowd`, `sources privy to the
    /// talks`, `a number of attendees`, `Almost half of respondents`, `60 percent of voters
    /// polled`: a group's head or a share, then a short phrase after a preposition that ends
    /// at the verb.
    private static func modifiedGroupStart(endingAt j: Int, _ t: [Token], floor: Int) -> Int? {
        var m = j - 1
        while m - 1 >= floor, j - m < 7 {
            let w = t[m]
            // `Americans filing claims`: a participle opens a clause of its own.
            guard w.isWord || w.kind == .number || w.text == "-", !w.isInsideQuote,
                CueVerbs.lemma(w.lower) == nil, !clauseOpeners.contains(w.lower),
                !finiteVerbs.contains(w.lower),
                !(w.lower.hasSuffix("ing") && w.lower.count > 4)
            else { return nil }
            // `Few of the malicious programs`, `the number of messages`: what a share is of
            // must be people.
            if w.lower == "of", !isPeople(t[j].lower) { return nil }
            if groupPrepositions.contains(w.lower) {
                var head = m - 1
                if groupAdjectives.contains(t[head].lower), head - 1 >= floor { head -= 1 }
                if let start = quantifierStart(at: head, t, floor: floor)
                    ?? shareStart(endingAt: head, t, floor: floor)
                    ?? headStart(endingAt: head, t, floor: floor, coordinated: false)
                {
                    return start
                }
            }
            m -= 1
        }
        return nil
    }

    /// `officials`, `voters`, `them`, `those questioned`, `Americans`: words for people.
    private static func isPeople(_ w: String) -> Bool {
        Titles.isPluralPersonNoun(w) || groupNouns.contains(w) || peopleWords.contains(w)
            || (w.hasSuffix("s") && Epithets.demonyms.contains(String(w.dropLast())))
    }

    /// `Current and former officials`, `Republican and Democratic leaders`, `Elected
    /// officials`: a plural noun for people and the words that describe it. Without a phrase
    /// after it (`coordinated`), only a head whose describing words are joined by `and` or
    /// `or`: plain descriptions are found by ``description(endingAt:_:floor:)``.
    private static func headStart(
        endingAt head: Int, _ t: [Token], floor: Int, coordinated: Bool
    ) -> Int? {
        let w = t[head].lower
        guard !t[head].isCapitalized || opensClause(at: head, t, floor: floor),
            !t[head].isInsideQuote, Titles.isPluralPersonNoun(w) || groupNouns.contains(w)
        else { return nil }
        var s = head
        var joined = false
        while s - 1 >= floor, head - s < 5 {
            let prev = t[s - 1]
            guard prev.isWord, !prev.isInsideQuote, !prev.isPossessive,
                CueVerbs.lemma(prev.lower) == nil, !prev.lower.hasSuffix("ing")
            else { break }
            // `The plan failed, and critics said`, `..., but local officials say`: after a
            // comma the conjunction joins a clause, and the group opens it.
            if s - 2 >= floor, t[s - 2].text == ",",
                ReportedContent.coordinators.contains(prev.lower)
            {
                return s
            }
            if ["and", "or"].contains(prev.lower) {
                // The words on both sides describe the head: `current and former`, not `Lee
                // and former officials`, where Lee speaks with them.
                guard s - 2 >= floor, t[s - 2].isWord,
                    !t[s - 2].isCapitalized || groupModifiers.contains(t[s - 2].lower)
                        || Epithets.demonyms.contains(t[s - 2].lower)
                else { return nil }
                joined = true
            } else if Titles.determiners.contains(prev.lower) {
                s -= 1
                break
            } else if nonHeads.contains(prev.lower)
                || capitalisedFunctionWords.contains(prev.lower) && !prev.isCapitalized
            {
                break
            }
            s -= 1
        }
        return coordinated && !joined ? nil : s
    }

    /// The word at `i` opens a clause: it starts the sentence, follows punctuation, or
    /// follows a conjunction (`even though a number of attendees said`, `But according to`).
    static func opensClause(at i: Int, _ t: [Token], floor: Int) -> Bool {
        i == floor || !t[i - 1].isWord || clauseJoiners.contains(t[i - 1].lower)
    }

    private static let quantifiers: WordSet = [
        "some", "many", "most", "several", "few", "both", "all", "majority", "majorities",
        "others",
    ]

    private static let fractions: WordSet = [
        "half", "third", "thirds", "quarter", "quarters", "two-thirds", "one-third",
        "three-quarters", "one-quarter", "one-half",
    ]

    /// Words that qualify a share: `more than`, `nearly`, `about`, `a`.
    private static let shareWords: WordSet = [
        "more", "than", "fewer", "less", "nearly", "almost", "about", "around", "roughly",
        "some", "just", "only", "over", "under", "at", "least", "a", "per",
    ]

    /// Nouns for a group of people besides the plural role nouns.
    private static let groupNouns: WordSet = [
        "people", "those", "number", "members", "voters", "residents", "supporters",
        "critics", "experts", "analysts", "observers", "participants", "attendees",
        "delegates", "protesters", "activists", "lawmakers", "insiders", "sources",
    ]

    private static let peopleWords: WordSet = [
        "them", "us", "those", "questioned", "surveyed", "polled", "asked", "respondents",
        "adults", "men", "women", "children", "parents", "students", "workers", "americans",
        "britons",
    ]

    private static let groupPrepositions: WordSet = [
        "from", "in", "of", "at", "with", "across", "among", "on", "inside", "within", "to",
        "around", "near", "outside", "for",
    ]

    /// `close to him`, `privy to the talks`, `familiar with the plans`.
    private static let groupAdjectives: WordSet = [
        "close", "privy", "familiar", "loyal", "opposed", "sympathetic", "involved", "briefed",
    ]

    /// Verbs that show a clause inside a subject, which a group's phrase never holds.
    private static let finiteVerbs: WordSet = ["is", "was", "are", "were", "has", "have", "had"]

    /// Capitalised words that describe a group: `Current and former officials`,
    /// `Republican and Democratic leaders`.
    private static let groupModifiers: WordSet = [
        "current", "former", "senior", "junior", "local", "state", "federal", "foreign",
        "military", "elected", "retired", "republican", "democratic", "democrat",
        "conservative", "labour", "liberal", "independent", "top", "some", "many", "most",
    ]

    private static let clauseJoiners: WordSet = [
        "and", "but", "while", "although", "though", "because", "as", "since", "when", "so",
        "yet", "whereas", "also",
    ]
}
