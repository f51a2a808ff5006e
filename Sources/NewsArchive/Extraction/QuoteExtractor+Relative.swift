extension QuoteExtractor {
    /// `Ted Cruz, who said he would vote no`: a reporting verb in a relative clause reports a
    /// claim for the clause's antecedent, when that is a name and the claim is a clause or
    /// holds quoted words.
    mutating func relativeClaim(
        cue: Range<Int>, lemma: String, cueText: String, sentence: Range<Int>
    ) -> QuoteCandidate? {
        let t = p.tokens
        var j = cue.lowerBound - 1
        // `who has long said`, `who also noted`
        while j > sentence.lowerBound, cue.lowerBound - j <= 3, t[j].isWord,
            !t[j].isCapitalized,
            Attribution.auxiliaries.contains(t[j].lower)
                || Attribution.verbAdverbs.contains(t[j].lower)
        {
            j -= 1
        }
        // A whole quotation stays with the attributions that name its speaker.
        guard j > sentence.lowerBound, t[j].isWord, !t[j].isInsideQuote,
            ["who", "which"].contains(t[j].lower),
            var found = content.after(cue.upperBound, lemma: lemma, end: sentence.upperBound),
            found.kind != .direct
        else { return nil }
        // Only a clause: `who pledged to ban ...` and `who advised Lee` state no claim of
        // their own.
        let first = t[found.tokens.lowerBound]
        guard
            found.kind == .mixed || found.afterThat
                || Self.clauseOpeners.contains(first.lower)
                || first.isCapitalized && !Titles.determiners.contains(first.lower)
        else { return nil }
        // A claim with no named speaker would lend its silence to the quotations after it.
        guard let antecedent = self.antecedent(of: j, sentence: sentence),
            antecedent.kind == .name
        else { return nil }
        // `Ann Lee, who said she would run, won the vote`: the clause inside the sentence's
        // subject ends at its last comma, where the main verb takes over.
        // `Ann Lee, who advised the mayor, said ...`: a comma and a verb of saying end it too.
        if t[j - 1].text == "," {
            let commas = found.tokens.filter { t[$0].text == "," && !t[$0].isInsideQuote }
            let opensSentence = antecedent.tokens.lowerBound == sentence.lowerBound
            if let comma = commas.first(where: {
                $0 + 1 < found.tokens.upperBound && t[$0 + 1].isWord
                    && CueVerbs.lemma(t[$0 + 1].lower) != nil
                    && !CueVerbs.isParticiple(t[$0 + 1].lower)
            }) ?? (opensSentence ? commas.last : nil), comma > found.tokens.lowerBound {
                found.tokens = found.tokens.lowerBound..<comma
                if found.kind == .mixed,
                    !t[found.tokens].contains(where: { $0.isInsideQuote || $0.kind == .quoteMark })
                {
                    found.kind = .indirect
                }
            }
        }
        return make(found, cue: cueText, speaker: antecedent, anchor: cue.lowerBound)
    }

    /// Words that open a clause's subject.
    private static let clauseOpeners: WordSet = [
        "he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those", "the",
        "his", "her", "their", "its", "our", "my", "if", "whether", "why", "how", "what",
    ]

    /// The speaker a relative pronoun at `j` stands for: the name before `, who` unless that
    /// name is itself an appositive (`a doctor from Dover, Delaware, who`), or the noun phrase
    /// right before `who` (`voters who`).
    private func antecedent(of j: Int, sentence: Range<Int>) -> SpeakerMention? {
        let t = p.tokens
        if t[j - 1].text == "," {
            guard
                let name = Attribution.nounPhrase(
                    endingAt: j - 2, p, floor: sentence.lowerBound),
                name.kind == .name,
                name.tokens.lowerBound == sentence.lowerBound
                    || t[name.tokens.lowerBound - 1].text != ","
            else { return nil }
            return name
        }
        guard let phrase = Attribution.nounPhrase(endingAt: j - 1, p, floor: sentence.lowerBound),
            phrase.kind != .pronoun
        else { return nil }
        return phrase
    }
}
