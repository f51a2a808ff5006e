/// Quotations without a reporting verb beside them: dash attributions in headlines and
/// captions, `NAME: "..."`, `— NAME` lines, continuation paragraphs and split halves.
extension QuoteExtractor {
    /// `Technology allows paedophiles range of opportunities – top protection officer`.
    mutating func dashAttribution() {
        guard p.section == .headline || p.section == .caption || p.section == .standfirst else {
            return
        }
        let t = p.tokens
        guard let d = t.lastIndex(where: { $0.kind == .dash || $0.text == ":" }), d >= 3,
            t.count - d <= 8
        else { return }
        let colon = t[d].text == ":"
        if colon {
            // `Minister: "We will act"`
            guard let speaker = Attribution.nounPhrase(endingAt: d - 1, p, floor: 0),
                speaker.tokens.lowerBound == 0, d + 1 < t.count, t[d + 1].kind == .quoteMark,
                let q = p.quoteByOpen[t[d + 1].start], !consumed[q]
            else { return }
            consumed[q] = true
            quotes.append(
                QuoteCandidate(
                    kind: .direct, passage: p.order,
                    fragments: [p.quotes[q].contentStart..<p.quotes[q].contentEnd],
                    cue: ":", speaker: speaker, anchor: d))
            return
        }
        guard let speaker = Attribution.subjectAfter(p, from: d + 1, limit: t.count) else { return }
        var tail = speaker.tokens.upperBound
        while tail < t.count, t[tail].kind == .punctuation { tail += 1 }
        guard tail == t.count, !quotes.contains(where: { $0.anchor < d }) else { return }
        var s = 0
        var e = d
        while s < e, t[s].kind == .quoteMark { s += 1 }
        while e > s, t[e - 1].kind == .quoteMark || t[e - 1].kind == .punctuation { e -= 1 }
        guard e - s >= 3 else { return }
        let quoted = t[s..<e].contains { $0.isInsideQuote }
        for q in p.quotes.indices where p.quotes[q].open < t[e - 1].end { consumed[q] = true }
        quotes.append(
            QuoteCandidate(
                kind: quoted ? .direct : .indirect, passage: p.order,
                fragments: [t[s].start..<t[e - 1].end], cue: t[d].text,
                speaker: speaker, anchor: d))
    }

    /// Quotations no verb claimed: a paragraph that is only a quotation continues the previous
    /// speaker; a long quotation beside an attributed one shares its speaker.
    mutating func leftoverQuotations() {
        let t = p.tokens
        guard p.section == .body, !t.isEmpty else { return }
        let attributedDirect = quotes.filter { $0.speaker != nil }.count
        var wordsInQuote = [Int](repeating: 0, count: p.quotes.count)
        for i in t.indices where t[i].quote >= 0 && t[i].isWord { wordsInQuote[t[i].quote] += 1 }
        let firstWord = t.firstIndex { $0.kind != .quoteMark && $0.kind != .punctuation }
        let lastWord = t.lastIndex { $0.kind != .quoteMark && $0.kind != .punctuation }
        // Just past the closing mark of the last quotation taken as a whole passage.
        var wholeEnd = -1
        for (q, span) in p.quotes.enumerated() where !consumed[q] && !span.isSingle {
            let words = wordsInQuote[q]
            guard words >= 4 else { continue }
            // `"A." "B." Narration`: a quotation right after a whole one opens the passage too.
            let opensPassage =
                firstWord.map { t[$0].start > span.open } ?? false
                || q > 0 && wholeEnd == p.quotes[q - 1].close + 1
                    && onlySpace(from: wholeEnd, to: span.open)
            // A paragraph that is only a quotation, or (paragraphs run together) opens with
            // sentences that are only one.
            let whole =
                opensPassage
                && (lastWord.map { t[$0].end <= span.close } ?? false
                    || endsSentence(q))
            let besideAttributed = attributedDirect > 0
            // `"A. "B. "C."`: the rest of a quotation that ran on goes on with its speaker.
            let followsRunOn = q > 0 && ranOn(q - 1)
            guard whole || besideAttributed || words >= 8 else { continue }
            consumed[q] = true
            if whole, !span.isUnclosed { wholeEnd = span.close + 1 }
            let anchor = min(p.tokenIndex(atOrAfter: span.open), max(0, t.count - 1))
            let runsOnTo = runsOn(q) ? p.quotes[q + 1].contentStart : nil
            // `"A," said X, a lawyer. "B."`: the second half of a quotation split by its
            // attribution joins the first.
            if !whole, runsOnTo == nil,
                let previous = quotes.indices.reversed().prefix(50).first(where: { i in
                    quotes[i].kind == .direct && quotes[i].speaker != nil
                        && (quotes[i].fragments.last?.upperBound ?? .max) <= span.open
                }), let end = quotes[previous].fragments.last?.upperBound,
                q == 0 || p.quotes[q - 1].open <= end,
                t[anchor].sentence - t[min(p.tokenIndex(atOrAfter: end), t.count - 1)].sentence <= 1
            {
                quotes[previous].fragments.append(span.contentStart..<span.contentEnd)
                continue
            }
            let sentence = p.sentence(of: anchor)
            let speaker =
                whole || runsOnTo != nil
                ? nil
                : unattributedSpeaker(
                    anchor: anchor, sentence: sentence, firstPerson: speaksInFirstPerson(q))
            quotes.append(
                QuoteCandidate(
                    kind: .direct, passage: p.order,
                    fragments: [span.contentStart..<span.contentEnd], cue: nil,
                    speaker: speaker,
                    isContinuation: speaker == nil
                        && (whole || besideAttributed || runsOnTo != nil || followsRunOn),
                    runsOnTo: runsOnTo, anchor: anchor))
        }
    }

