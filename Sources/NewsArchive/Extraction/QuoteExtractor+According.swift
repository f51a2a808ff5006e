extension QuoteExtractor {
    /// `CLAUSE, according to SOURCE`, `According to SOURCE, CLAUSE`, and the claim the
    /// attribution interrupts (`That is wrong, according to Lee, because ...`).
    mutating func accordingTo(
        cue: Range<Int>, cueText: String, sentence: Range<Int>
    ) -> QuoteCandidate? {
        let t = p.tokens
        let end = sentence.upperBound
        let lemma = "according"
        var named = Attribution.subjectAfter(p, from: cue.upperBound, limit: end)
        // `according to a court document filed by ...`, `a police report`: a role noun that
        // modifies a writing heads no one; `a report by the harbour board` names its author
        // after `by`. The whole phrase is the source, which is read as a description was.
        let describedSource =
            named.map {
                $0.kind == .description && $0.tokens.upperBound < end
                    && (Self.isWriting(t[$0.tokens.upperBound].lower)
                        || ["by", "from"].contains(t[$0.tokens.upperBound].lower))
            } ?? false
        if describedSource { named = nil }
        guard
            let speaker = named
                ?? Attribution.accordingToSource(
                    p, cue: cue, floor: sentence.lowerBound, limit: end)
        else { return nil }
        // `according to “Man of the World,” a book ...`: the title names the source; it
        // quotes no one.
        if speaker.kind == .source, t[speaker.tokens.lowerBound].kind == .quoteMark {
            let q = p.quoteIndex(openingAtOrAfter: t[speaker.tokens.lowerBound].start)
            if q < p.quotes.count { consumed[q] = true }
        }
        // `She said the advice should have been attached, according to the code`, `The IMF
        // said that, according to data from Liberia, ...`: a source that names no one, after
        // a verb that reports the sentence's claim, is that claim's own source.
        if named == nil, !describedSource,
            holdsAttribution(sentence.lowerBound..<cue.lowerBound, sentence)
        {
            return nil
        }
        var comma = speaker.tokens.upperBound
        // `figures from the Ministry of Economy, Trade and Industry (METI), the ...`: the
        // source's name lists its fields, and an acronym in brackets may follow it; a comma
        // closes it all.
        if comma < end, t[comma].text == ",", t[comma - 1].isCapitalized,
            let listEnd = NameRuns.listedNameEnd(t, after: comma)
        {
            var next = listEnd + 1
            if next < end, t[next].text == "(",
                let close = (next + 1..<end).prefix(6).first(where: { t[$0].text == ")" })
            {
                next = close + 1
            }
            if next < end, t[next].text == "," { comma = next }
        }
        // `according to Ann Lee, who heads the union, the plan ...`: the relative clause
        // describes the source; the claim follows it.
        if comma + 1 < end, t[comma].text == ",",
            Self.relativeWords.contains(t[comma + 1].lower)
        {
            comma =
                (comma + 2..<end).prefix(20).first {
                    t[$0].text == "," && !t[$0].isInsideQuote
                } ?? end
        }
        var after =
            comma < end && t[comma].text == ","
            ? content.after(comma + 1, lemma: lemma, end: end) : nil
        // `According to an advance text, he told delegates: "..."`: the clause after the
        // source reports a claim of its own, which its verb takes.
        if let found = after, opensWithAttribution(found.tokens, sentence) { return nil }
        // `..., according to Lee Ostrow, a law professor.`: an appositive that closes the
        // sentence describes the speaker; it is no half of the claim.
        if after?.kind == .indirect, comma + 1 < end, endsSentence(speaker, end: end),
            Titles.determiners.contains(t[comma + 1].lower)
                || Titles.roleNouns.contains(t[comma + 1].lower)
                || Titles.titleHeads.contains(t[comma + 1].lower)
        {
            after = nil
        }
        if let after, cue.lowerBound == sentence.lowerBound || t[cue.lowerBound - 1].text != "," {
            return make(after, cue: cueText, speaker: speaker, anchor: cue.lowerBound)
        }
        if let found = content.before(sentence.lowerBound, cue.lowerBound, lemma: lemma) {
            // `That is wrong, according to Lee, because ...`: one claim around the
            // attribution.
            if let after,
                let quote = interrupted(
                    found, after, cue: cueText, speaker: speaker, anchor: cue.lowerBound)
            {
                return quote
            }
            return make(found, cue: cueText, speaker: speaker, anchor: cue.lowerBound)
        }
        // `Since May, according to the agency, forces have killed ...`: nothing before the
        // attribution is a claim, so the clause after it is.
        if let after {
            return make(after, cue: cueText, speaker: speaker, anchor: cue.lowerBound)
        }
        // `According to two aides familiar with the talks, negotiators ...`
        guard cue.lowerBound == sentence.lowerBound,
            let comma = (comma..<end).prefix(12).first(where: {
                t[$0].text == ","
            }),
            let found = content.after(comma + 1, lemma: lemma, end: end),
            !opensWithAttribution(found.tokens, sentence)
        else { return nil }
        return make(found, cue: cueText, speaker: speaker, anchor: cue.lowerBound)
    }

    /// Words that open a relative clause after a name.
    static let relativeWords: WordSet = ["who", "which", "whose", "whom", "where"]

    /// The words hold a reporting verb outside quotation marks, not in the passive (`The IMF
    /// said that`, not `The sale was agreed`): an attribution of their own, not a claim for
    /// another source.
    func holdsAttribution(_ range: Range<Int>, _ sentence: Range<Int>) -> Bool {
        range.contains { isReportingVerb($0, sentence) && !followsFormOfBe($0, sentence: sentence) }
    }

    /// The words open with a pronoun or a name and its reporting verb (`he told delegates:
    /// "..."`, `Mr Brown said`), not with a claim (`the law says drivers must stop`).
    func opensWithAttribution(_ range: Range<Int>, _ sentence: Range<Int>) -> Bool {
        let t = p.tokens
        guard let verb = range.prefix(5).first(where: { isReportingVerb($0, sentence) }),
            verb > range.lowerBound
        else { return false }
        return t[range.lowerBound..<verb].allSatisfy {
            $0.isWord && ($0.isCapitalized || Attribution.pronouns.contains($0.lower))
                || $0.text == "."
        }
    }

    private func isReportingVerb(_ i: Int, _ sentence: Range<Int>) -> Bool {
        let t = p.tokens
        return t[i].isWord && !t[i].isInsideQuote && !t[i].isCapitalized
            && CueVerbs.lemma(t[i].lower) != nil && !isNounState(i, sentence)
    }
}
