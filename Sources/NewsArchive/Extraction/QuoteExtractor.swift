/// Finds quoted and reported claims in one passage, each with its reporting verb and the
/// words that name its speaker.
///
/// Direct quotes (every quotation-mark style), mixed quotes (`said his "greatest frustration"
/// is ...`) and indirect reported speech (`NAME said CLAUSE`, `CLAUSE, NAME said`,
/// `according to NAME, CLAUSE`). Split quotes (`"A," he said, "B."`) become one claim, and a
/// paragraph that is only a quotation continues the previous speaker.
struct QuoteExtractor {
    let p: Passage
    /// Words the article writes in lower case: a capitalised sentence opener among them is
    /// an ordinary word, not a name.
    let vocabulary: Vocabulary
    var consumed: [Bool]
    var quotes: [QuoteCandidate] = []
    var leadIn: (cue: String, speaker: SpeakerMention)? = nil
    /// The subject of the reporting verb just read, when it reported nothing (`The firm
    /// wrote a letter`).
    var subjectWithoutClaim: SpeakerMention? = nil

    init(passage: Passage, vocabulary: Vocabulary) {
        p = passage
        self.vocabulary = vocabulary
        consumed = [Bool](repeating: false, count: passage.quotes.count)
    }

    /// The claims of one passage in reading order, with attributions it lends to neighbours.
    static func quotes(in passage: Passage, vocabulary: Vocabulary = []) -> PassageQuotes {
        var extractor = QuoteExtractor(passage: passage, vocabulary: vocabulary)
        extractor.run()
        let sorted = extractor.quotes.sorted {
            ($0.fragments.first?.lowerBound ?? 0) < ($1.fragments.first?.lowerBound ?? 0)
        }
        return PassageQuotes(
            quotes: sorted, leadIn: extractor.leadIn,
            signature: extractor.signature(),
            closingSubject: sorted.isEmpty ? extractor.closingSubject() : nil,
            opensWithQuotation: passage.tokens.first?.kind == .quoteMark)
    }

    /// The subject that opens the short last sentence of a passage with no quotation marks
    /// (`Howard continued his remarks.`), or nil.
    func closingSubject() -> SpeakerMention? {
        let t = p.tokens
        guard p.section == .body, p.quotes.isEmpty, let last = p.sentences.last,
            last.count <= Self.closingSentenceLimit, let end = t[last].last, end.text == ".",
            let speaker = subject(of: last, before: last.upperBound),
            speaker.kind != .description, speaker.tokens.lowerBound <= last.lowerBound + 2,
            speaker.kind == .name || ["he", "she"].contains(t[speaker.tokens.lowerBound].lower),
            // `Pause.` and `Call.` are no sentence with a subject: a verb follows the name.
            speaker.tokens.upperBound < last.upperBound, t[speaker.tokens.upperBound].isWord,
            !t[speaker.tokens.upperBound].isCapitalized,
            // `Call it the politics of pique.`: an imperative and its object.
            !Titles.determiners.contains(t[speaker.tokens.upperBound].lower),
            !Self.objectPronouns.contains(t[speaker.tokens.upperBound].lower),
            t[last].filter(\.isWord).count >= 3
        else { return nil }
        return speaker
    }

    static let objectPronouns: WordSet = ["it", "them", "him", "her", "us", "me", "you"]

    /// The most tokens of a passage's last sentence that may introduce the next passage's
    /// quotation.
    static let closingSentenceLimit = 30

    var content: ReportedContent { ReportedContent(p: p) }

