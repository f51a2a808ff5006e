extension QuoteExtractor {
    /// Verbs by which one source passes on another's words (`the paper quoted Lee as saying`,
    /// `Reuters reported the regulator as saying`, `Lee is reported as saying`).
    static let quotingVerbs: WordSet = [
        "quoted", "quotes", "quote", "quoting", "cited", "cites", "citing", "reported",
        "reports", "report", "reporting",
    ]

    /// The one whose words a source passed on, when the participle at `cue` follows `as` after
    /// a quoting verb: the object in `the paper quoted Mr Lee as saying`, the subject in
    /// `Lee was quoted by the paper as saying` and `a spokesman is quoted as saying`. The
    /// source that quoted is no speaker. Nil when the cue stands in no such clause.
    ///
    /// - Returns: the speaker, and where the clause that reports the words starts.
    func quotedSpeaker(cue: Range<Int>, sentence: Range<Int>) -> (
        speaker: SpeakerMention, clause: Int
    )? {
        let t = p.tokens
        let conjunction = cue.lowerBound - 1
        guard conjunction > sentence.lowerBound, t[conjunction].lower == "as",
            CueVerbs.isParticiple(t[cue.lowerBound].lower),
            let verb = (max(sentence.lowerBound, conjunction - 12)..<conjunction).last(where: {
                Self.quotingVerbs.contains(t[$0].lower) && !t[$0].isInsideQuote
            }),
            !(verb + 1..<conjunction).contains(where: {
                t[$0].kind == .quoteMark || t[$0].isInsideQuote
            })
        else { return nil }
        let next = t[verb + 1].lower
        var be = verb - 1
        while be > sentence.lowerBound, t[be].lower.hasSuffix("ly") || t[be].lower == "also" {
            be -= 1
        }
        let isPassive =
            verb + 1 == conjunction || ["by", "in", "on"].contains(next)
            || (be >= sentence.lowerBound && Self.formsOfBe.contains(t[be].lower))
        if isPassive {
            guard
                let subject = Attribution.subjectBefore(p, cue: verb, floor: sentence.lowerBound)
            else { return nil }
            return (subject, subject.tokens.lowerBound)
        }
        let object: SpeakerMention
        if verb + 2 == conjunction, SpeakerResolver.subjectForms[next] != nil {
            object = SpeakerMention(kind: .pronoun, tokens: (verb + 1)..<(verb + 2))
        } else if let found = Attribution.subjectAfter(p, from: verb + 1, limit: conjunction),
            found.kind != .pronoun
        {
            object = found
        } else {
            return nil
        }
        let source = Attribution.subjectBefore(p, cue: verb, floor: sentence.lowerBound)
        return (object, source?.tokens.lowerBound ?? verb)
    }

    /// The quoting verb at `cue` names, within a few words after it, the one whose words it
    /// passes on (`Reuters reported the regulator as saying ...`): that one speaks, at the
    /// participle, and the verb reports nothing itself.
    func passesOnWords(cue: Range<Int>, sentence: Range<Int>) -> Bool {
        let t = p.tokens
        guard Self.quotingVerbs.contains(t[cue.lowerBound].lower) else { return false }
        var k = cue.upperBound
        while k + 1 < min(sentence.upperBound, cue.upperBound + 12) {
            if t[k].kind == .quoteMark || t[k].isInsideQuote || t[k].text == "," { return false }
            if t[k].lower == "as", CueVerbs.isParticiple(t[k + 1].lower),
                CueVerbs.lemma(t[k + 1].lower) != nil
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// The claim of a speaker ``quotedSpeaker(cue:sentence:)`` found: the quotation before
    /// the clause (`"…," the paper quoted Lee as saying.`) or the words after the cue
    /// (`Reuters quoted Lee as saying: "…"`).
    mutating func quotedClaim(
        by speaker: SpeakerMention, clause: Int, cue: Range<Int>, lemma: String,
        cueText: String, sentence: Range<Int>
    ) -> QuoteCandidate? {
        let t = p.tokens
        let after = content.after(cue.upperBound, lemma: lemma, end: sentence.upperBound)
        var before: ReportedContent.Found? = nil
        if clause > sentence.lowerBound,
            t[clause - 1].text == "," || t[clause - 1].kind == .quoteMark
                || Attribution.isDash(t[clause - 1])
        {
            before = content.before(sentence.lowerBound, clause, lemma: lemma)
        }
        let takesBefore = before.map { after == nil || $0.kind != .indirect } ?? false
        return settle(
            before: takesBefore ? before : nil, after: after, clause: clause, cue: cue,
            cueText: cueText, speaker: speaker, sentence: sentence)
    }
}
