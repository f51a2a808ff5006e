/// Finds what a reporting verb reports: the quotation or clause after it (`said that ...`,
/// `told MPs: "..."`) or before it (`"...," he said`; `CLAUSE, the officer said`).
struct ReportedContent {
    /// The claim's kind and its token range; direct claims also name their quotation span.
    struct Found {
        var kind: QuoteKind
        var tokens: Range<Int>
        var span: Int?
        /// The claim follows the verb after `that` (`said that ...`).
        var afterThat = false
    }

    let p: Passage

    private static let days: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tonight", "earlier", "later", "previously", "again", "also",
        "repeatedly", "publicly", "privately", "recently", "then", "now", "too", "morning",
        "afternoon", "evening", "night",
    ]
    private static let relative: WordSet = ["last", "this", "next", "earlier", "late"]
    private static let prepositions: WordSet = [
        "on", "in", "at", "during", "after", "before", "via", "through", "while", "when", "from",
        "of", "about", "outside", "inside", "last", "this",
    ]
    private static let audience: WordSet = [
        "me", "him", "her", "us", "them", "you", "reporters", "journalists", "supporters",
        "voters", "listeners", "viewers", "lawmakers", "delegates", "students", "members",
        "parliament", "congress", "colleagues", "officials", "investigators", "police",
        "the", "a", "an", "mps", "peers", "staff", "workers", "fans", "residents", "activists",
        "employees", "shareholders", "investors", "analysts", "senators", "councillors",
        "parents", "troops", "followers", "guests", "donors", "programme", "program", "show",
        "newspaper", "magazine", "website", "audience", "audiences", "conference",
    ]

    /// The claim after the verb ending at `from`, within the sentence ending at `end`.
    func after(_ from: Int, lemma: String, end: Int) -> Found? {
        let t = p.tokens
        var i = from
        guard i < end else { return nil }
        // `reminded the crowd of the stakes`: a reminder of something reports no claim.
        if lemma == "remind",
            let k = (i..<min(end, i + 6)).first(where: {
                !t[$0].isWord || t[$0].lower == "of" || t[$0].lower == "that"
            }), t[k].lower == "of"
        {
            return nil
        }
        // `In a victim statement read to the court, he said: ...`, `a statement read out on
        // behalf of the family said`: `read` before a preposition or `out` is a participle
        // that describes the statement; the sentence's own verb reports.
        if lemma == "read", from > 0, t[from - 1].lower == "read",
            Self.afterReadAloud.contains(t[i].lower)
        {
            return nil
        }
        // `was given a curfew and told to surrender his passport`: a verb that takes its
        // addressee, straight before `to` and a verb, is passive; its subject was told.
        if CueVerbs.takesObject.contains(lemma), lemma != "ask", i + 1 < end,
            t[i].lower == "to", t[i + 1].isWord, !t[i + 1].isCapitalized,
            !opensNounPhrase(t[i + 1])
        {
            return nil
        }
        // `..., Lee said - falling short of the target`: a dash straight after the verb, with
        // no second dash to close an aside, opens the writer's own words unless a clause or
        // another reporting verb follows it (`said - that ...`, `said - any rival would`).
        if t[i].kind == .dash || t[i].text == "-", i + 1 < end, t[i + 1].isWord,
            !t[i + 1].isInsideQuote, t[i + 1].lower != "that", !opensClause(i + 1..<end),
            // `struggles with bragging - conceding that ...`: a reporting participle goes on
            // with the claim.
            CueVerbs.lemma(t[i + 1].lower) == nil,
            !t[(i + 1)..<end].contains(where: { $0.kind == .dash || $0.text == "-" })
        {
            return nil
        }
        if CueVerbs.takesObject.contains(lemma) { i = skipObject(i, lemma: lemma, end: end) }
        // `asked voters a simple question: Who ...?`
        if lemma == "ask", let colon = questionLeadIn(from: i, end: end) { i = colon + 1 }
        // `told councillors: "..."`, `told the committee that ...`
        if lemma == "tell" || lemma == "assure" || lemma == "inform" {
            var j = i
            while j < end, j - i < 5, t[j].isWord, !t[j].isInsideQuote { j += 1 }
            if j < end, j > i, t[j].text == ":" || t[j].kind == .quoteMark { i = j }
        }
        i = skipAdjuncts(i, end: end)
        // `sources tell the FT. But ...`: a full stop after the object ends the sentence the
        // splitter kept whole; no claim opens with it.
        guard i < end, t[i].text != "." else { return nil }
        // `wrote to the board on Saturday`, `adding to her lead`: words after `to` name an
        // addressee or a target, not a claim; a claim may still follow them (`said to
        // reporters that ...`).
        if t[i].lower == "to", i + 1 < end, opensNounPhrase(t[i + 1]),
            !Self.contentAfterTo.contains(lemma)
        {
            guard lemma != "add" else { return nil }
            // A quotation or a bracket in the way leaves the words as they are.
            let k = (i + 1..<min(end, i + 12)).first(where: {
                t[$0].kind == .quoteMark || t[$0].isInsideQuote || t[$0].text == "("
                    || t[$0].text == ":"
                    || t[$0].text == "," && $0 + 1 < end
                        && !["and", "but"].contains(t[$0 + 1].lower)
                    || ["that", "why", "how", "whether"].contains(t[$0].lower)
            })
            if let k, t[k].isWord || [",", ":"].contains(t[k].text), !t[k].isInsideQuote {
                i = t[k].text == "," ? k + 1 : k
                guard i < end else { return nil }
            } else if k == nil, !t[i..<end].contains(where: \.isInsideQuote) {
                return nil
            }
        }
        // `Pollsters agree - Ann Lee: "..."`: a dash and a name with a colon head the next
        // speaker's quotation.
        if t[i].kind == .dash || t[i].text == "-" {
            var m = i + 1
            while m < end, m - i <= 5, t[m].isWord || t[m].text == ".", !t[m].isInsideQuote,
                !t[m].isWord || t[m].isCapitalized
            {
                m += 1
            }
            if m > i + 1, m < end, t[m].text == ":" { return nil }
        }
        // `The rise is real — as the bank admits — and it will last`: a dash and a
        // conjunction go on with the clause the verb's aside interrupted; the verb reported
        // nothing.
        if t[i].kind == .dash, i + 1 < end, Self.coordinators.contains(t[i + 1].lower) {
            return nil
        }
        // `... but Moscow denies — "Why not?" asked Lee.`: a quotation its own verb
        // attributes after a dash is not this verb's claim (after a colon it is: `Lee said:
        // "...," he said` attributes it twice).
        if t[i].kind == .dash, isAttributedQuotation(openingAt: i + 1) { return nil }
        var sawThat = false
        if t[i].lower == "that", !isDemonstrativeSubject(at: i, end: end) {
            i += 1
            sawThat = true
        }
        if i < end, t[i].text == ":" || t[i].text == "," { i += 1 }
        guard i < end else { return nil }
        // `..., Lee said during his speech to the delegates.`, `..., Lee insisted Thursday
        // during a tour of the port.`: an adjunct that runs to the sentence's end with no comma
        // or `that` is no claim.
        if !sawThat, !CueVerbs.weak.contains(lemma), i == from || t[i - 1].isWord,
            i + 1 < end, Self.adjunctOpeners.contains(t[i].lower),
            !["of", "about", "against", "with", "for"].contains(t[i].lower),
            Titles.determiners.contains(t[i + 1].lower),
            !t[i..<end].contains(where: { $0.text == "," })
        {
            return nil
        }
        // `said, adding that ...`: the next verb reports a claim of its own; `said, clutching
        // the lectern`: a participle after the comma tells how it was said, not what.
        if t[i].isWord, CueVerbs.isParticiple(t[i].lower),
            CueVerbs.lemma(t[i].lower) != nil
                || (t[i - 1].text == "," && !t[i].isCapitalized && !t[i].isInsideQuote
                    && !Self.indefinitePronouns.contains(t[i].lower))
        {
            return nil
        }
        var e = trimmedEnd(i, end)
        // `..., adding that ...` and `"...," adding: "..."` start a second claim.
        var k = i + 1
        while k + 1 < e {
            // A comma is punctuation: words, most of the tokens, need no string comparison.
            let isComma = t[k].kind == .punctuation && t[k].text == ","
            let closesWithComma =
                t[k].kind == .quoteMark && !t[k].isInsideQuote && t[k - 1].text == ","
            if (isComma && !t[k].isInsideQuote) || closesWithComma, t[k + 1].isWord,
                CueVerbs.lemma(t[k + 1].lower) != nil && CueVerbs.isParticiple(t[k + 1].lower)
                    || t[k + 1].lower == "according"
            {
                e = closesWithComma ? k + 1 : k
                break
            }
            // `suggested Trump admired tyrants - "He would have loved Stalin," Biden said -`:
            // a quotation with its own attribution after a dash ends the claim.
            if t[k].kind == .dash, isAttributedQuotation(openingAt: k + 1) {
                e = k
                break
            }
            // `said the plan would fail, and Tom Hart said it would work`: a conjunction, a
            // subject and its reporting verb open a second attribution.
            if isComma, !t[k].isInsideQuote, opensAttribution(at: k + 1, end: e) {
                e = k
                break
            }
            // `noted that ..., and added: "..."`: the subject's second verb reports a second
            // claim.
            if isComma, !t[k].isInsideQuote, k + 3 < e, t[k + 1].lower == "and",
                t[k + 2].isWord, !CueVerbs.isParticiple(t[k + 2].lower),
                CueVerbs.lemma(t[k + 2].lower) != nil,
                t[k + 3].text == ":" || t[k + 3].kind == .quoteMark || t[k + 3].lower == "that"
            {
                e = k
                break
            }
            // `said that ... "less advanced schools," Lee said: "..."`: a new subject and
            // verb start a claim of their own.
            if (isComma && !t[k].isInsideQuote) || closesWithComma {
                var m = k + 1
                while m < e, m - k <= 4, t[m].isWord, !t[m].isInsideQuote,
                    t[m].isCapitalized || ["he", "she"].contains(t[m].lower)
                {
                    m += 1
                }
                if m > k + 1, m + 1 < e, t[m].isWord, !t[m].isCapitalized,
                    let l = CueVerbs.lemma(t[m].lower), !CueVerbs.isParticiple(t[m].lower),
                    !CueVerbs.weak.contains(l),
                    t[m + 1].text == ":" || t[m + 1].kind == .quoteMark
                {
                    e = closesWithComma ? k + 1 : k
                    break
                }
            }
            // `claimed that "the ferry was safe," one of the inspectors said ...`: a quotation
            // closed by its comma, then a whole subject and its verb, ends the claim.
            if closesWithComma, isSubjectAndVerb(from: k + 1, end: e) {
                e = k + 1
                break
            }
            k += 1
        }
        guard e > i,
            var found = classify(i, e, lemma: lemma, topics: !sawThat, afterThat: sawThat)
        else { return nil }
        // `spoke at a memorial`, `maintains a wide lead`: without `that` these verbs report
        // no claim.
        if found.kind == .indirect, !sawThat, Self.clauseWithThat.contains(lemma) { return nil }
        // `wrote the screenplay`, `claim their first win`: without `that`, what is written is
        // a thing unless its first words are a clause's subject and verb, or a verb that goes
        // on with a clause the attribution interrupts (`The risk, Lee wrote, is real`).
        // `announced his candidacy` and `recalled a visit` stay: they attribute.
        if found.kind == .indirect, !sawThat, reportsThings(lemma, found.tokens),
            !opensClause(found.tokens), !continuesInterruptedClause(from, found.tokens)
        {
            return nil
        }
        // `posted them on a weblog`: an object pronoun after a verb that takes no addressee,
        // with no clause after it (`promised him he would stay`) or `to` (`called for him to
        // resign`), is a thing passed on.
        if found.kind == .indirect, !sawThat, !CueVerbs.takesObject.contains(lemma),
            let s = found.tokens.first, s == from, !t[s].isCapitalized,
            Self.thingPronouns.contains(t[s].lower),
            !opensClause(s + 1..<found.tokens.upperBound)
                || s + 1 < found.tokens.upperBound
                    && Self.adjunctOpeners.contains(t[s + 1].lower),
            // `called for him to resign` asks something of him; `described him as a
            // visionary` says what he is.
            s + 1 >= found.tokens.upperBound || !["to", "as"].contains(t[s + 1].lower),
            !Self.namingVerbs.contains(lemma)
        {
            return nil
        }
        // `Cole added a second`, `Wilkinson added the conversion`: a score, not a claim.
        if found.kind == .indirect, !sawThat, lemma == "add", isScore(found.tokens) { return nil }
        // `would continue to advertise`, `continue in the job`: going on doing something.
        // `continue` reports the quotation it goes on with (`"...," he continued`), or a
        // claim when what goes on is saying (`continuing to insist that ...`).
        if found.kind != .direct, !sawThat, lemma == "continue", let s = found.tokens.first,
            Self.afterGoingOn.contains(p.tokens[s].lower),
            !(s + 1 < found.tokens.upperBound && p.tokens[s].lower == "to"
                && CueVerbs.lemma(p.tokens[s + 1].lower) != nil)
        {
            return nil
        }
        found.afterThat = sawThat
        return found
    }

    /// The verb at `cue` publishes a company's results (`posted a record loss`, `reported a
    /// 20% rise in profits`, `announced net income of $104m`), which are no claim; `reported
    /// that` and `reported losses had deepened` report one.
    func publishesResult(lemma: String, after cue: Range<Int>, end: Int) -> Bool {
        let t = p.tokens
        let r = cue.upperBound..<end
        guard Self.resultVerbs.contains(lemma), let s = r.first, t[s].isWord,
            t[s].lower != "that", !Attribution.pronouns.contains(t[s].lower), !opensClause(r),
            !opensLongClause(s, end: end)
        else { return false }
        for i in s..<min(end, s + 7) {
            // `proposals to increase fees`: the words after `to` are no result.
            if ![.word, .number].contains(t[i].kind) && !Self.amountSigns.contains(t[i].text)
                || t[i].lower == "to"
            {
                return false
            }
            if Self.resultNouns.contains(t[i].lower) { return true }
        }
        return false
    }

    /// `revenues from the industry had broken records`: the words from `s` reach a finite
    /// auxiliary before a comma, `and`, `that` or another reporting verb.
    private func opensLongClause(_ s: Int, end: Int) -> Bool {
        let t = p.tokens
        for i in s..<min(end, s + 8) {
            let w = t[i].lower
            if t[i].text == "," || w == "and" || w == "that" || CueVerbs.lemma(w) != nil {
                return false
            }
            if QuoteExtractor.finiteAuxiliaries.contains(w) { return true }
        }
        return false
    }

    /// Words after `continue` that go on with an action, not with words.
    private static let afterGoingOn: WordSet = ["to", "in", "as", "with", "on", "at", "for"]

    /// Verbs that publish a company's results as readily as a claim.
    private static let resultVerbs: WordSet = ["post", "report", "announce"]

    /// Nouns for what a company's accounts show.
    private static let resultNouns: WordSet = [
        "profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "earnings",
        "income", "turnover", "surplus", "deficit", "dividend", "rise", "fall", "drop", "jump",
        "increase", "decrease", "decline", "growth", "doubling", "margin",
    ]

    /// The words open a clause: a subject pronoun, or a short subject and then a verb before
    /// any comma, preposition or relative word (`the plan was flawed`, `Lee arranged for`,
    /// not `the second book in the series` or `a detailed letter to the board`).
    private func opensClause(_ r: Range<Int>) -> Bool {
        let t = p.tokens
        guard let s = r.first else { return false }
        if Attribution.pronouns.contains(t[s].lower) { return true }
        for i in s + 1..<min(r.upperBound, s + 6) {
            let w = t[i].lower
            guard t[i].isWord else { return false }
            if QuoteExtractor.finiteAuxiliaries.contains(w) { return true }
            if Self.adjunctOpeners.contains(w) || Self.relativeWords.contains(w) { return false }
            // `a detailed letter`: the word after a determiner describes the thing.
            let describes = i == s + 1 && Titles.determiners.contains(t[s].lower)
            if !describes, !t[i].isCapitalized, w.count > 4, w.hasSuffix("ed") { return true }
        }
        return false
    }

    /// The claim is the rest of a clause the verb's comma interrupts (`, Lee wrote, came on
    /// Friday`): it opens with a finite verb, not a participle (`, Lee wrote, directed and
    /// starred in`).
    private func continuesInterruptedClause(_ from: Int, _ r: Range<Int>) -> Bool {
        let t = p.tokens
        guard from < t.count, t[from].text == ",", r.lowerBound == from + 1, r.count > 1 else {
            return false
        }
        let w = t[r.lowerBound]
        return w.isWord && !w.isCapitalized && !w.lower.hasSuffix("ed")
            && !w.lower.hasSuffix("ing") && !Self.relativeWords.contains(w.lower)
            && !Titles.determiners.contains(w.lower)
    }

    /// Token `k` is a conjunction that opens a clause of its own reporting what someone said:
    /// `and Tom Hart said`, `but critics have argued that`, `while Lee told MPs`. The subject
    /// is up to five words, none a verb (`and the plan was said to` is passive, `and later
    /// said` has no subject) and none a subordinator (`but when Lee arrived she spoke`).
    private func opensAttribution(at k: Int, end: Int) -> Bool {
        let t = p.tokens
        guard k + 2 < end, t[k].isWord, Self.attributionJoiners.contains(t[k].lower) else {
            return false
        }
        var v = k + 1
        while v < end, v - k <= 5, t[v].isWord, !t[v].isInsideQuote,
            CueVerbs.lemma(t[v].lower) == nil, !Self.subordinators.contains(t[v].lower),
            !Self.adjunctOpeners.contains(t[v].lower),
            !QuoteExtractor.finiteAuxiliaries.contains(t[v].lower)
                || ["has", "have", "had"].contains(t[v].lower) && v > k + 1
        {
            v += 1
        }
        guard v > k + 1, v + 1 < end, t[v].isWord, !t[v].isInsideQuote,
            let lemma = CueVerbs.lemma(t[v].lower), !CueVerbs.isParticiple(t[v].lower),
            !CueVerbs.weak.contains(lemma)
        else { return false }
        var h = v - 1
        if ["has", "have", "had"].contains(t[h].lower) { h -= 1 }
        guard h > k else { return false }
        // The subject is a name, a pronoun, a noun for a person or a body, or a group (`many`,
        // `two in three`), not a thing (`and the figures suggest`, where the claim goes on).
        let head = t[h]
        return head.isCapitalized || Attribution.pronouns.contains(head.lower)
            || Titles.roleNouns.contains(head.lower) || Titles.isPluralPersonNoun(head.lower)
            || Attribution.groupSubject(endingAt: h, p, floor: k + 1) != nil
    }

    /// The verb takes a thing as readily as a claim: `write` always, `claim` when a prize
    /// follows a possessive or `a` (`claim their first win`, `claimed a 5-0 victory`).
    private func reportsThings(_ lemma: String, _ r: Range<Int>) -> Bool {
        switch lemma {
        case "write": return true
        case "claim":
            let t = p.tokens
            guard let s = r.first,
                ["his", "her", "their", "its", "our", "a", "an"].contains(t[s].lower)
            else { return false }
            return (s + 1..<min(r.upperBound, s + 5)).contains { Self.prizes.contains(t[$0].lower) }
        default: return false
        }
    }

    /// What a winner claims.
    private static let prizes: WordSet = [
        "win", "victory", "title", "crown", "draw", "lead", "record", "gold", "silver", "bronze",
        "medal", "place", "spot", "point", "points", "prize", "trophy", "championship", "seat",
        "seats", "scalp", "audience", "victim", "wicket", "wickets",
    ]

    /// The words open with a goal, try or point scored (`a second`, `another`, `the
    /// conversion`, `two penalties`) or a rise in a price (`an extra 6.4% to $27.24`).
    private func isScore(_ r: Range<Int>) -> Bool {
        let t = p.tokens
        if isPriceRise(r) { return true }
        guard r.count >= 2, t[r.lowerBound].isWord, t[r.lowerBound + 1].isWord else {
            return false
        }
        let first = t[r.lowerBound].lower
        let second = t[r.lowerBound + 1].lower
        if first == "another" { return !QuoteExtractor.finiteAuxiliaries.contains(second) }
        return (Titles.determiners.contains(first) || SpeakerResolver.isNumberWord(first))
            && Self.scores.contains(second)
    }

    /// `an extra 6.4% to $27.24`, `$1.89 to $48.62`: an amount, perhaps after `an extra` or
    /// `another`, then `to` and the new price.
    private func isPriceRise(_ r: Range<Int>) -> Bool {
        let t = p.tokens
        var k = r.lowerBound
        if k + 1 < r.upperBound, t[k].lower == "another" { k += 1 }
        if k + 2 < r.upperBound, t[k].lower == "an", t[k + 1].lower == "extra" { k += 2 }
        let amount = k
        while k < r.upperBound, k - amount < 4,
            t[k].kind == .number || Self.amountSigns.contains(t[k].text)
        {
            k += 1
        }
        return k > amount && k < r.upperBound && t[k].lower == "to"
            && t[amount..<k].contains { $0.kind == .number }
    }

    /// Signs written beside a figure that make it an amount.
    private static let amountSigns: Set<String> = ["$", "£", "€", "%", "¥"]

    /// What a player adds to a score.
    private static let scores: WordSet = [
        "second", "third", "fourth", "fifth", "sixth", "goal", "goals", "try", "tries",
        "penalty", "penalties", "conversion", "conversions", "extras", "point", "points",
        "header", "equaliser", "equalizer", "winner", "run", "runs", "wicket", "wickets",
        "drop-goal", "touchdown", "basket",
    ]

    /// The words from `k` are a subject, then a reporting verb that is no participle and no
    /// weak one (`one of the inspectors said`, `Tom Vale told`).
    private func isSubjectAndVerb(from k: Int, end: Int) -> Bool {
        let t = p.tokens
        var v = k
        while v < end, v - k <= 10, t[v].isWord, !t[v].isInsideQuote {
            if let lemma = CueVerbs.lemma(t[v].lower), v > k {
                guard !CueVerbs.isParticiple(t[v].lower), !CueVerbs.weak.contains(lemma),
                    let subject = Attribution.subjectBefore(p, cue: v, floor: k)
                else { return false }
                return subject.tokens.lowerBound == k
            }
            v += 1
        }
        return false
    }

    /// The `that` at `i` is the claim's subject, not the word that opens it: a verb follows
    /// it straight away (`say that won't be true`, `said that was a mistake`).
    private func isDemonstrativeSubject(at i: Int, end: Int) -> Bool {
        let t = p.tokens
        guard i + 1 < end, t[i + 1].isWord else { return false }
        let next = t[i + 1].lower
        if QuoteExtractor.finiteAuxiliaries.contains(next) { return true }
        guard let apostrophe = next.firstIndex(where: { $0 == "'" || $0 == "’" }) else {
            return false
        }
        return Self.negatedAuxiliaries.contains(String(next[..<apostrophe]))
    }

    /// Auxiliaries before `n't` (`won't`, `isn't`), without it.
    private static let negatedAuxiliaries: WordSet = [
        "won", "isn", "wasn", "aren", "weren", "doesn", "didn", "can", "couldn", "wouldn",
        "hasn", "haven", "hadn", "shouldn",
    ]

    /// Conjunctions that join a second attribution to a first (`..., and Hart said ...`).
    private static let attributionJoiners: WordSet = ["and", "but", "while", "whereas", "yet"]

    /// Words that open a relative clause or join a noun phrase's parts.
    private static let relativeWords: WordSet = ["that", "which", "who", "whose", "to", "and"]

    /// Token `k` opens a closed quotation that a finite reporting verb right after its
    /// closing mark attributes, with its subject beside it (`"..." asked Lee`, `"..." Lee
    /// asked`, `"..." he said`).
    func isAttributedQuotation(openingAt k: Int) -> Bool {
        let t = p.tokens
        guard k < t.count, t[k].kind == .quoteMark, !t[k].isInsideQuote,
            let q = p.quoteByOpen[t[k].start], !p.quotes[q].isUnclosed
        else { return false }
        var close = k + 1
        while close < t.count, t[close].start < p.quotes[q].close { close += 1 }
        guard close < t.count, t[close].kind == .quoteMark else { return false }
        var v = close + 1
        // The subject's words, and the full stop of a title (`Mr. Lee`).
        while v < t.count, v - close <= 6, t[v].sentence == t[close].sentence,
            t[v].isWord && CueVerbs.lemma(t[v].lower) == nil
                && (t[v].isCapitalized || Attribution.pronouns.contains(t[v].lower))
                || t[v].text == "." && v > close + 1 && t[v - 1].isCapitalized
        {
            v += 1
        }
        guard v < t.count, t[v].isWord, t[v].sentence == t[close].sentence,
            CueVerbs.lemma(t[v].lower) != nil, !CueVerbs.isParticiple(t[v].lower)
        else { return false }
        // The subject first (`Lee asked`), or the verb first with a name or a phrase after it.
        return v > close + 1
            || v + 1 < t.count && t[v + 1].isWord
                && (t[v + 1].isCapitalized || Titles.determiners.contains(t[v + 1].lower))
    }

    /// The token opens a noun phrase: a determiner, an audience (`reporters`, `him`), a name
    /// or a number.
    private func opensNounPhrase(_ token: Token) -> Bool {
        guard !token.isInsideQuote else { return false }
        if token.kind == .number { return true }
        return token.isWord
            && (Titles.determiners.contains(token.lower) || token.isCapitalized
                || Self.audience.contains(token.lower))
    }

    /// Words after a statement `read` aloud somewhere (`read to the court`, `read out by`).
    private static let afterReadAloud: WordSet = [
        "to", "out", "by", "aloud", "on", "at", "into", "in", "before",
    ]

    /// Lemmas that give their object a name or a description (`called him a liar`).
    private static let namingVerbs: WordSet = ["call", "dub", "label", "describe"]

    /// Pronouns that only ever stand as objects (`it` and `her` may open a clause).
    private static let thingPronouns: WordSet = ["them", "him", "us", "me"]

    /// Lemmas whose `to` opens what they report (`admitted to the charge`, `responded to the
    /// news that ...`), not an addressee.
    private static let contentAfterTo: WordSet = [
        "admit", "respond", "reply", "agree", "react", "point", "testify", "answer",
    ]

    /// Conjunctions that join a clause of their own after a comma or a dash.
    static let coordinators: WordSet = ["and", "but", "or", "yet"]

    /// Pronouns that end like a participle (`said, nothing had changed`).
    private static let indefinitePronouns: WordSet = [
        "nothing", "something", "anything", "everything",
    ]

    /// Lemmas that report an indirect claim only in a `that` clause.
    private static let clauseWithThat: WordSet = ["speak", "respond", "maintain"]

    /// The claim before `end` (the speaker or the inverted verb), from the sentence start.
    func before(_ start: Int, _ end: Int, lemma: String) -> Found? {
        let t = p.tokens
        var e = end
        while e > start, t[e - 1].text == "," || t[e - 1].kind == .dash { e -= 1 }
        var s = start
        while s < e, !t[s].isWord, t[s].kind != .quoteMark || t[s].isInsideQuote { s += 1 }
        guard e > s else { return nil }
        // `If the leaks are Russia's — as many believe — "why not say so?" asked Lee`: a
        // quotation after a dash is what the verb after it reports, not the words before.
        if t[e - 1].kind == .quoteMark, let q = p.quoteByClose[t[e - 1].start] {
            let open = p.tokenIndex(atOrAfter: p.quotes[q].open)
            if open > s, t[open - 1].kind == .dash { s = open }
        }
        // `Later, according to the paper, Lee spoke to reporters`: words before a subject that
        // an `according to` source precedes set the scene for the verb; they are no claim.
        if (s..<e).contains(where: {
            !t[$0].isInsideQuote && Attribution.isAccordingTo(t, preposition: $0)
        }) {
            return nil
        }
        return classify(s, e, lemma: lemma, topics: false)
    }

    /// The claim found before the verb is one short opening adjunct with no comma of its own,
    /// and the sentence goes on after the verb (`In a July interview, he spoke of ...`,
    /// `Though turnout fell, Lee keeps a lead`): no claim. `rest` holds the tokens after
    /// the verb; a verb that ends its sentence (`Although ... the plan failed, Lee said.`)
    /// keeps the claim.
    func isOpeningAdjunct(_ found: Found, rest: Range<Int>) -> Bool {
        let t = p.tokens
        let r = found.tokens
        guard found.kind == .indirect, let s = r.first,
            Self.adjunctOpeners.contains(t[s].lower) || Self.subordinators.contains(t[s].lower)
                || isTimePhrase(r),
            !t[r].contains(where: { $0.text == "," }),
            // `About 12% of users ...`, `At least three people ...` count, not set the scene.
            s + 1 < r.upperBound, t[s + 1].kind != .number, t[s + 1].lower != "least",
            t[r].filter(\.isWord).count <= 12
        else { return false }
        return t[rest].filter(\.isWord).count >= 2
    }

    /// A few words that say when (`Late last month`, `Back in September`, `Earlier this
    /// week`).
    private func isTimePhrase(_ r: Range<Int>) -> Bool {
        let words = p.tokens[r].filter(\.isWord)
        return words.count <= 4
            && words.contains { Self.timeNouns.contains($0.lower) || Self.days.contains($0.lower) }
            && !words.contains { QuoteExtractor.finiteAuxiliaries.contains($0.lower) }
    }

    /// Nouns that name a span of time, or a month.
    static let timeNouns: WordSet = [
        "week", "month", "year", "weekend", "summer", "spring", "autumn", "fall", "winter",
        "day", "days", "weeks", "months", "years", "decade", "century", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// The claim in tokens `s..<e`. `topics`: the words follow the verb directly, where a
    /// preposition opens the claim's topic (`warns of a standoff`) rather than the claim.
    /// `afterThat`: the words follow the verb's `that`.
    private func classify(
        _ s: Int, _ e: Int, lemma: String, topics: Bool, afterThat: Bool = false
    ) -> Found? {
        let t = p.tokens
        if t[s].kind == .quoteMark, !t[s].isInsideQuote,
            let q = p.quoteByOpen[t[s].start]
        {
            let span = p.quotes[q]
            let last = t[e - 1]
            if span.isUnclosed || (last.kind == .quoteMark && last.start == span.close)
                || (span.close >= last.start)
            {
                return Found(kind: .direct, tokens: s..<e, span: q)
            }
            return Found(kind: .mixed, tokens: s..<e, span: nil)
        }
        // `informing the FBI and the SEC`, `told the Business and Media Conference`, `tweeting
        // and emailing a video in which ... "..."`: an `and` or `or` right after a word
        // finishes the verb's object or joins a second verb, not a claim (after a comma, `...,
        // he said, and ...` goes on with an interrupted one).
        if t[s].lower == "and" || t[s].lower == "or", !t[s].isCapitalized, s > 0, t[s - 1].isWord {
            return nil
        }
        var words = 0
        var quoted = false
        for i in s..<e {
            if t[i].isInsideQuote { quoted = true }
            if t[i].isWord { words += 1 }
        }
        if quoted { return Found(kind: .mixed, tokens: s..<e, span: nil) }
        // `asked whether the plan would pass`: an indirect question is what asking reports,
        // and so is a request (`asked the council to act`).
        let question =
            lemma == "ask" && topics
            && (Self.questionWords.contains(t[s].lower)
                || t[s].lower == "to" && s + 1 < e && t[s + 1].isWord && !t[s + 1].isCapitalized
                    && !Titles.determiners.contains(t[s + 1].lower))
        // A weak verb reports a clause it opens with `that` (`pointed out that ...`, `agreed
        // that ...`), not whatever follows it (`pointed to the figures`, `agreed a deal`).
        // `described the probe as a security review`: what it was called is the claim.
        let describedAs =
            lemma == "describe" && topics
            && t[(s + 1)..<min(e, s + 10)].contains { $0.lower == "as" && !$0.isInsideQuote }
        // `called for an independent inquiry`: the demand is the claim.
        let demand = lemma == "call" && topics && s > 0 && t[s - 1].lower == "for"
        // `called for a rematch after the American said ...`: the demand ends where a clause
        // of its own begins.
        if demand,
            let cut = (s + 1..<e).first(where: {
                !t[$0].isInsideQuote
                    && (t[$0].text == "," || Self.subordinators.contains(t[$0].lower)
                        || Self.demandEnders.contains(t[$0].lower))
            })
        {
            return classify(s, cut, lemma: lemma, topics: topics, afterThat: afterThat)
        }
        guard words >= 3,
            question || !CueVerbs.weak.contains(lemma) || afterThat || describedAs || demand
        else { return nil }
        // `said in a statement.`: an adjunct, not a claim.
        if words <= 4, Self.adjunctOpeners.contains(t[s].lower) {
            return nil
        }
        // `warns of a standoff` reports a topic, not a claim; `With its arsenal, Korea may
        // strike first, Lee said` and `said that with ...` open with an adjunct.
        if topics, ["of", "about", "against", "for", "with"].contains(t[s].lower) {
            return nil
        }
        return Found(kind: .indirect, tokens: s..<e, span: nil)
    }

    /// `a simple question:`, `the question:` after `asked` and its addressee: the colon's
    /// index, or nil.
    private func questionLeadIn(from i: Int, end: Int) -> Int? {
        let t = p.tokens
        guard i < end, Titles.determiners.contains(t[i].lower) else { return nil }
        var j = i + 1
        while j < end, j - i <= 6, t[j].isWord, !t[j].isCapitalized {
            if ["question", "questions"].contains(t[j].lower) {
                return j + 1 < end && t[j + 1].text == ":" ? j + 1 : nil
            }
            j += 1
        }
        return nil
    }

    /// Words that open an indirect question.
    private static let questionWords: WordSet = [
        "whether", "if", "how", "why", "what", "who", "when", "where", "which",
    ]

    /// Words that open a clause after a demand's noun phrase (`called for a rematch after
    /// ...`).
    private static let demandEnders: WordSet = [
        "after", "before", "until", "since", "saying", "and", "but",
    ]

    /// Words that open a subordinate clause or a comparison before a sentence's subject.
    static let subordinators: WordSet = [
        "though", "although", "while", "when", "as", "because", "like", "unlike", "among", "if",
        "once", "whereas",
    ]

    /// Prepositions that open a short adjunct (`in a statement`, `for nearly 40 hours`).
    static let adjunctOpeners: WordSet = [
        "in", "on", "at", "during", "after", "before", "for", "with", "of", "about", "against",
        "from", "by", "since", "through", "despite", "amid", "under", "over", "until", "between",
    ]

    private func trimmedEnd(_ s: Int, _ end: Int) -> Int {
        let t = p.tokens
        var e = end
        while e > s, t[e - 1].kind == .punctuation, !t[e - 1].isInsideQuote,
            [".", ",", ";", "!", "?", ":", ")"].contains(t[e - 1].text)
        {
            e -= 1
        }
        return e
    }

    /// Verbs whose first object is always the one addressed (`told party members`), unlike
    /// `warn` (`warned party members would suffer`).
    private static let alwaysAddressed: WordSet = ["tell", "assure", "inform", "remind"]

    /// Token `j` is a lower-case audience noun (`members`, `activists`) that the word before
    /// it qualifies, after a verb that always names its addressee first.
    private func isQualifiedAudience(at j: Int, lemma: String, end: Int) -> Bool {
        let t = p.tokens
        return j < end && Self.alwaysAddressed.contains(lemma) && t[j].isWord
            && !t[j].isCapitalized && Self.audience.contains(t[j].lower)
            && !Titles.determiners.contains(t[j].lower)
    }

    private func skipObject(_ i: Int, lemma: String, end: Int) -> Int {
        let t = p.tokens
        guard i < end, t[i].isWord else { return i }
        let w = t[i].lower
        if t[i].isCapitalized, !Attribution.pronouns.contains(w) {
            var j = i
            // `told Radio 5 Live`, `told Channel 4 News`: a number inside a name; `told the
            // Express & Star`: an ampersand between two of its words.
            while j < end,
                t[j].isWord && (t[j].isCapitalized || NameRuns.connectors.contains(t[j].lower))
                    || t[j].text == "."
                    || (t[j].kind == .number && t[j - 1].isWord && t[j - 1].isCapitalized)
                    || joinsName(at: j, end: end)
            {
                j += 1
            }
            // `told Labour members he wants ...`: the body's name qualifies the addressees.
            return isQualifiedAudience(at: j, lemma: lemma, end: end) ? j + 1 : j
        }
        // `told party members she wants ...`, `told local reporters`: one word before the
        // addressees.
        if isQualifiedAudience(at: i + 1, lemma: lemma, end: end),
            !Titles.determiners.contains(w), !Attribution.pronouns.contains(w),
            !Self.audience.contains(w)
        {
            return i + 2
        }
        guard Self.audience.contains(w) else { return i }
        if Titles.determiners.contains(w) {
            // `asked the council whether ...`
            if lemma == "ask",
                let q = (i + 1..<min(end, i + 9)).first(where: {
                    !t[$0].isWord || Self.questionWords.contains(t[$0].lower)
                        || t[$0].lower == "to"
                }), t[q].isWord
            {
                return q
            }
            guard Self.alwaysAddressed.contains(lemma) else { return i }
            // `told the audience at his fundraiser for veterans that ...`
            if let that = (i + 1..<min(end, i + 12)).first(where: {
                !t[$0].isWord || t[$0].lower == "that"
            }), t[that].lower == "that" {
                return that
            }
            var j = i + 1
            while j < end, j - i < 5, t[j].isWord || joinsName(at: j, end: end),
                !Attribution.pronouns.contains(t[j].lower), t[j].lower != "that",
                t[j].lower != "to"
            {
                j += 1
            }
            return j
        }
        return i + 1
    }

    /// `Express & Star`, `Marks & Spencer`: the ampersand at `j` joins two words of a name.
    private func joinsName(at j: Int, end: Int) -> Bool {
        let t = p.tokens
        return t[j].text == "&" && j > 0 && t[j - 1].isCapitalized && j + 1 < end
            && t[j + 1].isCapitalized
    }

    private func skipAdjuncts(_ start: Int, end: Int) -> Int {
        let t = p.tokens
        var i = start
        for _ in 0..<4 {
            guard i < end, t[i].isWord else { return i }
            let w = t[i].lower
            if Self.relative.contains(w), i + 1 < end, t[i + 1].isWord,
                [
                    "week", "month", "year", "night", "weekend", "summer", "spring", "autumn",
                    "fall", "winter", "time", "monday", "tuesday", "wednesday", "thursday",
                    "friday", "saturday", "sunday", "morning",
                ].contains(t[i + 1].lower)
            {
                i += 2
            } else if Self.days.contains(w)
                || (w.hasSuffix("ly") && w.count > 4 && t[i].isWord
                    && !t[i].isCapitalized && w != "only" && w != "likely")
            {
                i += 1
            } else if w == "on", i + 1 < end, Self.days.contains(t[i + 1].lower) {
                i += 2
            } else if w == "for", i + 1 < end,
                ["days", "weeks", "months", "years", "decades"].contains(t[i + 1].lower)
            {
                // `has said for weeks (that) ...`
                i += 2
            } else if w == "in" || w == "on", i + 2 < end,
                Titles.determiners.contains(t[i + 1].lower),
                QuoteExtractor.documents.contains(t[i + 2].lower)
            {
                // `said in a statement Thursday they ...`
                i += 3
            } else if Self.prepositions.contains(w) {
                var j = i + 1
                var found = -1
                while j < end, j - i < 12 {
                    let tok = t[j]
                    // `said on MSNBC that ...`: stop at `that`, which opens the claim.
                    if tok.lower == "that" {
                        found = j
                        break
                    }
                    if tok.text == "," {
                        found = j + 1
                        break
                    }
                    if tok.text == ":" || tok.kind == .quoteMark {
                        found = j
                        break
                    }
                    j += 1
                }
                guard found > 0 else { return i }
                i = found
            } else {
                return i
            }
        }
        return i
    }
}