    mutating func run() {
        if transcriptLine() { return }
        let t = p.tokens
        for sentence in p.sentences {
            var sentenceSpeaker: SpeakerMention? = nil
            var claimlessSubject: SpeakerMention? = nil
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                // Fields are read in place: copying a `Token` retains its two strings.
                guard t[i].isWord, !t[i].isInsideQuote else {
                    i += 1
                    continue
                }
                let lower = t[i].lower
                // Only `according`, `put(s)`, `went`, `goes` and the retort verbs open a
                // two-word cue: a look at the first byte spares most words the comparisons.
                let initial = lower.firstByte
                let isAccording = initial == UInt8(ascii: "a") && lower == "according"
                if t[i].isCapitalized, i != sentence.lowerBound, !isAccording {
                    if let found = titleCaseClaim(at: i, sentence: sentence) {
                        sentenceSpeaker = found.speaker ?? sentenceSpeaker
                        quotes.append(found)
                    }
                    i += 1
                    continue
                }
                var cue = i..<(i + 1)
                var lemma: String
                if isAccording, i + 1 < sentence.upperBound,
                    t[i + 1].lower == "to"
                {
                    cue = i..<(i + 2)
                    lemma = "according"
                } else if initial == UInt8(ascii: "p"), lower == "put" || lower == "puts",
                    i + 1 < sentence.upperBound, t[i + 1].lower == "it"
                {
                    cue = i..<(i + 2)
                    lemma = "put"
                } else if initial == UInt8(ascii: "w") || initial == UInt8(ascii: "g"),
                    lower == "went" || lower == "goes",
                    i + 1 < sentence.upperBound, t[i + 1].lower == "on"
                {
                    cue = i..<(i + 2)
                    lemma = "go"
                    // `went on sale`, `goes on trial`: what happened, not what was said.
                    if i + 2 < sentence.upperBound, t[i + 2].isWord, !t[i + 2].isCapitalized,
                        !["to", "that", "about"].contains(t[i + 2].lower)
                    {
                        i += 1
                        continue
                    }
                    // `went on to say`; `went on to win the final` tells what came next.
                    if i + 2 < sentence.upperBound, t[i + 2].lower == "to" {
                        guard i + 3 < sentence.upperBound,
                            let verb = CueVerbs.lemma(t[i + 3].lower),
                            Self.speechAfterGoingOn.contains(verb)
                        else {
                            i += 1
                            continue
                        }
                        cue = i..<(i + 4)
                        lemma = verb
                    }
                } else if initial.map(Self.retortInitials.contains) ?? false,
                    Self.retortVerbs.contains(lower),
                    i + 1 < sentence.upperBound, t[i + 1].lower == "back"
                {
                    // `Trump shot back`, `she fired back`
                    cue = i..<(i + 2)
                    lemma = "retort"
                } else if let l = CueVerbs.lemma(lower), l != "put", l != "go",
                    l != "point"
                        || (i + 1 < sentence.upperBound && ["out", "to"].contains(t[i + 1].lower)),
                    !isNounState(i, sentence)
                {
                    lemma = l
                    // `pointed out that ...`, `called for an inquiry`: the particle belongs
                    // to the verb.
                    if l == "point"
                        || l == "call" && i + 1 < sentence.upperBound && t[i + 1].lower == "for"
                    {
                        cue = i..<(i + 2)
                    }
                } else {
                    i += 1
                    continue
                }
                // `The firm wrote a letter, calling the claims "false"`: a participle after a
                // comma speaks for the described subject of a verb that reported nothing
                // (names are found anew), unless a later attribution takes the whole sentence
                // (`..., calling it "false," Lee said`).
                let lent =
                    claimlessSubject?.kind == .description && t[i - 1].text == ","
                        && CueVerbs.isParticiple(lower)
                        && !hasLaterAttribution(after: i, sentence: sentence)
                    ? claimlessSubject : nil
                if let found = attribute(
                    cue: cue, lemma: lemma, sentence: sentence,
                    sentenceSpeaker: sentenceSpeaker ?? lent)
                {
                    sentenceSpeaker = found.speaker ?? sentenceSpeaker
                    // `WPP has posted higher profits and predicted that ...`: the results are
                    // no claim, though their subject goes on to the next verb.
                    if found.kind != .indirect
                        || !content.publishesResult(
                            lemma: lemma, after: cue, end: sentence.upperBound)
                    {
                        quotes.append(found)
                    }
                } else if let subject = subjectWithoutClaim {
                    claimlessSubject = subject
                }
                subjectWithoutClaim = nil
                i = cue.upperBound
            }
        }
        dashAttribution()
        colonAttribution()
        leftoverQuotations()
    }

    /// `state` and `states` as nouns (`swing states`, `the state Senate`, `Western states that
    /// lean Republican`): the bare forms report only after a pronoun or a document
    /// (`it states`, `the ruling states`).
    func isNounState(_ i: Int, _ sentence: Range<Int>) -> Bool {
        let t = p.tokens
        guard t[i].lower == "state" || t[i].lower == "states" else { return false }
        var j = i - 1
        while j >= sentence.lowerBound, t[j].isWord, Attribution.auxiliaries.contains(t[j].lower) {
            j -= 1
        }
        guard j >= sentence.lowerBound, t[j].isWord else { return true }
        let w = t[j].lower
        return
            !(["it", "he", "she", "they", "we", "i", "you", "which"].contains(w)
            || Self.isWriting(w))
    }

    /// A document or another writing that can say something (`statement`, `ruling`).
    static func isWriting(_ word: String) -> Bool {
        documents.contains(word) || writings.contains(word)
    }

    /// `a Facebook post`, `the CNN report`: the bare form of a reporting verb after a
    /// determiner and a singular name is a noun. A singular subject would take `posts` or
    /// `posted`; a plural one (`the Democrats claim`) ends in `s`. Whatever the name, a bare
    /// form that may be a noun is one before a verb of its own (`The Demos report looked at`,
    /// `the FAO report said`).
    func isNounAfterName(_ i: Int, lemma: String, sentence: Range<Int>) -> Bool {
        let t = p.tokens
        guard t[i].lower == lemma, i - 1 >= sentence.lowerBound, t[i - 1].isWord,
            t[i - 1].isCapitalized, !t[i - 1].isPossessive
        else { return false }
        if Self.nounlikeCues.contains(lemma), isFollowedByVerb(i, sentence: sentence) {
            return true
        }
        guard i - 2 >= sentence.lowerBound, !t[i - 1].lower.hasSuffix("s"),
            !Self.verbOnlyForms.contains(lemma)
        else { return false }
        var j = i - 1
        // A sentence's own capital `The` is the determiner, not a word of the name.
        while j > sentence.lowerBound, i - j < 4, t[j - 1].isWord, t[j - 1].isCapitalized,
            !t[j - 1].isPossessive, !Titles.determiners.contains(t[j - 1].lower)
        {
            j -= 1
        }
        guard j > sentence.lowerBound, t[j - 1].isWord else { return false }
        return Titles.determiners.contains(t[j - 1].lower)
    }

    /// The word after `i` is a finite verb (`was`, `said`, `suggests`, `found`), or a comma
    /// and a participle (`, entitled`): what stands at `i` is its subject, not a verb.
    private func isFollowedByVerb(_ i: Int, sentence: Range<Int>) -> Bool {
        let t = p.tokens
        guard i + 2 < sentence.upperBound else { return false }
        let next = t[i + 1]
        if next.text == "," {
            let after = t[i + 2]
            return after.isWord && !after.isCapitalized && after.lower.hasSuffix("ed")
        }
        guard next.isWord, !next.isCapitalized else { return false }
        if Self.finiteAuxiliaries.contains(next.lower) || Self.documentVerbs.contains(next.lower) {
            return true
        }
        guard let verb = CueVerbs.lemma(next.lower) else { return false }
        return verb != next.lower && !CueVerbs.isParticiple(next.lower)
    }

    /// Verbs of what a study or a report does, which no reporting verb takes as its object,
    /// and `also`, which stands between such a subject and its verb.
    private static let documentVerbs: WordSet = [
        "found", "finds", "looked", "looks", "shows", "showed", "shown", "tries", "tried",
        "covers", "covered", "examines", "examined", "highlights", "highlighted", "reveals",
        "revealed", "recommends", "recommended", "comes", "came", "doesn't", "also",
    ]

    /// Reporting verbs whose bare form is as often a noun (`a promise`, `the claim`).
    static let nounlikeCues: WordSet = [
        "promise", "claim", "report", "comment", "note", "remark", "boast", "reply", "answer",
        "pledge", "vow", "call", "charge", "estimate", "tweet", "post", "quote", "plea", "cry",
        "shout", "demand", "warning", "statement", "retort", "response", "concession",
        "question", "joke",
    ]

    /// `the most telling promise`, `a bold new claim`: such a verb's bare form after a
    /// determiner and up to three modifiers is a noun. A plural before it (`his aides
    /// claim`) is a subject, and a verb or a pronoun between ends the search.
    func isNounAfterModifiers(_ i: Int, sentence: Range<Int>) -> Bool {
        let t = p.tokens
        guard Self.nounlikeCues.contains(t[i].lower), i - 2 >= sentence.lowerBound,
            t[i - 1].isWord, !t[i - 1].isCapitalized, !t[i - 1].lower.hasSuffix("s")
        else { return false }
        var j = i - 1
        while j >= sentence.lowerBound, i - j <= 4, t[j].isWord {
            let w = t[j].lower
            if Titles.determiners.contains(w) { return true }
            // `most telling`: a participle after a degree adverb is an adjective.
            let isAdjective =
                j - 1 >= sentence.lowerBound && CueVerbs.isParticiple(w)
                && ["most", "more", "very", "so", "less", "least"].contains(t[j - 1].lower)
            if isAdjective {
                j -= 1
                continue
            }
            // `the proposed question`: a past participle after a determiner is an adjective.
            if w.hasSuffix("ed"), j - 1 >= sentence.lowerBound,
                Titles.determiners.contains(t[j - 1].lower)
            {
                return true
            }
            if t[j].isCapitalized && j > sentence.lowerBound || Attribution.pronouns.contains(w)
                || Attribution.auxiliaries.contains(w) || CueVerbs.lemma(w) != nil
                || Self.finiteAuxiliaries.contains(w)
            {
                return false
            }
            j -= 1
        }
        return false
    }

    /// Forms of `be`: a cue after one is passive (`is said to be`) or progressive.
    static let formsOfBe: WordSet = ["is", "was", "are", "were", "be", "been", "being"]

    /// Adverbs that may stand between `be` and its participle (`are now confirmed`).
    private static let adverbsAfterBe: WordSet = [
        "now", "also", "still", "not", "already", "never", "often", "since", "then", "later",
    ]

    /// Whether a form of `be` stands right before the verb at `i`, or before an adverb before
    /// it (`is widely reported`, `are now confirmed`).
    func followsFormOfBe(_ i: Int, sentence: Range<Int>) -> Bool {
        guard i > sentence.lowerBound else { return false }
        let t = p.tokens
        if Self.formsOfBe.contains(t[i - 1].lower) { return true }
        let adverb = t[i - 1].lower
        return i - 1 > sentence.lowerBound && t[i - 1].isWord
            && (adverb.hasSuffix("ly") || Self.adverbsAfterBe.contains(adverb))
            && Self.formsOfBe.contains(t[i - 2].lower)
    }

    /// What a work tells (`tells the story of`), which is no claim.
    private static let stories: WordSet = ["story", "tale", "stories", "tales", "true"]

    /// What follows `pleaded` in a plea (`pleaded guilty`, `pleaded not guilty`, `pleaded no
    /// contest`).
    private static let pleas: WordSet = ["guilty", "not", "innocent", "no"]

    /// Words after which a reporting verb is a noun (`his comments`, `the claims`).
    static let nounMakers: WordSet = [
        "the", "a", "an", "his", "her", "their", "its", "our", "these", "those", "such",
        "recent", "new", "many", "several", "some", "whose", "your", "my",
    ]

    /// Words among ``nounMakers`` that may stand for people as a subject.
    static let peopleQuantifiers: WordSet = ["many", "several", "some"]

    /// Forms of the plainest reporting verbs that are never nouns.
    static let verbOnlyForms: WordSet = ["said", "say", "says", "told", "tell", "tells"]

    /// Words after which a participle reports (`after saying`, `he kept saying`), beside a
    /// mark, a capitalised word, an adverb in `-ly` and ``issuedWritings``.
    static let participleLeads: WordSet = [
        "by", "after", "before", "while", "when", "without", "in", "on", "and", "is", "was", "were",
        "are", "been", "be", "he", "she", "they", "also", "repeatedly", "later", "then", "kept",
        "keeps", "continued", "began", "started", "even", "again", "publicly", "privately", "once",
        "first",
    ]

    /// Writings that state what they say, beside ``documents``.
    static let writings: WordSet = [
        "document", "law", "ruling", "order", "bill", "complaint", "lawsuit", "suit", "filing",
        "website", "policy", "rule", "rules", "constitution", "agreement", "platform", "plan",
        "indictment", "motion", "decision", "opinion", "guidance", "guidelines", "text",
    ]

    /// Verbs that report speech after `went on to` (`went on to say`); others there tell what
    /// was done (`went on to claim the title`, `went on to write a novel`).
    static let speechAfterGoingOn: WordSet = [
        "say", "add", "tell", "explain", "warn", "suggest", "insist", "argue", "describe",
        "call", "criticise", "criticize", "promise", "urge", "note", "ask", "predict",
        "accuse", "admit", "deny", "praise", "question", "stress", "acknowledge",
    ]

    /// The first bytes of the retort verbs.
    private static let retortInitials: [UInt8] = Array("sfh".utf8)

    /// Verbs that report a retort with `back` (`shot back`, `fired back`, `hit back`).
    private static let retortVerbs: WordSet = [
        "shot", "shoots", "shooting", "fired", "fires", "firing", "hit", "hits", "hitting",
    ]

    // MARK: - Attribution by a reporting verb

    mutating func attribute(
        cue: Range<Int>, lemma: String, sentence: Range<Int>, sentenceSpeaker: SpeakerMention?
    ) -> QuoteCandidate? {
        let t = p.tokens
        let cueText = p.text(tokens: cue)
        let end = sentence.upperBound
        if lemma == "according" {
            return accordingTo(cue: cue, cueText: cueText, sentence: sentence)
        }
        if let quoted = quotedSpeaker(cue: cue, sentence: sentence) {
            return quotedClaim(
                by: quoted.speaker, clause: quoted.clause, cue: cue, lemma: lemma,
                cueText: cueText, sentence: sentence)
        }
        if passesOnWords(cue: cue, sentence: sentence) { return nil }
        // `is said to be`, `are now confirmed to have died` is no attribution; the progressive
        // `is telling` is one, unless it stands inside a claim already found (`Lee said they
        // were saying ...`).
        if followsFormOfBe(cue.lowerBound, sentence: sentence),
            !CueVerbs.isParticiple(t[cue.lowerBound].lower) || isInsideLastClaim(cue.lowerBound)
        {
            return passiveQuestion(cue: cue, lemma: lemma, cueText: cueText, end: end)
        }
        // `pleaded guilty`, `pleaded not guilty`: a plea in court, not a claim.
        if lemma == "plead", cue.upperBound < end,
            Self.pleas.contains(t[cue.upperBound].lower)
        {
            return nil
        }
        // `Contepomi replied in kind`: a move answered, not a claim.
        if lemma == "reply" || lemma == "respond", cue.upperBound + 1 < end,
            t[cue.upperBound].lower == "in", t[cue.upperBound + 1].lower == "kind"
        {
            return nil
        }
        // `a film accused of being ...` (no one accused is named: the participle describes the
        // film); `The film tells the story of two boys`: a plot, not a claim.
        if cue.upperBound < end,
            lemma == "accuse" && t[cue.upperBound].lower == "of"
                || lemma == "tell" && cue.upperBound + 1 < end
                    && Titles.determiners.contains(t[cue.upperBound].lower)
                    && Self.stories.contains(t[cue.upperBound + 1].lower)
        {
            return nil
        }
        // `his comments`, `the claims`: the word is a noun here; not `Many said` or `some
        // say`, forms no noun takes, after a word that can stand for people.
        if cue.lowerBound > sentence.lowerBound,
            t[cue.lowerBound - 1].isPossessive
                || Self.nounMakers.contains(t[cue.lowerBound - 1].lower)
                    && !(Self.peopleQuantifiers.contains(t[cue.lowerBound - 1].lower)
                        && Self.verbOnlyForms.contains(t[cue.lowerBound].lower))
        {
            return nil
        }
        if isNounAfterName(cue.lowerBound, lemma: lemma, sentence: sentence)
            || isNounAfterModifiers(cue.lowerBound, sentence: sentence)
        {
            return nil
        }
        // `as reported by Western Journalism, ...`
        if cue.upperBound + 1 < end, t[cue.upperBound].lower == "by",
            let agent = Attribution.subjectAfter(p, from: cue.upperBound + 1, limit: end),
            agent.kind != .pronoun
        {
            let after = agent.tokens.upperBound
            // `the proposals suggested by the experts, Lee said ...`: without `as` (or opening
            // the sentence) the passive qualifies a noun and reports nothing.
            let reportsClause =
                cue.lowerBound == sentence.lowerBound || t[cue.lowerBound - 1].lower == "as"
            if reportsClause, after < end, t[after].text == ",",
                let found = content.after(after + 1, lemma: lemma, end: end)
            {
                return make(found, cue: cueText, speaker: agent, anchor: cue.lowerBound)
            }
            return nil
        }
        if CueVerbs.isParticiple(t[cue.lowerBound].lower) {
            // `Security warning over virus`: a noun and its topic, not a participle.
            if cue.upperBound < end, t[cue.upperBound].lower == "over" { return nil }
            // `a creative writing professor`: a participle reports only after a comma, a
            // preposition, an auxiliary or a subject.
            if cue.lowerBound > sentence.lowerBound {
                let before = t[cue.lowerBound - 1]
                let reporting =
                    !before.isWord || before.isCapitalized
                    || Self.participleLeads.contains(before.lower) || before.lower.hasSuffix("ly")
                    // `McConnell issued a statement saying ...`: the writing's author speaks.
                    || Self.issuedWritings.contains(before.lower)
                guard reporting else { return nil }
            }
            var direct = Attribution.subjectBefore(
                p, cue: cue.lowerBound, floor: sentence.lowerBound)
            if let d = direct, d.kind == .description,
                d.tokens.count == 1 || Self.documents.contains(t[d.tokens.upperBound - 1].lower)
            {
                direct = nil
            }
            if cue.lowerBound > sentence.lowerBound, t[cue.lowerBound - 1].text == "," {
                direct = nil
            }
            // `issuing a statement through Arsenal describing ...`: the object of a preposition
            // that only routes or aims is no participle's subject (`with the MPAA warning`,
            // `a statement by the club saying` have theirs).
            if let d = direct, d.kind == .name, d.tokens.lowerBound - 1 >= sentence.lowerBound,
                Self.routingPrepositions.contains(t[d.tokens.lowerBound - 1].lower)
            {
                direct = nil
            }
            let speaker = direct ?? sentenceSpeaker ?? subject(of: sentence, before: cue.lowerBound)
            // `At a rally in Ames, praising ...`: a sentence that names someone still reports,
            // though the name it has is no subject.
            guard
                speaker != nil
                    || subject(of: sentence, before: cue.lowerBound, firstName: true) != nil,
                let found = content.after(cue.upperBound, lemma: lemma, end: end),
                !joinsAnotherClause(found)
            else { return nil }
            // `asking whether ...`: a participle's question has no asker the sentence names
            // for sure.
            if lemma == "ask", found.kind == .indirect { return nil }
            return make(found, cue: cueText, speaker: speaker, anchor: cue.lowerBound)
        }
        // `CLAUSE, says Ann Lee, a pollster in Ohio.`: a name that ends the sentence, or is
        // followed only by its appositive, speaks for the clause before the comma, whatever
        // name that clause holds.
        // A verb that takes its addressee (`told CNN`) keeps its subject before it.
        if cue.lowerBound > sentence.lowerBound, t[cue.lowerBound - 1].text == ",",
            !CueVerbs.takesObject.contains(lemma), cue.upperBound < end,
            t[cue.upperBound].isWord, t[cue.upperBound].isCapitalized,
            let speaker = Attribution.subjectAfter(p, from: cue.upperBound, limit: end),
            speaker.kind == .name, endsSentence(speaker, end: end),
            // `..., said Sunday.`
            !Attribution.capitalisedFunctionWords.contains(t[cue.upperBound].lower),
            let found = content.before(sentence.lowerBound, cue.lowerBound, lemma: lemma)
        {
            return make(
                found, cue: cueText, speaker: speaker, anchor: cue.lowerBound,
                splitFrom: speaker.tokens.upperBound, sentence: sentence)
        }
        // `Ann Lee, who said she would run, won the seat`: the relative clause's own claim,
        // cut where the main clause takes over.
        if let found = relativeClaim(
            cue: cue, lemma: lemma, cueText: cueText, sentence: sentence)
        {
            return found
        }
        // `"...," shop owner Ann Lee, told Kestrel Press`: a stray comma before a verb that
        // is never inverted, right after the name that follows a quotation (not after an
        // appositive, `Ann Lee, a trader, told`), still leaves its subject before it.
        let strayComma =
            cue.lowerBound - 1 > sentence.lowerBound && t[cue.lowerBound - 1].text == ","
            && Self.addresseeFirst.contains(lemma) && t[cue.lowerBound - 2].isCapitalized
            && followsQuotation(cue.lowerBound - 2, sentence: sentence)
        if let speaker = Attribution.subjectBefore(
            p, cue: strayComma ? cue.lowerBound - 1 : cue.lowerBound, floor: sentence.lowerBound),
            !strayComma || speaker.kind == .name
        {
            var after = content.after(cue.upperBound, lemma: lemma, end: end)
            // A question put by someone unnamed (`a reporter asked whether ...`) is no claim
            // the archive can attribute.
            if lemma == "ask", speaker.kind == .description || speaker.kind == .source,
                after?.kind == .indirect
            {
                after = nil
            }
            var before: ReportedContent.Found? = nil
            var s = speaker.tokens.lowerBound
            // `"…," TV co-anchor Ann Lee said`, `CLAUSE, Lee's longtime confidant
            // Tom Hart said`, `"…," state Sen. Ann Lee said`: a few describing words between
            // the claim and the name; after a quotation, also a name joined by `and` (`"…,"
            // Tom Hart and Ann Lee said`), and a title with `of` or `and` in it (`"…,"
            // director of rugby Ann Lee said`, `"…," Acme sales and marketing manager Ann Lee
            // said`).
            if speaker.kind == .name, s > sentence.lowerBound, t[s - 1].isWord {
                var k = s - 1
                var joined = false
                var titled = false
                while k > sentence.lowerBound, s - k < (joined ? 10 : titled ? 8 : 6),
                    t[k].isWord, !t[k].isInsideQuote,
                    CueVerbs.lemma(t[k].lower) == nil || isNounState(k, sentence)
                {
                    if t[k].lower == "and", t[k - 1].isCapitalized {
                        joined = true
                    } else if joinsTitleWords(k) {
                        titled = true
                    } else if Attribution.nonHeads.contains(t[k].lower) {
                        break
                    }
                    k -= 1
                }
                // Joined names are names and roles only (not `about Labour and Tory plans`), with
                // the words that make a title (`state Senate leader Ann Lee and House Speaker
                // Tom Hart`).
                let namesOnly =
                    !joined
                    || (k + 1..<s).allSatisfy { m in
                        t[m].isCapitalized || t[m].lower == "and"
                            || Titles.roleNouns.contains(t[m].lower)
                            || m + 1 < s && t[m + 1].lower != "and"
                                && !Self.prepositions.contains(t[m].lower)
                                && (m == k + 1 || !Titles.determiners.contains(t[m].lower))
                                && (t[m + 1].isCapitalized
                                    || Titles.roleNouns.contains(t[m + 1].lower))
                    }
                if k >= sentence.lowerBound, !t[k].isInsideQuote, namesOnly,
                    t[k].kind == .quoteMark && p.quoteByClose[t[k].start] != nil
                        || !joined && t[k].text == "," && describesName(k + 1..<s)
                {
                    s = k + 1
                }
            }
            // `"…," the assailant, John McGraw, told`, `"…," Lee's niece, state Sen. Ann Lee,
            // said`: the description the name stands in apposition to is no part of the claim.
            if speaker.kind == .name, s > sentence.lowerBound, t[s - 1].text == ",",
                let head = appositiveHead(endingBefore: s - 1, sentence: sentence)
            {
                s = head
            }
            if s > sentence.lowerBound,
                t[s - 1].text == "," || t[s - 1].kind == .quoteMark
                    || t[s - 1].kind == .dash
            {
                before = content.before(sentence.lowerBound, s, lemma: lemma)
            }
            // `said instead of the era the council had promised, there had been delays`: a verb
            // inside a claim found already, its object left behind it before a comma, reports
            // neither the words back over the verb whose claim holds it nor those after it.
            // An aside (`which, they claim, would`, `as Lee said, if ...`) reports on.
            let subjectStart = speaker.tokens.lowerBound
            if isInsideLastClaim(cue.lowerBound), cue.upperBound < end,
                t[cue.upperBound].text == ",", subjectStart > sentence.lowerBound,
                t[subjectStart - 1].isWord || t[subjectStart - 1].kind == .quoteMark,
                t[subjectStart - 1].lower != "as"
            {
                if let b = before, let last = quotes.last, b.tokens.contains(last.anchor) {
                    before = nil
                }
                if before == nil, let a = after, a.kind != .direct { after = nil }
            }
            // With no claim before the verb, a comma and a conjunction after it join another
            // clause (with one, `The plan, she said, but not its cost, ...` goes on with the
            // interrupted claim).
            if before == nil, let found = after, joinsAnotherClause(found) { after = nil }
            // `"…?" Miller said pleasantly.` after a sentence break: the quotation before.
            if before == nil, s == sentence.lowerBound,
                after == nil
                    || after?.kind == .indirect
                        && (after?.tokens.count ?? 0) < 6,
                let found = orphan(cue: cueText, speaker: speaker, at: cue, sentence: sentence)
            {
                return found
            }
            // `... "down the line" he warned: "It will not ..."`: a colon hands the verb the
            // quotation after it.
            let colonQuotation =
                after?.kind == .direct && cue.upperBound < end && t[cue.upperBound].text == ":"
            // `Speaking on ABC's "This Week," Lee admitted that ...`: a clause with `that`
            // after the verb is its claim, though the opening words quote a title.
            // So is any clause after the verb when the opening words quote only titles
            // (`Sunday, on Channel 9's "Harbour Talk," Lee said the plan ...`).
            let thatClause =
                before?.kind == .mixed
                && (after?.afterThat == true
                    || after != nil && before.map { quotesOnlyTitles($0.tokens) } == true)
            // `The risk, he said, is a clash`: a clause the attribution interrupts is one claim
            // in two pieces.
            if let before, let after, cue.upperBound < end, t[cue.upperBound].text == ",",
                let quote = interrupted(
                    before, after, cue: cueText, speaker: speaker, anchor: cue.lowerBound)
            {
                return quote
            }
            // `This campaign, he says, is different.`: halves too short to be claims alone;
            // `The trouble, he says, began in 1970 ...`: an opening too short to be one, before
            // the rest of its clause.
            if before == nil, s > sentence.lowerBound, t[s - 1].text == ",",
                after.map({
                    $0.tokens.lowerBound == cue.upperBound + 1
                        && opensLikeSubject(sentence.lowerBound)
                }) ?? true,
                let halves = shortHalves(around: s - 1..<(cue.upperBound + 1), sentence: sentence),
                let quote = interrupted(
                    halves.0, after ?? halves.1, cue: cueText, speaker: speaker,
                    anchor: cue.lowerBound)
            {
                return quote
            }
            if let b = before,
                content.isOpeningAdjunct(b, rest: cue.upperBound..<end)
                    || isAttributedSubordinateClause(b.tokens)
            {
                before = nil
            }
            // `..., Lee said in his book, "A Harbour Son."`: a title after an adjunct is no
            // claim; the clause before is.
            let titleAfter =
                after.map {
                    $0.kind == .direct && t[cue.upperBound].isWord
                        && !t[cue.upperBound].isInsideQuote && quotesOnlyTitles($0.tokens)
                } ?? false
            let takesBefore =
                before.map { after == nil || $0.kind != .indirect || titleAfter } ?? false
                && !colonQuotation && !thatClause
            return settle(
                before: takesBefore ? before : nil, after: after, clause: s, cue: cue,
                cueText: cueText, speaker: speaker, sentence: sentence)
        }
        var prev = cue.lowerBound - 1
        while prev >= sentence.lowerBound, t[prev].isWord,
            Attribution.auxiliaries.contains(t[prev].lower)
        {
            prev -= 1
        }
        // `He praised them but said, "..."`: the verb shares the sentence's subject.
        if prev > sentence.lowerBound, ["and", "but"].contains(t[prev].lower),
            let speaker = sentenceSpeaker ?? clauseSubject(before: prev, sentence: sentence)
        {
            if let after = content.after(cue.upperBound, lemma: lemma, end: end) {
                return make(after, cue: cueText, speaker: speaker, anchor: cue.lowerBound)
            }
            noteLeadIn(cue: cueText, speaker: speaker, at: cue, sentence: sentence)
            return nil
        }
        // Inverted: `"...," said Mr Bailey` or `..., said the officer.`; never `told`, whose
        // name after it is the one told (`"...," Ann Lee, told Kestrel Press`).
        guard prev >= sentence.lowerBound, !Self.addresseeFirst.contains(lemma),
            t[prev].text == "," || (t[prev].kind == .quoteMark && !t[prev].isInsideQuote)
        else { return nil }
        let inverted = Attribution.invertedSubject(p, from: cue.upperBound, limit: end)
        // `Ann Lee, who ran in 2010 and lost, said it would help`: a clause follows the verb,
        // so the words before the comma hold its subject: the name that opens the sentence.
        if inverted.map({ opensClause($0, end: end) }) ?? true, t[prev].text == ",",
            let speaker = subject(of: sentence, before: prev), speaker.kind == .name,
            speaker.tokens.lowerBound == sentence.lowerBound,
            speaker.tokens.upperBound < end,
            [",", "("].contains(t[speaker.tokens.upperBound].text),
            let found = content.after(cue.upperBound, lemma: lemma, end: end)
        {
            return make(found, cue: cueText, speaker: speaker, anchor: cue.lowerBound)
        }
        guard let speaker = inverted, !opensClause(speaker, end: end),
            let found = content.before(sentence.lowerBound, prev + 1, lemma: lemma)
        else {
            return nil
        }
        return make(
            found, cue: cueText, speaker: speaker, anchor: cue.lowerBound,
            splitFrom: speaker.tokens.upperBound, sentence: sentence)
    }

    /// `But even as Lee claimed that "…", one of the officers said the cases differ`: a
    /// subordinate clause whose own verb reported a claim already is no claim of the verb
    /// after it.
    func isAttributedSubordinateClause(_ range: Range<Int>) -> Bool {
        let t = p.tokens
        guard
            let opener = range.first(where: {
                t[$0].isWord && !["but", "and", "yet", "even"].contains(t[$0].lower)
            }),
            !t[opener].isInsideQuote, ReportedContent.subordinators.contains(t[opener].lower)
        else { return false }
        return quotes.contains { range.contains($0.anchor) && !t[$0.anchor].isInsideQuote }
    }

    /// The claim of a speaker named before the verb: `before`, the words before the clause
    /// that starts at `clause`, when given; else `after`, the words after the verb; else the
    /// quotation that ends the sentence before, for a clause that opens its sentence; else
    /// nothing, and the attribution may lead in the next quotation.
    mutating func settle(
        before: ReportedContent.Found?, after: ReportedContent.Found?, clause: Int,
        cue: Range<Int>, cueText: String, speaker: SpeakerMention, sentence: Range<Int>
    ) -> QuoteCandidate? {
        if let before {
            return make(
                before, cue: cueText, speaker: speaker, anchor: cue.lowerBound,
                splitFrom: cue.upperBound, sentence: sentence)
        }
        if let after {
            return make(after, cue: cueText, speaker: speaker, anchor: cue.lowerBound)
        }
        if clause == sentence.lowerBound,
            let found = orphan(cue: cueText, speaker: speaker, at: cue, sentence: sentence)
        {
            return found
        }
        noteLeadIn(cue: cueText, speaker: speaker, at: cue, sentence: sentence)
        return nil
    }

    /// Going back from `i`, a closing quotation mark comes before any comma.
    private func followsQuotation(_ i: Int, sentence: Range<Int>) -> Bool {
        let t = p.tokens
        var k = i
        while k >= sentence.lowerBound {
            if t[k].kind == .quoteMark { return p.quoteByClose[t[k].start] != nil }
            if t[k].text == "," { return k > sentence.lowerBound && t[k - 1].kind == .quoteMark }
            k -= 1
        }
        return false
    }

    /// Reporting verbs whose object is what they report (`announced debts of $62m`,
    /// `revealed plans`): with one after them they claim no quotation before.
    static let objectReporters: WordSet = [
        "announce", "reveal", "confirm", "report", "unveil", "disclose", "publish", "post",
        "estimate", "predict", "forecast", "promise", "pledge", "propose", "deny",
    ]

    /// Reporting verbs whose object always comes first, so that they never stand before
    /// their subject (`"...," assured Ann Lee` is English, `"...," told Ann Lee` is not).
    private static let addresseeFirst: WordSet = ["tell"]

    /// `— as many believe, and Democrats are alleging, but Moscow denies —`: what follows the
    /// verb opens with a comma and a conjunction, which join another clause rather than
    /// report one.
    func joinsAnotherClause(_ found: ReportedContent.Found) -> Bool {
        let t = p.tokens
        let first = found.tokens.lowerBound
        return !found.afterThat && first > 0 && t[first - 1].text == ","
            && ReportedContent.coordinators.contains(t[first].lower)
    }

    /// Every quotation in `range` is short and in capitals (`on Channel 9's “Harbour Talk,”`,
    /// `his book “The Harbour Years,”`, `to chants of “Lee! Lee!”`): a title or a name
    /// called out, which sets the scene rather than quoting a claim.
    func quotesOnlyTitles(_ range: Range<Int>) -> Bool {
        let t = p.tokens
        var words = 0
        for k in range where t[k].isInsideQuote && t[k].isWord {
            words += 1
            guard t[k].isCapitalized || Self.titleFunctionWords.contains(t[k].lower) else {
                return false
            }
        }
        return words > 0 && words <= 8
    }

    /// Lower-case words inside a title in capitals.
    static let titleFunctionWords: WordSet = [
        "of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by",
    ]

    /// The words in `range`, between a comma and a name, describe the name (`Lee's
    /// longtime confidant`, `the group's treasurer`). A conjunction or a preposition opens a
    /// clause of its own (`since Lee spoke`), and a determiner a relative clause (`a word
    /// Lee repeated`) unless a role noun ends the words.
    func describesName(_ range: Range<Int>) -> Bool {
        let t = p.tokens
        var determiner = false
        for k in range where !t[k].isCapitalized {
            let w = t[k].lower
            if Self.prepositions.contains(w) || Self.clauseLinks.contains(w) { return false }
            if Titles.determiners.contains(w) { determiner = true }
        }
        guard determiner, let last = range.last else { return true }
        return Titles.roleNouns.contains(t[last].lower)
            || Titles.titleHeads.contains(t[last].lower)
    }

    /// The `of` or `and` at token `k` joins the words of a title before a name: `director of
    /// rugby`, `chief of staff`, `sales and marketing manager`.
    private func joinsTitleWords(_ k: Int) -> Bool {
        let t = p.tokens
        guard k - 1 >= 0, k + 1 < t.count, t[k - 1].isWord, t[k + 1].isWord,
            !t[k - 1].isCapitalized, !t[k + 1].isCapitalized, !t[k - 1].isPossessive,
            !Titles.determiners.contains(t[k + 1].lower),
            !Attribution.nonHeads.contains(t[k - 1].lower),
            !Attribution.nonHeads.contains(t[k + 1].lower)
        else { return false }
        switch t[k].lower {
        case "of":
            return Titles.titleHeads.contains(t[k - 1].lower)
                || Titles.roleNouns.contains(t[k - 1].lower)
        case "and":
            return true
        default:
            return false
        }
    }

    /// Where a short description for a person that ends before token `comma` begins, when a
    /// closed quotation or a comma stands before it: `the assailant` and `Lee's niece` in `"…,"
    /// the assailant, John McGraw, told`.
    private func appositiveHead(endingBefore comma: Int, sentence: Range<Int>) -> Int? {
        let t = p.tokens
        var k = comma - 1
        while k > sentence.lowerBound, comma - k <= 5, t[k].isWord, !t[k].isInsideQuote {
            k -= 1
        }
        let first = k + 1
        guard first < comma, k >= sentence.lowerBound, !t[k].isInsideQuote,
            t[k].text == "," || t[k].kind == .quoteMark && p.quoteByClose[t[k].start] != nil,
            case let last = t[comma - 1].lower,
            Titles.roleNouns.contains(last) || EntityExtractor.kinNouns.contains(last),
            Titles.determiners.contains(t[first].lower)
                || t[first].isPossessive && t[first].isCapitalized
        else { return nil }
        return first
    }

    /// Conjunctions that open a clause of their own.
    static let clauseLinks: WordSet = [
        "as", "yet", "although", "though", "unless", "until", "whereas", "once", "where",
    ]

    /// Token `i` stands inside the words of the last claim found in this passage.
    func isInsideLastClaim(_ i: Int) -> Bool {
        guard let last = quotes.last else { return false }
        let at = p.tokens[i].start
        return last.fragments.contains { $0.contains(at) }
    }

    /// `The risk, he said, is a clash`, `That is wrong, according to Lee, because ...`: one
    /// indirect claim in two pieces around its attribution, the first keeping its comma.
    mutating func interrupted(
        _ before: ReportedContent.Found, _ after: ReportedContent.Found, cue: String,
        speaker: SpeakerMention, anchor: Int
    ) -> QuoteCandidate? {
        let t = p.tokens
        guard before.kind == .indirect, after.kind == .indirect,
            var quote = make(before, cue: cue, speaker: speaker, anchor: anchor)
        else { return nil }
        let comma = before.tokens.upperBound
        if comma < t.count, t[comma].text == ",", let first = quote.fragments.first {
            quote.fragments[0] = first.lowerBound..<t[comma].end
        }
        quote.fragments.append(
            t[after.tokens.lowerBound].start..<t[after.tokens.upperBound - 1].end)
        return quote
    }

    /// The two halves of a short clause around an attribution set off by commas (`This
    /// campaign`, `is different` around `, he says,`): the first opens the sentence, the
    /// second goes on with a lower-case word, and neither holds a quotation.
    func shortHalves(
        around attribution: Range<Int>, sentence: Range<Int>
    ) -> (ReportedContent.Found, ReportedContent.Found)? {
        let t = p.tokens
        // `..., he says.` at the sentence's end interrupts nothing.
        guard attribution.upperBound < sentence.upperBound else { return nil }
        let first = sentence.lowerBound..<attribution.lowerBound
        var end = sentence.upperBound
        while end > attribution.upperBound, !t[end - 1].isWord { end -= 1 }
        let second = attribution.upperBound..<end
        guard t[attribution.upperBound - 1].text == ",", !first.isEmpty, !second.isEmpty,
            t[first.lowerBound].isWord, t[second.lowerBound].isWord,
            !t[second.lowerBound].isCapitalized,
            !t[first].contains(where: { $0.isInsideQuote || $0.kind == .quoteMark }),
            !t[second].contains(where: { $0.isInsideQuote || $0.kind == .quoteMark }),
            t[first].filter(\.isWord).count + t[second].filter(\.isWord).count >= 3
        else { return nil }
        return (
            ReportedContent.Found(kind: .indirect, tokens: first, span: nil),
            ReportedContent.Found(kind: .indirect, tokens: second, span: nil)
        )
    }

    /// The word at `i` may open a clause's subject (`The trouble`, `That`), not an adverb or
    /// an adjunct (`However`, `In fact`, `But now`).
    func opensLikeSubject(_ i: Int) -> Bool {
        let w = p.tokens[i].lower
        return p.tokens[i].isWord && !w.hasSuffix("ly")
            && !ReportedContent.adjunctOpeners.contains(w)
            && !ReportedContent.subordinators.contains(w)
            && !EntityExtractor.clauseAdverbs.contains(w)
            && !EntityExtractor.sentenceAdverbs.contains(w)
            && !Self.connectives.contains(w)
    }

    /// Words that join a sentence to the one before, beside the adverbs of ``EntityExtractor``.
    static let connectives: WordSet = [
        "but", "and", "yet", "so", "or", "already", "sometimes", "even", "most", "far",
    ]

    /// The words after an inverted verb are the subject of the reported clause, not the
    /// speaker: `..., said he voted for Lee`, `..., said the campaign is taking nothing for
    /// granted`. A pronoun speaks only at the clause's end (`..., said he.`).
    func opensClause(_ speaker: SpeakerMention, end: Int) -> Bool {
        let t = p.tokens
        let next = speaker.tokens.upperBound
        guard next < end, t[next].isWord else { return false }
        return speaker.kind == .pronoun || Self.finiteAuxiliaries.contains(t[next].lower)
    }

    /// The speaker after an inverted verb closes the sentence, alone or with an appositive
    /// that holds no clause (`, said Ann Lee, director of the fund.`).
    func endsSentence(_ speaker: SpeakerMention, end: Int) -> Bool {
        let t = p.tokens
        var k = speaker.tokens.upperBound
        guard k < end else { return true }
        if [".", "!", "?", ";"].contains(t[k].text) { return true }
        guard t[k].text == "," else { return false }
        k += 1
        guard k < end, t[k].isWord, !Attribution.pronouns.contains(t[k].lower) else {
            return false
        }
        while k < end {
            if t[k].isInsideQuote || t[k].kind == .quoteMark { return false }
            if t[k].isWord,
                Self.finiteAuxiliaries.contains(t[k].lower) || CueVerbs.lemma(t[k].lower) != nil
            {
                return false
            }
            k += 1
        }
        return true
    }

    /// Conjunctions that open a clause before a sentence's main clause (`When Lee died, ...`).
    static let subordinators: WordSet = [
        "when", "after", "as", "while", "before", "although", "though", "if", "because",
        "since", "once", "until", "whereas",
    ]

    /// The part of a sentence after an opening subordinate clause and its comma, or the
    /// whole sentence.
    func mainClause(_ sentence: Range<Int>) -> Range<Int> {
        let t = p.tokens
        guard let first = sentence.first, Self.subordinators.contains(t[first].lower),
            let comma = sentence.first(where: { t[$0].text == "," && !t[$0].isInsideQuote }),
            comma + 1 < sentence.upperBound
        else { return sentence }
        return (comma + 1)..<sentence.upperBound
    }

    /// Auxiliaries that make the words before them a clause's subject.
    static let finiteAuxiliaries: WordSet = [
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should",
        "can", "may", "might", "must", "does", "did", "do",
    ]

    /// A reporting verb after `index` in the sentence has a subject just before it (`...,"
    /// Lee said`, `..., she added`).
    func hasLaterAttribution(after index: Int, sentence: Range<Int>) -> Bool {
        let t = p.tokens
        return (index + 1..<sentence.upperBound).contains { k in
            t[k].isWord && !t[k].isInsideQuote && !CueVerbs.isParticiple(t[k].lower)
                && CueVerbs.lemma(t[k].lower) != nil && t[k - 1].isWord
                && (t[k - 1].isCapitalized || Attribution.pronouns.contains(t[k - 1].lower))
        }
    }

    /// An attribution with nothing to report: `Sam Lau said in a statement. "There are ..."`
    /// takes the quotation that opens the next sentence, unless a quotation stands between
    /// them (`... as many believe — "Why?" asked Lee. "..."`); one that closes the passage
    /// with a colon is kept for the next passage.
    mutating func noteLeadIn(
        cue: String, speaker: SpeakerMention, at verb: Range<Int>, sentence: Range<Int>
    ) {
        subjectWithoutClaim = speaker
        let t = p.tokens
        if sentence.upperBound < t.count, t[sentence.upperBound].kind == .quoteMark,
            !t[verb.upperBound..<sentence.upperBound].contains(where: { $0.kind == .quoteMark }),
            let q = p.quoteByOpen[t[sentence.upperBound].start], !consumed[q],
            !hasOwnAttribution(q)
        {
            consumed[q] = true
            quotes.append(
                QuoteCandidate(
                    kind: .direct, passage: p.order,
                    fragments: [p.quotes[q].contentStart..<p.quotes[q].contentEnd], cue: cue,
                    speaker: speaker, anchor: sentence.lowerBound))
            return
        }
        guard sentence.upperBound == t.count, let last = t.last, last.text == ":" else { return }
        leadIn = (cue, speaker)
    }

    /// `"...," Mr Lee said.`: a reporting verb follows the quotation's closing mark within a
    /// few words, so the quotation is attributed there and no lead-in before it may take it.
    func hasOwnAttribution(_ q: Int) -> Bool {
        let t = p.tokens
        let span = p.quotes[q]
        guard !span.isUnclosed,
            let close = t.firstIndex(where: { $0.start == span.close && $0.kind == .quoteMark })
        else { return false }
        var k = close + 1
        while k < t.count, k - close <= 6, t[k].kind != .quoteMark,
            t[k].sentence == t[close].sentence
        {
            if t[k].isWord, CueVerbs.lemma(t[k].lower) != nil { return true }
            k += 1
        }
        return false
    }

    /// `Pew Research: "..."`: a name, a colon and a quotation.
    mutating func colonAttribution() {
        let t = p.tokens
        // The kind first: comparing every token's text with ":" cost more than the rest.
        for c in t.indices
        where t[c].kind == .punctuation && t[c].text == ":" && !t[c].isInsideQuote && c > 0 {
            let floor = p.sentence(of: c).lowerBound
            var found = Attribution.nounPhrase(endingAt: c - 1, p, floor: floor)
            // `... doesn't surprise Republican pollster Daron Shaw: "..."`: a name introduced
            // by its role noun speaks too, unless a preposition makes it an object (`a message
            // to the newspaper NRC Handelsblad:`); a quotation `from` a name is the name's
            // (`More from Jones:`).
            if let f = found,
                f.kind == .pronoun
                    || !(f.tokens.lowerBound == floor || t[f.tokens.lowerBound - 1].kind == .dash
                        || (f.kind == .name && t[f.tokens.lowerBound - 1].lower == "from")
                        || (f.kind == .name
                            && !Self.objectPrepositions.contains(t[f.tokens.lowerBound - 1].lower)
                            && t[f.tokens].contains(where: {
                                $0.isWord && !$0.isCapitalized
                                    && Titles.roleNouns.contains($0.lower)
                            })))
            {
                found = nil
            }
            if let f = found, f.kind == .description,
                Self.documents.contains(t[f.tokens.upperBound - 1].lower)
            {
                found = nil
            }
            // `Kasich resisted: "..."`, `On July 6, Kasich made this comment:`: the sentence's
            // subject speaks; after an opening clause (`When Lee died, Ann Ray said:`), the
            // main clause's.
            let main = mainClause(floor..<c)
            if found == nil, c - main.lowerBound <= 16,
                let subject = subject(of: main, before: c, objectsSpeak: true),
                subject.tokens.lowerBound <= main.lowerBound + 3
                    || t[subject.tokens.lowerBound - 1].text == ","
            {
                found = subject
            }
            // `Clinton's response was: "..."`: the one whose reply it is speaks.
            if found == nil, c - 3 >= floor, ["was", "is"].contains(t[c - 1].lower),
                Self.replies.contains(t[c - 2].lower), t[c - 3].isPossessive,
                t[c - 3].isCapitalized,
                let owner = Attribution.nounPhrase(endingAt: c - 3, p, floor: floor),
                owner.kind == .name
            {
                found = owner
            }
            guard let speaker = found else { continue }
            if c + 1 == t.count {
                if leadIn == nil { leadIn = (":", speaker) }
                continue
            }
            guard t[c + 1].kind == .quoteMark,
                let q = p.quoteByOpen[t[c + 1].start], !consumed[q]
            else {
                continue
            }
            consumed[q] = true
            quotes.append(
                QuoteCandidate(
                    kind: .direct, passage: p.order,
                    fragments: [p.quotes[q].contentStart..<p.quotes[q].contentEnd], cue: ":",
                    speaker: speaker, anchor: c))
        }
    }

    /// Nouns for what someone said in reply.
    static let replies: WordSet = [
        "response", "reply", "answer", "reaction", "retort", "message", "verdict", "advice",
    ]

    /// Words after which a noun phrase is an object, not a speaker.
    static let objectPrepositions: WordSet = [
        "to", "with", "for", "from", "by", "of", "at", "on", "about", "told", "asked", "and",
    ]

    /// `— Hillary Clinton.` alone in its passage, or the credit line of a quotation set apart
    /// from the text (`Dean Lee, Centre for Policy Research."`).
    func signature() -> (cue: String?, speaker: SpeakerMention)? {
        let t = p.tokens
        guard p.section == .body, t.count >= 2 else { return nil }
        guard t.count <= 14, t[0].kind == .dash || t[0].text == "-" || t[0].text == "~" else {
            return creditLine().map { (nil, $0) }
        }
        guard let speaker = Attribution.subjectAfter(p, from: 1, limit: t.count) else { return nil }
        let rest = speaker.tokens.upperBound
        if rest < t.count, t[rest].text != "," && t[rest].text != "." { return nil }
        return ("—", speaker)
    }

    /// `Dean Lee, Centre for Policy Research, on the budget."`: a passage that names someone,
    /// says who they are without a verb, and ends with the closing mark of the quotation the
    /// passage before opened (a pull quote and its credit, each a paragraph of its own).
    private func creditLine() -> SpeakerMention? {
        let t = p.tokens
        guard t.count <= 30, let last = t.last, last.kind == .quoteMark, p.quotes.isEmpty,
            t.dropLast().allSatisfy({ $0.kind != .quoteMark }),
            t[0].isWord, t[0].isCapitalized,
            let speaker = Attribution.subjectAfter(p, from: 0, limit: t.count - 1),
            speaker.kind == .name, speaker.tokens.lowerBound == 0,
            [",", ".", last.text].contains(t[speaker.tokens.upperBound].text),
            !t.contains(where: isLowerCaseCue)
        else { return nil }
        return speaker
    }

    private func isLowerCaseCue(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && CueVerbs.lemma(token.lower) != nil
    }

    /// Writings that a subject issues, whose `saying` reports the subject's claim.
    static let issuedWritings: WordSet = [
        "statement", "release", "letter", "email", "memo", "tweet", "post", "message", "note",
        "video", "ad", "speech",
    ]

    /// The pronouns that stand for a speaker as a clause's subject.
    static let personalPronouns: WordSet = ["he", "she", "they"]

    /// Documents whose "saying" speaks for the sentence's subject (`issued a statement saying`).
    static let documents: WordSet = [
        "statement", "email", "letter", "release", "memo", "post", "tweet", "video", "ad",
        "message", "note", "report", "sign", "signs", "banner", "poster", "interview", "speech",
    ]

    /// The subject of the clause a coordinated verb belongs to (`he called her "weak" and
    /// said ...`): the nearest pronoun or name that opens a clause.
    func clauseSubject(before limit: Int, sentence: Range<Int>) -> SpeakerMention? {
        let t = p.tokens
        var i = limit - 1
        while i >= sentence.lowerBound, limit - i < 25 {
            let tok = t[i]
            if tok.isWord, !tok.isInsideQuote {
                if Self.personalPronouns.contains(tok.lower) {
                    return SpeakerMention(kind: .pronoun, tokens: i..<(i + 1))
                }
                if tok.isCapitalized, !tok.isPossessive,
                    i + 1 < t.count, !t[i + 1].isCapitalized || !t[i + 1].isWord,
                    let phrase = Attribution.nounPhrase(endingAt: i, p, floor: sentence.lowerBound),
                    phrase.tokens.lowerBound == sentence.lowerBound
                        || !t[phrase.tokens.lowerBound - 1].isWord
                        || ["and", "but", "when", "as", "while", "which", "who", "that", "whom"]
                            .contains(t[phrase.tokens.lowerBound - 1].lower),
                    isClauseSubject(phrase, sentence: sentence)
                {
                    return phrase
                }
            }
            i -= 1
        }
        return nil
    }

    /// The phrase may be a clause's subject: no sentence adverb (`However, ...`), and after a
    /// conjunction only with its verb next (`and Lee said`), for a name that a comma follows
    /// there is joined to another (`between the U.S. and Mexico, and has promised`). A name
    /// after a comma may have an appositive (`One of them, Ann Lee, 70, had ...`).
    func isClauseSubject(_ phrase: SpeakerMention, sentence: Range<Int>) -> Bool {
        let t = p.tokens
        let first = phrase.tokens.lowerBound
        if phrase.tokens.count == 1,
            t[first].lower.hasSuffix("ly") || EntityExtractor.clauseAdverbs.contains(t[first].lower)
        {
            return false
        }
        guard first > sentence.lowerBound, t[first - 1].isWord else { return true }
        let next = phrase.tokens.upperBound
        return next < t.count && t[next].isWord && !t[next].isCapitalized
    }

    /// The capitalised `-ing` word at token `i`, which opens a sentence, is a participle
    /// (`Speaking on ABC, Lee said`), not a name that ends so (`Groening heaped praise`, `King
    /// said`): a name is a first name (`Sterling`), or a word the article never writes in lower
    /// case with a finite verb after it.
    private func isOpeningGerund(_ i: Int) -> Bool {
        let t = p.tokens
        let w = t[i].lower
        guard w.hasSuffix("ing"), !FirstNames.contains(w) else { return false }
        guard !vocabulary.contains(w), w != "having",
            CueVerbs.lemma(w) == nil, i + 1 < t.count,
            t[i + 1].isWord, !t[i + 1].isCapitalized, !t[i + 1].isInsideQuote
        else { return true }
        let next = t[i + 1].lower
        // A verb in the past or with an auxiliary: `Facing questions from ...` is a
        // participle and its object, whatever `questions` can also be.
        let finite =
            Attribution.auxiliaries.contains(next) && !next.hasSuffix("ing")
            || next.hasSuffix("ed")
            || CueVerbs.lemma(next) != nil && !CueVerbs.isParticiple(next) && !next.hasSuffix("s")
        return !finite
    }

    /// The subject of a sentence: its first name or pronoun outside quotation marks.
    /// `objectsSpeak` keeps a name after a preposition (`More from Ann Lee:`); `firstName`
    /// takes the first name wherever it stands, places, dates and asides included.
    func subject(
        of sentence: Range<Int>, before limit: Int, objectsSpeak: Bool = false,
        firstName: Bool = false
    ) -> SpeakerMention? {
        let t = p.tokens
        var i = sentence.lowerBound
        // Where the last name skipped as a place or an object ended (`in Ames, Iowa,`).
        var skippedEnd = -1
        while i < min(limit, sentence.lowerBound + 40) {
            // `Washington (AFP) –`, `Ann Lee (R-Ohio)`: a short aside is no subject.
            if !firstName, t[i].kind == .punctuation, t[i].text == "(", !t[i].isInsideQuote,
                let close = t[i..<min(limit, i + 6)].firstIndex(where: { $0.text == ")" })
            {
                i = close + 1
                continue
            }
            if t[i].isWord, !t[i].isInsideQuote {
                if Self.personalPronouns.contains(t[i].lower) {
                    return SpeakerMention(kind: .pronoun, tokens: i..<(i + 1))
                }
                if t[i].isCapitalized, !Attribution.capitalisedFunctionWords.contains(t[i].lower),
                    !(i == sentence.lowerBound && isOpeningGerund(i)),
                    firstName || i > sentence.lowerBound
                        || !(t[i].lower.hasSuffix("ly")
                            || EntityExtractor.clauseAdverbs.contains(t[i].lower)),
                    !(i == sentence.lowerBound && vocabulary.contains(t[i].lower)
                        && !FirstNames.contains(t[i].lower))
                {
                    var j = i
                    while j + 1 < limit, t[j + 1].isWord,
                        t[j + 1].isCapitalized || t[j + 1].text == "."
                    {
                        j += 1
                        if t[j].isPossessive { break }
                    }
                    // `WASHINGTON (AP) —`: a dateline, not the subject; `Sen. Ann Lee (D-Ohio)`
                    // is a name with its party and state.
                    if j + 1 < t.count,
                        t[j + 1].kind == .dash
                            || t[j + 1].text == "(" && isDateline(i, j + 1)
                                && !(j + 2 < t.count && Attribution.isPartyTag(t[j + 2]))
                    {
                        i = j + 1
                        continue
                    }
                    // `At a rally in Ames, Iowa, on Sunday, Mrs. Lee said`: the object of a
                    // preposition, a place set off by commas or a date is no subject.
                    let run = t[i...j].filter(\.isWord)
                    var after = j + 1
                    if after < t.count, t[after].text == "." { after += 1 }
                    let followedByComma = after < t.count && t[after].text == ","
                    if firstName {
                        // the first name, wherever it stands
                    } else if !objectsSpeak && !t[j].isPossessive
                        && isPrepositionalObject(i, sentence)
                    {
                        // `at the University of Elmford`: the object runs on past `of`.
                        i = nameEnd(after: j, limit: limit)
                        skippedEnd = i
                        continue
                    } else if (followedByComma && i > 0 && t[i - 1].text == ","
                        && i - 1 == skippedEnd)
                        || (followedByComma && (t[i].isAllCaps || (i > 0 && t[i - 1].text == ","))
                            && Gazetteer.isPlace(run.map(\.lower).joined(separator: " ")))
                        || (after < t.count && t[after].kind == .number)
                    {
                        i = j + 1
                        skippedEnd = i
                        continue
                    }
                    // `Democratic presidential nominee Hillary Clinton`: a modifier, not the name.
                    if run.allSatisfy({
                        OrganisationLexicon.notNames.contains($0.lower)
                            || Titles.titleModifiers.contains($0.lower)
                    }) {
                        i = j + 1
                        continue
                    }
                    if t[j].isPossessive {
                        // `Shortly after Scalia's death, Lee issued a statement saying`: the
                        // possessor stands in an opening adjunct; the subject follows it.
                        if opensWithAdjunct(sentence),
                            let comma = (j + 1..<limit).first(where: {
                                t[$0].text == "," && !t[$0].isInsideQuote
                            })
                        {
                            i = comma + 1
                            continue
                        }
                        // `Lee's campaign sent out a press release saying ...`: the possessor's
                        // spokesman or body is the subject.
                        if !firstName, j + 2 < limit, t[j + 1].isWord, !t[j + 1].isCapitalized,
                            Titles.roleNouns.contains(t[j + 1].lower)
                                || Titles.organisationNouns.contains(t[j + 1].lower),
                            t[j + 2].isWord, !t[j + 2].isCapitalized
                        {
                            return SpeakerMention(kind: .description, tokens: i..<(j + 2))
                        }
                        return nil
                    }
                    // `Lee supporters interrupted`: a name before a plural noun for people
                    // modifies it; the people speak.
                    if !firstName, j + 1 < limit, t[j + 1].isWord, !t[j + 1].isCapitalized,
                        Titles.isPluralRoleNoun(t[j + 1].lower)
                    {
                        return SpeakerMention(kind: .description, tokens: i..<(j + 2))
                    }
                    // `Washington Post columnist Ann Lee`: the name after the role speaks.
                    if let end = Attribution.nameAfterRole(p, from: j + 1, limit: limit) {
                        return SpeakerMention(kind: .name, tokens: i..<end)
                    }
                    return Attribution.nounPhrase(endingAt: j, p, floor: sentence.lowerBound)
                }
            }
            i += 1
        }
        return nil
    }

    /// `Lee was asked by host Ann Cole, "..."`: the question the one who asked put, quoted
    /// after the asker's name in the sentence. Nil for any other passive cue.
    mutating func passiveQuestion(
        cue: Range<Int>, lemma: String, cueText: String, end: Int
    ) -> QuoteCandidate? {
        let t = p.tokens
        guard lemma == "ask", cue.upperBound + 1 < end, t[cue.upperBound].lower == "by",
            let asker = Attribution.subjectAfter(p, from: cue.upperBound + 1, limit: end),
            asker.kind == .name,
            let open = (asker.tokens.upperBound..<end).first(where: {
                t[$0].kind == .quoteMark && p.quoteByOpen[t[$0].start] != nil
            }),
            let found = content.after(open, lemma: lemma, end: end), found.kind == .direct
        else { return nil }
        return make(found, cue: cueText, speaker: asker, anchor: cue.lowerBound)
    }

    /// The sentence opens with an adjunct: a preposition or a subordinator, perhaps after an
    /// adverb (`Shortly after ...`, `In May, ...`).
    func opensWithAdjunct(_ sentence: Range<Int>) -> Bool {
        let t = p.tokens
        var k = sentence.lowerBound
        if k < sentence.upperBound, t[k].lower.hasSuffix("ly") { k += 1 }
        guard k < sentence.upperBound, t[k].isWord else { return false }
        return Self.prepositions.contains(t[k].lower) || Self.subordinators.contains(t[k].lower)
    }

    /// Where a name that reaches `j` ends, past `of` or `for` and the capitalised words after
    /// them (`University of North Elmford`), and past the names joined to it by `and` or `or`
    /// (`from Democrats and Republicans`).
    func nameEnd(after j: Int, limit: Int) -> Int {
        let t = p.tokens
        var end = j + 1
        while end + 1 < limit, ["of", "for", "and", "or"].contains(t[end].lower),
            t[end + 1].isWord, t[end + 1].isCapitalized
        {
            end += 2
            while end < limit, t[end].isWord, t[end].isCapitalized { end += 1 }
        }
        return end
    }

    /// The name at `start` with a parenthesis at `open` is a dateline (`WASHINGTON (AP) —`):
    /// the name is in capitals, or a dash follows the parenthesis.
    func isDateline(_ start: Int, _ open: Int) -> Bool {
        let t = p.tokens
        if t[start].isAllCaps { return true }
        guard let close = t[open..<min(t.count, open + 6)].firstIndex(where: { $0.text == ")" })
        else { return false }
        return close + 1 < t.count && t[close + 1].kind == .dash
    }

    /// The name at `i` follows a preposition (`at a rally in Ames`, `in the depths of the Great
    /// Recession`), but not the `of` inside a title (`Secretary of State Ann Lee`) nor the
    /// body a role noun speaks for (`a spokeswoman for the Harbour Board`).
    func isPrepositionalObject(_ i: Int, _ sentence: Range<Int>) -> Bool {
        let t = p.tokens
        // `in the depths of the Great Recession`, `Before the Paris attacks, ...`: an article
        // may stand between a preposition and its object.
        var k = i - 1
        if k - 1 >= sentence.lowerBound, t[k].isWord, ["the", "a", "an"].contains(t[k].lower),
            k - 2 < sentence.lowerBound || !Titles.roleNouns.contains(t[k - 2].lower)
        {
            k -= 1
        }
        guard k >= sentence.lowerBound, t[k].isWord else { return false }
        if !Self.prepositions.contains(t[k].lower) {
            // `The guitarist with US rock band Korn has quit`: a noun that says what the name
            // is, and a few modifiers, may stand between the preposition and the name; no role
            // (`On Monday former president Bill Clinton said` names the subject after an
            // adjunct).
            guard !t[k].isCapitalized,
                Titles.organisationNouns.contains(t[k].lower)
                    || Self.classifierNouns.contains(t[k].lower)
            else { return false }
            var m = k
            while m > sentence.lowerBound, k - m < 3, t[m].isWord, !t[m].isInsideQuote,
                !Self.prepositions.contains(t[m].lower), isPlainModifier(t[m])
            {
                m -= 1
            }
            guard m < k, t[m].isWord, Self.prepositions.contains(t[m].lower) else { return false }
            k = m
        }
        if t[k].lower == "of", k - 1 >= sentence.lowerBound, t[k - 1].isCapitalized {
            return false
        }
        return true
    }

    /// Nouns that say what kind of thing a name after them is (`rock band Korn`).
    static let classifierNouns: WordSet = [
        "band", "side", "team", "magazine", "channel", "label", "studio", "show", "programme",
        "program", "film", "album", "song", "book", "series", "brand", "website", "station",
    ]

    /// A word that may stand between a preposition and a name it governs: no verb, role,
    /// title or time, nor a title's modifier in lower case (`rock`, `band`, `US`, not
    /// `former`).
    private func isPlainModifier(_ token: Token) -> Bool {
        let w = token.lower
        return !Titles.roleNouns.contains(w) && !Titles.titleHeads.contains(w)
            && (token.isCapitalized || !Titles.titleModifiers.contains(w))
            && !Titles.determiners.contains(w)
            && CueVerbs.lemma(w) == nil && !Attribution.auxiliaries.contains(w)
            && !Attribution.weekdays.contains(w) && !ReportedContent.timeNouns.contains(w)
            && !w.hasSuffix("ed") && !w.hasSuffix("ing") && !w.hasSuffix("ly")
    }

    /// Words after which a name is the object of a preposition, not a sentence's subject.
    static let prepositions: WordSet = [
        "in", "at", "on", "from", "to", "of", "with", "by", "for", "during", "after", "before",
        "near", "into", "about", "under", "over", "since", "than", "like", "against", "between",
        "among", "toward", "towards", "across", "behind", "without", "within", "throughout",
        "via", "amid", "following", "including", "despite", "through",
    ]

    /// Prepositions whose object only a message goes through or to.
    static let routingPrepositions: WordSet = ["through", "via", "to", "into", "toward", "towards"]

    /// `"We did it." Smith said.`: a reporting sentence of its own claims the quotation just
    /// before it.
    mutating func orphan(
        cue: String, speaker: SpeakerMention, at range: Range<Int>, sentence: Range<Int>
    ) -> QuoteCandidate? {
        let t = p.tokens
        guard sentence.lowerBound > 0 else { return nil }
        // `"..." Mr Lee agreed and said the figures ...`: a subject that goes on to a claim of
        // its own answers the quotation rather than reporting it; `"..." City announced debts
        // of $62m`: a verb with an object of its own reports that.
        if range.upperBound < sentence.upperBound,
            t[range.upperBound].lower == "and"
                || t[range.upperBound].isWord
                    && Self.objectReporters.contains(
                        CueVerbs.lemma(t[range.lowerBound].lower) ?? "")
        {
            return nil
        }
        let prev = t[sentence.lowerBound - 1]
        guard prev.kind == .quoteMark,
            let q = p.quoteByClose[prev.start],
            !consumed[q]
        else { return nil }
        consumed[q] = true
        let span = p.quotes[q]
        return QuoteCandidate(
            kind: .direct, passage: p.order, fragments: [span.contentStart..<span.contentEnd],
            cue: cue, speaker: speaker, anchor: range.lowerBound)
    }

    mutating func make(
        _ found: ReportedContent.Found, cue: String, speaker: SpeakerMention?, anchor: Int,
        splitFrom: Int? = nil, sentence: Range<Int>? = nil
    ) -> QuoteCandidate? {
        let t = p.tokens
        var fragments: [Range<Int>]
        if let q = found.span {
            guard !consumed[q] else { return nil }
            consumed[q] = true
            fragments = [p.quotes[q].contentStart..<p.quotes[q].contentEnd]
            if let splitFrom, let sentence, let second = splitQuote(after: splitFrom, sentence) {
                consumed[second] = true
                fragments.append(p.quotes[second].contentStart..<p.quotes[second].contentEnd)
            }
        } else {
            let lo = t[found.tokens.lowerBound].start
            let hi = t[found.tokens.upperBound - 1].end
            var q = p.quoteIndex(openingAtOrAfter: lo)
            while q < p.quotes.count, p.quotes[q].open < hi {
                consumed[q] = true
                q += 1
            }
            fragments = [lo..<hi]
        }
        return QuoteCandidate(
            kind: found.kind, passage: p.order, fragments: fragments, cue: cue,
            speaker: speaker, anchor: anchor)
    }

    /// The second half of `"A," he said, "B."` or `"A," he said. "B."`.
    func splitQuote(after start: Int, _ sentence: Range<Int>) -> Int? {
        let t = p.tokens
        var i = start
        if i < t.count, t[i].text == "," {
            i += 1
        } else if i < t.count, t[i].text == "." || t[i].text == ":" {
            i += 1
            guard i < t.count, t[i].sentence != t[start].sentence else { return nil }
        } else {
            return nil
        }
        guard i < t.count, t[i].kind == .quoteMark,
            let q = p.quoteByOpen[t[i].start], !consumed[q]
        else {
            return nil
        }
        // The second part must be all quotation up to its sentence's end.
        let span = p.quotes[q]
        var j = i + 1
        while j < t.count, t[j].start < span.close { j += 1 }
        j += 1
        while j < t.count, t[j].sentence == t[i].sentence, t[j].kind == .punctuation { j += 1 }
        if j < t.count, t[j].sentence == t[i].sentence { return nil }
        return q
    }
}
