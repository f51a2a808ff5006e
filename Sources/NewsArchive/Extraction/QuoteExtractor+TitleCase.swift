/// Headlines written in title case: `Mayor Ann Lee Says Harbour Wall Will Be Rebuilt`,
/// `Harbour Wall Will Be Rebuilt, Mayor Ann Lee Says`.
extension QuoteExtractor {
    /// The claim of a capitalised reporting verb at `i` in a sentence written in title case:
    /// the words after the verb, or before the speaker's comma when the verb ends the
    /// sentence. Only a finite form reports (`Says`, `Tells`, `Warned`); a bare `Claim` or
    /// `Call` is as likely a noun or an imperative.
    mutating func titleCaseClaim(at i: Int, sentence: Range<Int>) -> QuoteCandidate? {
        let t = p.tokens
        guard p.section == .headline, let lemma = NameRuns.headlineVerbLemma(t[i].lower),
            p.isTitleCase(sentence)
        else { return nil }
        // `Lee Just Vowed`, `Hart Has Said`: capitalised adverbs and auxiliaries.
        var j = i - 1
        while j > sentence.lowerBound, t[j].isWord,
            Attribution.auxiliaries.contains(t[j].lower)
                || Attribution.verbAdverbs.contains(t[j].lower)
        {
            j -= 1
        }
        // `Defends Himself Against Claims`: a noun after a preposition.
        guard !QuoteExtractor.prepositions.contains(t[j].lower),
            let speaker = Attribution.nounPhrase(endingAt: j, p, floor: sentence.lowerBound),
            speaker.kind == .name, speaker.tokens.count <= Self.headlineNameLimit,
            // `Lee's Son Says`, `Lee's Final Column Explains`: a description in capitals.
            !t[speaker.tokens].contains(where: \.isPossessive)
        else { return nil }
        let start = speaker.tokens.lowerBound
        let end = sentence.upperBound
        let opens = start == sentence.lowerBound
        var found: ReportedContent.Found? = nil
        if opens {
            found = content.after(i + 1, lemma: lemma, end: end)
        } else if t[start - 1].text == ",", closesSentence(after: i, end: end) {
            found = content.before(sentence.lowerBound, start - 1, lemma: lemma)
        }
        guard let found, found.kind != .direct || opens else { return nil }
        return make(found, cue: t[i].text, speaker: speaker, anchor: i)
    }

    /// The most tokens of a speaker's name in a headline (`GOP Rep. Ann Lee`).
    static let headlineNameLimit = 6

    /// Only punctuation follows token `i` in its sentence.
    private func closesSentence(after i: Int, end: Int) -> Bool {
        p.tokens[(i + 1)..<end].allSatisfy { !$0.isWord }
    }
}