    /// Quotation `q` speaks in the first person singular within its first dozen words.
    private func speaksInFirstPerson(_ q: Int) -> Bool {
        let t = p.tokens
        var k = p.tokenIndex(atOrAfter: p.quotes[q].contentStart)
        var words = 0
        while k < t.count, words < 12, t[k].quote == q {
            if t[k].isWord {
                words += 1
                let w = t[k].lower
                if w == "i" || w == "my" || w == "me" || w.hasPrefix("i'") || w.hasPrefix("i’") {
                    return true
                }
            }
            k += 1
        }
        return false
    }

    /// Quotation `q` closes with its sentence, or ran on up to the next one.
    private func endsSentence(_ q: Int) -> Bool {
        let t = p.tokens
        if p.quotes[q].isUnclosed { return ranOn(q) }
        let close = p.tokenIndex(atOrAfter: p.quotes[q].close)
        guard close < t.count, t[close].kind == .quoteMark else { return false }
        return close + 1 == t.count || t[close + 1].sentence != t[close].sentence
    }

    /// Quotation `q` ran on into the next one, which an attribution claimed.
    private func runsOn(_ q: Int) -> Bool {
        ranOn(q) && consumed[q + 1]
    }

    /// Quotation `q` has no closing mark, and the next one opens where its last sentence
    /// ends.
    private func ranOn(_ q: Int) -> Bool {
        guard p.quotes[q].isUnclosed, q + 1 < p.quotes.count else { return false }
        return onlySpace(from: p.quotes[q].close, to: p.quotes[q + 1].open)
    }

    /// Only white space stands from scalar `start` up to scalar `end`.
    private func onlySpace(from start: Int, to end: Int) -> Bool {
        let s = p.scalars
        var k = start
        while k < end, ScalarClass.isSpace(s[k]) { k += 1 }
        return k == end
    }

    /// The speaker of a quotation that stands in no attribution of its own: the subject of the
    /// short sentence just before it (`Dianne Bystrom agreed. "Mainstream Republicans ..."`),
    /// or of the sentence it stands in (`Obama welcomed "the recognition that ..."`).
    private func unattributedSpeaker(anchor: Int, sentence: Range<Int>, firstPerson: Bool)
        -> SpeakerMention?
    {
        let t = p.tokens
        if anchor == sentence.lowerBound
            || (anchor == sentence.lowerBound + 1 && t[sentence.lowerBound].kind == .quoteMark),
            t[anchor].sentence > 0
        {
            let lead = p.sentences[t[anchor].sentence - 1]
            if let speaker = reportingSubject(of: lead) { return speaker }
            let plain = !t[lead].contains(where: { $0.isInsideQuote || $0.kind == .quoteMark })
            if lead.count <= 14, plain,
                let speaker = subject(of: lead, before: lead.upperBound, objectsSpeak: true),
                speaker.kind != .description, speaker.tokens.lowerBound <= lead.lowerBound + 2
            {
                return speaker
            }
            // `After three wins, Lee is brimming with confidence. "I've waited years ..."`:
            // words in the first person after a sentence about a named subject, or one that
            // `he` or `she` stands for, are that person's. The name opens the sentence or its
            // main clause (not `The album Exodus came out`, `..., but Mr Blair himself`).
            if firstPerson, plain, lead.count <= 40,
                let speaker = subject(of: lead, before: lead.upperBound),
                speaker.kind == .name && isClauseSubject(speaker, sentence: lead)
                    || speaker.kind == .pronoun
                        && ["he", "she"].contains(t[speaker.tokens.lowerBound].lower),
                case let first = speaker.tokens.lowerBound,
                first == lead.lowerBound || !t[first - 1].isWord,
                !Titles.determiners.contains(t[first].lower)
            {
                return speaker
            }
        }
        if anchor > sentence.lowerBound, let speaker = subject(of: sentence, before: anchor),
            speaker.kind != .description
        {
            return speaker
        }
        return nil
    }

    /// The named subject of the reporting verb of a sentence with no quotation marks that
    /// ends in a full stop: `Sen. Ann Lee (D-Ohio), a candidate for the seat, tweeted a
    /// warning.` or `Or maybe Bob Hart, consultant Ann Lee says.`
    private func reportingSubject(of lead: Range<Int>) -> SpeakerMention? {
        let t = p.tokens
        guard lead.count <= 40, let end = t[lead].last, end.text == ".",
            !t[lead].contains(where: { $0.isInsideQuote || $0.kind == .quoteMark }),
            let cue = lead.first(where: {
                t[$0].isWord && !t[$0].isCapitalized && CueVerbs.lemma(t[$0].lower) != nil
                    && !CueVerbs.weak.contains(CueVerbs.lemma(t[$0].lower) ?? "")
                    && !CueVerbs.isParticiple(t[$0].lower)
            }),
            let speaker = Attribution.subjectBefore(p, cue: cue, floor: lead.lowerBound),
            speaker.kind == .name
        else { return nil }
        return speaker
    }
}
