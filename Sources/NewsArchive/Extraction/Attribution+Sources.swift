extension Attribution {
    /// The source after `according to` when it names no one: `according to exit polls`,
    /// `according to state corporate records`, `according to people in attendance`,
    /// `according to her`. The noun phrase runs to the punctuation that closes it. Only an
    /// `according to` that opens its clause (after a comma, a dash, or at the start of the
    /// sentence, or after a conjunction) attributes: `went according to plan` and `vary
    /// according to size` report nothing.
    static func accordingToSource(
        _ p: Passage, cue: Range<Int>, floor: Int, limit: Int
    ) -> SpeakerMention? {
        let t = p.tokens
        let start = cue.upperBound
        guard opensClause(at: cue.lowerBound, t, floor: floor), start < limit else { return nil }
        // `according to “Man of the World,” a book ...`: a title in quotation marks.
        if t[start].kind == .quoteMark, !t[start].isInsideQuote,
            let close = (start + 1..<limit).prefix(12).first(where: {
                t[$0].kind == .quoteMark && !t[$0].isInsideQuote
            }), close > start + 1
        {
            return SpeakerMention(kind: .source, tokens: start..<(close + 1))
        }
        guard t[start].isWord, !t[start].isInsideQuote else { return nil }
        if SpeakerResolver.subjectForms[t[start].lower] != nil {
            return SpeakerMention(kind: .pronoun, tokens: start..<(start + 1))
        }
        var end = start
        while end < limit, end - start < 25, !t[end].isInsideQuote,
            t[end].isWord || t[end].kind == .number || phraseMarks.contains(t[end].text)
        {
            end += 1
        }
        // `according to the "Medicare for all" document`: a phrase cut short by a quotation
        // ends in a word that names nothing.
        while end > start,
            !t[end - 1].isWord || Titles.determiners.contains(t[end - 1].lower)
                || QuoteExtractor.prepositions.contains(t[end - 1].lower)
        {
            end -= 1
        }
        guard end > start else { return nil }
        end = authorEnd(start..<end, t) ?? end
        let phrase = start..<end
        // `according to plan`, `according to their plans`; not `according to a person close
        // to the plans`.
        if mannerHeads.contains(t[end - 1].lower), t[phrase].filter(\.isWord).count <= 3 {
            return nil
        }
        if endsInDescribedName(phrase, t) {
            return SpeakerMention(kind: .name, tokens: phrase)
        }
        return SpeakerMention(
            kind: namesOnlyAgents(phrase, t) ? .description : .source, tokens: phrase)
    }

    /// `a poll from Florida Atlantic University broadcast on MSNBC`, `figures released by the
    /// Electoral Commission on Wednesday`: the name of the author after `by` or `from` ends
    /// the source's phrase where a participle or a preposition goes on to tell about the
    /// source, and names no second author. A name that describes a noun after it (`a report
    /// by UK think-tank Demos`, `a statement from Mr Lee's office`) goes on.
    private static func authorEnd(_ phrase: Range<Int>, _ t: [Token]) -> Int? {
        guard let agent = phrase.first(where: { ["by", "from"].contains(t[$0].lower) }),
            var k = (agent + 1..<phrase.upperBound).first(where: {
                t[$0].isWord && t[$0].isCapitalized
            })
        else { return nil }
        // The name, with `of`, `for` or `and` (and `the`) between its capitalised words: `the
        // Office of the Deputy Prime Minister`.
        while k < phrase.upperBound {
            if t[k].isPossessive { return nil }
            if t[k].isWord && t[k].isCapitalized
                || phraseMarks.contains(t[k].text) && t[k - 1].isCapitalized
            {
                k += 1
                continue
            }
            var next = k + 1
            if next < phrase.upperBound, t[next].lower == "the" { next += 1 }
            guard ["of", "for", "and"].contains(t[k].lower), next < phrase.upperBound,
                t[next].isCapitalized
            else { break }
            k = next
        }
        guard k < phrase.upperBound, t[k].isWord, !t[k].isCapitalized else { return nil }
        let word = t[k].lower
        let tells =
            QuoteExtractor.prepositions.contains(word) || word.hasSuffix("ed")
            || irregularParticiples.contains(word)
        return tells ? k : nil
    }

    /// Past participles that do not end in `-ed` and may follow a source's author.
    private static let irregularParticiples: WordSet = [
        "broadcast", "written", "shown", "given", "sent", "held", "run", "taken", "made",
    ]

    /// `according to media strategist Glen Yearwood`: describing words in lower case, then
    /// the name of whoever they describe, ending the phrase.
    private static func endsInDescribedName(_ phrase: Range<Int>, _ t: [Token]) -> Bool {
        var name = phrase.upperBound
        while name - 1 > phrase.lowerBound,
            t[name - 1].isWord && t[name - 1].isCapitalized
                || t[name - 1].text == "." && name - 2 > phrase.lowerBound
                    && isInitial(name - 2, in: t)
        {
            name -= 1
        }
        let words = t[name..<phrase.upperBound].filter(\.isWord).count
        return words >= 2 && t[name - 1].isWord && !t[name - 1].isCapitalized
            && Titles.roleNouns.contains(t[name - 1].lower)
    }

    /// Every name in the phrase stands where it gives the source: as its author after `by`
    /// or `from` (`an analysis by the Pew Research Center`, `data from the Department of
    /// Education`), or before the source's noun with only describing words before it (`a 2015
    /// Pew Research survey`, `the nonpartisan Tax Foundation`). A name anywhere else is only
    /// part of what the source is about (`a person familiar with Johnson's views`, `a speech
    /// Mrs. Clinton delivered`, `documents he submitted to the U.S. government`), so the
    /// phrase is kept as written and leads to no one.
    private static func namesOnlyAgents(_ phrase: Range<Int>, _ t: [Token]) -> Bool {
        let agent = phrase.first { ["by", "from"].contains(t[$0].lower) } ?? phrase.upperBound
        var i = phrase.lowerBound
        var plain = true
        while i < agent {
            let token = t[i]
            if clauseOpeners.contains(token.lower) { return false }
            guard token.isWord, token.isCapitalized else {
                // Describing words keep the way open for a name; a preposition or a
                // conjunction closes it (`all those players and even Federer himself`).
                if token.isWord,
                    QuoteExtractor.prepositions.contains(token.lower)
                        || ["and", "or"].contains(token.lower)
                {
                    plain = false
                }
                i += 1
                continue
            }
            guard plain else { return false }
            var k = i
            while k < agent,
                t[k].isWord && t[k].isCapitalized || phraseMarks.contains(t[k].text)
                    || ["of", "for", "and"].contains(t[k].lower) && k + 1 < agent
                        && t[k + 1].isCapitalized
            {
                if t[k].isPossessive { return false }
                k += 1
            }
            // `reports Mr. Schoen filed`: a name with its own verb after it.
            if k < agent, t[k].isWord, t[k].lower.hasSuffix("ed") { return false }
            plain = false
            i = k
        }
        return !t[agent..<phrase.upperBound].contains { clauseOpeners.contains($0.lower) }
    }

    /// Marks that stand inside a source's phrase: `A.F.L.-C.I.O.`, `Times/CBS`, `AT&T`, `5%`.
    private static let phraseMarks: Set<String> = [".", "-", "'", "’", "&", "/", "%"]

    /// Words that open a clause inside a source's or a group's phrase (`documents he
    /// submitted`, `a memo that Band wrote`).
    static let clauseOpeners: WordSet = [
        "he", "she", "they", "we", "i", "it", "you", "who", "that", "which", "whom", "whose",
    ]

    /// `according to plan`: heads of `according to` phrases that tell how something was
    /// done, not who said so.
    private static let mannerHeads: WordSet = [
        "plan", "plans", "schedule", "script", "form", "tradition", "custom", "size", "type",
    ]

}
