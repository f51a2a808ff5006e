/// How a quote's speaker is named at its reporting verb.
struct SpeakerMention: Sendable {
    enum Kind: Sendable {
        /// A capitalised name, titles included: `Mr Bailey`, `Sen. Bernie Sanders`.
        case name
        /// `he`, `she`, `they`, `it`; `I` and `we` are kept but never resolved.
        case pronoun
        /// A noun phrase for a person or body: `the officer`, `a spokesman for the Home Office`.
        case description
        /// A source or group that names no speaker the archive can know (`according to state
        /// records`, `according to a person familiar with Lee's views`, `Many in the crowd
        /// said`, `61 percent say`): kept as written, never resolved.
        case source
    }

    var kind: Kind
    /// The mention's tokens in its passage.
    var tokens: Range<Int>
}

/// Finds the speaker of a reporting verb: the subject before it (`Mr Bailey said`,
/// `Mr Bailey, the national lead, said`, `the officer said`) or the name after it
/// (`said Mr Bailey`, `according to police`).
enum Attribution {
    /// Words that may stand between a subject and its reporting verb.
    static let auxiliaries: WordSet = [
        "has", "have", "had", "also", "later", "previously", "once", "then", "again", "further",
        "recently", "earlier", "repeatedly", "would", "will", "did", "does", "do", "has",
        "reportedly", "initially", "first", "often", "always", "even", "still", "just",
        "simply", "never", "publicly", "privately", "separately", "subsequently", "already",
        "had", "is", "was", "were", "are", "being", "been", "may", "might", "could", "should",
        "must", "can", "personally", "flatly", "frequently", "famously", "apparently",
    ]

    static let pronouns: WordSet = ["he", "she", "they", "it", "i", "we"]

    /// Nouns that end like adverbs: `the family said` has a subject.
    static let nounsInLy: WordSet = ["family", "assembly", "ally", "rally", "monopoly"]

    /// Function words that open sentences in capitals but never belong to a name.
    static let capitalisedFunctionWords: WordSet = [
        "in", "on", "at", "as", "for", "but", "and", "the", "a", "an", "after", "before", "when",
        "while", "with", "from", "by", "if", "since", "during", "under", "over", "to", "of",
        "it", "this", "that", "so", "then", "yet", "though", "although", "asked", "like",
        "last", "her", "his", "their", "its", "our", "my", "your", "speaking", "writing",
        "back", "early", "late", "later", "earlier", "meanwhile", "still", "instead", "indeed",
        "also", "even", "now", "today", "yesterday", "here", "there", "one", "two", "some",
        "many", "most", "more", "other", "another", "every", "each", "all", "both", "no", "not",
        "only", "just", "what", "how", "why", "where", "who", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "thanks",
        "despite", "unlike", "given", "according", "among", "amid", "following", "including",
        "whilst", "amongst", "unless", "until", "whereas",
        "or", "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "we", "we're",
        "we’re", "they", "he", "she", "you", "hours", "days", "weeks", "months", "years",
        "minutes", "moments", "seconds", "decades",
    ]

    /// The subject that stands before the verb at `cue`, within the sentence starting at
    /// `floor`.
    static func subjectBefore(_ p: Passage, cue: Int, floor: Int) -> SpeakerMention? {
        if let described = relativeClauseSubject(p, cue: cue, floor: floor) { return described }
        let t = p.tokens
        var j = cue - 1
        var skipped = 0
        while j >= floor, skipped < 5, t[j].isWord {
            if !t[j].isCapitalized,
                auxiliaries.contains(t[j].lower) || Self.verbAdverbs.contains(t[j].lower)
                    || (t[j].lower.hasSuffix("ly") && t[j].lower.count > 4
                        && !Self.nounsInLy.contains(t[j].lower))
            {
                j -= 1
            } else if let start = timeAdjunct(endingAt: j, t, floor: floor) {
                j = start - 1
            } else {
                break
            }
            skipped += 1
        }
        guard j >= floor, !t[j].isInsideQuote else { return nil }
        // `The loudest critic is Ann Lee, who said`, `Acme Corp, which said`: the name the
        // relative clause follows.
        if ["who", "which"].contains(t[j].lower), j - 2 >= floor, t[j - 1].text == ",",
            let name = nounPhrase(
                endingAt: nameEnd(before: j - 1, t, floor: floor), p, floor: floor),
            name.kind == .name,
            name.tokens.lowerBound == floor || !t[name.tokens.lowerBound - 1].isWord
                || !QuoteExtractor.prepositions.contains(t[name.tokens.lowerBound - 1].lower)
        {
            // `Ann Lee, a doctor from Ely, New Jersey, who said`: a place closes an
            // appositive; the clause is about the name the appositive follows.
            guard Gazetteer.isPlace(p.text(tokens: name.tokens).lowercased()) else { return name }
            return appositiveHead(before: name.tokens.lowerBound, p, floor: floor)
        }
        // `Supporters of the bill, however, said`: a discourse adverb set off by commas.
        if t[j].text == ",", let open = discourseAdverb(endingAt: j - 1, t, floor: floor) {
            if let name = appositiveSubject(p, comma: open, floor: floor) { return name }
            j = open - 1
        }
        // `Sen. Marco Rubio (R-Fla.) said`: skip the party and state.
        if t[j].text == ")" {
            var k = j - 1
            while k > floor, j - k < 8, t[k].text != "(" { k -= 1 }
            if k > floor, t[k].text == "(" { j = k - 1 }
        }
        // `Ann Berg and Tom Vale, both Liberals, said`: an appositive that counts the names
        // before it describes them all; the last speaks, as when they stand alone.
        if t[j].text == ",",
            let open = (max(floor, j - 6)..<j).last(where: { t[$0].text == "," }),
            open + 2 < j, ["both", "all", "each"].contains(t[open + 1].lower),
            t[(open + 1)..<j].allSatisfy({ $0.isWord && !$0.isInsideQuote }),
            let name = nounPhrase(endingAt: open - 1, p, floor: floor), name.kind == .name
        {
            return name
        }
        if t[j].text == "," {
            if let name = appositiveSubject(p, comma: j, floor: floor) { return name }
            // `Sen. Ann Lee (D-Ohio), said`: a stray comma after the party and state.
            guard let open = partyTagOpening(closing: j - 1, t, floor: floor),
                let name = nounPhrase(endingAt: open - 1, p, floor: floor), name.kind == .name
            else { return nil }
            return name
        }
        if isDash(t[j]) { return dashedSubject(p, closing: j, floor: floor) }
        // `James Comey Jr. said`
        if t[j].text == ".", j - 1 >= floor, t[j - 1].isCapitalized,
            ["jr", "sr", "inc", "co", "corp", "ltd"].contains(t[j - 1].lower)
        {
            j -= 1
        }
        // `Lee and others said`: the others speak with the name before them.
        if t[j].lower == "others",
            let first = firstConjunct(
                before: SpeakerMention(kind: .description, tokens: j..<(j + 1)), p, floor: floor)
        {
            return first
        }
        guard
            let phrase = nounPhrase(endingAt: j, p, floor: floor)
                ?? genericDescription(endingAt: j, p, floor: floor)
                ?? groupSubject(endingAt: j, p, floor: floor)
        else { return nil }
        // `A letter from the legion obtained by The Associated Press warns`: whoever obtained
        // a document is no subject, unlike whoever released it (`a report released by the
        // institute estimated`).
        let by = phrase.tokens.lowerBound - 1
        if by - 1 >= floor, t[by].lower == "by", Self.obtainers.contains(t[by - 1].lower) {
            return nil
        }
        // `White America embracing Obama announced`: the object of a gerund after its own
        // subject is no subject.
        if by - 1 >= floor, t[by].isWord, !t[by].isCapitalized, t[by].lower.count > 4,
            t[by].lower.hasSuffix("ing"), CueVerbs.lemma(t[by].lower) == nil,
            t[by - 1].isWord, t[by - 1].isCapitalized, !t[by - 1].isPossessive
        {
            return nil
        }
        guard phrase.kind == .description else { return phrase }
        return firstConjunct(before: phrase, p, floor: floor)
            ?? unclosedAppositiveName(before: phrase, p, floor: floor) ?? phrase
    }

    /// `..., Ann Lee, the party's treasurer said`: a person's name set off by commas before
    /// a post whose closing comma is missing; the name is who speaks. A place is no name
    /// (`in Malibu, California, a spokesman said`).
    private static func unclosedAppositiveName(
        before phrase: SpeakerMention, _ p: Passage, floor: Int
    ) -> SpeakerMention? {
        let t = p.tokens
        let comma = phrase.tokens.lowerBound - 1
        guard comma - 1 >= floor, t[comma].text == ",", let head = phrase.tokens.last,
            Titles.roleNouns.contains(t[head].lower) || Titles.titleHeads.contains(t[head].lower),
            let name = nounPhrase(endingAt: comma - 1, p, floor: floor), name.kind == .name,
            name.tokens.lowerBound > floor, t[name.tokens.lowerBound - 1].text == ",",
            !t[name.tokens].contains(where: { $0.isWord && Gazetteer.isPlace($0.lower) }),
            !Gazetteer.isPlace(p.text(tokens: name.tokens).lowercased())
        else { return nil }
        return name
    }

    /// `Ann Lee and her lawyers said`, `Lee, Hart and other experts said`: a subject that
    /// joins names to a description speaks through its first conjunct, when that is a name
    /// or a personal pronoun that opens the clause. The list ends before a name that does not
    /// open one (`In Ames, Lee, Hart and other experts said` gives Lee). Names joined to names
    /// are left as they are: either may speak for the claim.
    static func firstConjunct(
        before last: SpeakerMention, _ p: Passage, floor: Int
    ) -> SpeakerMention? {
        let t = p.tokens
        var and = last.tokens.lowerBound - 1
        // `Lee and former Gov. Ann Hart`
        while and > floor, t[and].isWord, !t[and].isCapitalized,
            Titles.titleModifiers.contains(t[and].lower)
        {
            and -= 1
        }
        guard and - 1 >= floor, t[and].lower == "and", !t[and].isInsideQuote else { return nil }
        var first: SpeakerMention? = nil
        var end = and - 1
        // `Lee, Hart, and Bell`: the serial comma.
        if t[end].text == ",", end - 1 >= floor { end -= 1 }
        for _ in 0..<4 {
            guard
                let conjunct = nounPhrase(
                    endingAt: nameEnd(before: end + 1, t, floor: floor), p, floor: floor),
                conjunct.kind == .name
                    || conjunct.kind == .pronoun
                        && ["he", "she", "they"].contains(t[conjunct.tokens.lowerBound].lower),
                opensClause(conjunct, t, floor: floor)
            else { break }
            first = conjunct
            let comma = conjunct.tokens.lowerBound - 1
            guard comma - 1 >= floor, t[comma].text == "," else { break }
            end = comma - 1
        }
        return first
    }

    /// The mention opens its clause: it starts the sentence, or follows punctuation or a
    /// conjunction that opens the sentence (`But Lee and Hart said`).
    private static func opensClause(_ m: SpeakerMention, _ t: [Token], floor: Int) -> Bool {
        let before = m.tokens.lowerBound - 1
        guard before >= floor else { return true }
        if !t[before].isWord { return !t[before].isInsideQuote }
        return before == floor && ["but", "and", "yet", "so"].contains(t[before].lower)
    }

    /// Words besides ``auxiliaries`` that stand between a subject and its verb (`Lee now
    /// says`, `Lee and Hart both stressed`, `aides have long insisted`, `Lee himself said`,
    /// `Lee meanwhile said`).
    static let verbAdverbs: WordSet = [
        "now", "both", "all", "long", "since", "here", "there", "currently", "too", "itself",
        "himself", "herself", "meanwhile",
    ]

    /// Participles whose agent came by a document without writing it.
    static let obtainers: WordSet = [
        "obtained", "seen", "reviewed", "acquired", "leaked", "shared", "cited", "quoted",
        "reported", "viewed",
    ]

    static let weekdays: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Where a time adjunct between a subject and its verb starts, when one ends at token
    /// `j`: `Lee on Friday said`, `Lee on Thursday evening said`, `Lee last week said`,
    /// `Lee this past week said`, `Lee in a statement said`.
    static func timeAdjunct(endingAt j: Int, _ t: [Token], floor: Int) -> Int? {
        var k = j
        let w = t[k].lower
        if ["morning", "afternoon", "evening", "night"].contains(w), k - 1 >= floor,
            weekdays.contains(t[k - 1].lower)
        {
            k -= 1
        }
        if weekdays.contains(t[k].lower) {
            if k - 1 >= floor, ["on", "late", "early"].contains(t[k - 1].lower) { k -= 1 }
            return k
        }
        if ["week", "month", "year", "weekend", "night"].contains(w), k - 1 >= floor,
            ["last", "this", "next", "past"].contains(t[k - 1].lower)
        {
            k -= 1
            // `this past week`
            if t[k].lower == "past", k - 1 >= floor, ["this", "the"].contains(t[k - 1].lower) {
                k -= 1
            }
            if k - 1 >= floor, ["earlier", "later"].contains(t[k - 1].lower) { k -= 1 }
            return k
        }
        if ["statement", "interview"].contains(w), k - 2 >= floor,
            ["a", "an"].contains(t[k - 1].lower), t[k - 2].lower == "in"
        {
            return k - 2
        }
        return nil
    }

    /// The comma that opens a discourse adverb ending at token `j` (`, however,`, `, in
    /// fact,`), or nil.
    static func discourseAdverb(endingAt j: Int, _ t: [Token], floor: Int) -> Int? {
        var k = j
        while k >= floor, j - k < 2, t[k].isWord, !t[k].isCapitalized { k -= 1 }
        guard k > floor, k < j, t[k].text == ",", !t[k - 1].isInsideQuote else { return nil }
        let words = t[(k + 1)...j].map(\.lower).joined(separator: " ")
        return discourseAdverbs.contains(words) ? k : nil
    }

    /// Adverbs that a writer sets off by commas between a subject and its verb.
    static let discourseAdverbs: Set<String> = [
        "however", "though", "too", "meanwhile", "also", "instead", "moreover", "therefore",
        "in fact", "for example", "for instance", "of course", "in turn", "at least",
        "in particular", "in response", "in contrast", "by contrast", "in addition",
    ]

    /// A dash, spaced or doubled (`--`).
    static func isDash(_ token: Token) -> Bool { token.kind == .dash || token.text == "-" }

    /// `Ann Lee -- a lawyer for the city -- said`: the name before an appositive set off by
    /// dashes, the closing one at token `closing`.
    static func dashedSubject(_ p: Passage, closing: Int, floor: Int) -> SpeakerMention? {
        let t = p.tokens
        var open = closing - 1
        while open >= floor, t[open].text == "-" { open -= 1 }
        while open > floor, closing - open < 30, !isDash(t[open]), !t[open].isInsideQuote {
            open -= 1
        }
        guard open > floor, isDash(t[open]) else { return nil }
        var end = open - 1
        while end > floor, t[end].text == "-" { end -= 1 }
        // `But Ann Lee - a lawyer - said`: a conjunction may open the sentence before it.
        guard let name = nounPhrase(endingAt: end, p, floor: floor), name.kind == .name,
            name.tokens.lowerBound == floor || !t[name.tokens.lowerBound - 1].isWord
                || name.tokens.lowerBound - 1 == floor
                    && ["but", "and", "yet", "so"].contains(t[floor].lower)
        else { return nil }
        return name
    }

    /// The name that an appositive opened by `, a`, `, an` or `, the` follows, the nearest
    /// before token `end` in its sentence (`Ann Lee` in `Ann Lee, a doctor from Ely`).
    static func appositiveHead(before end: Int, _ p: Passage, floor: Int) -> SpeakerMention? {
        let t = p.tokens
        var k = end - 2
        while k > floor {
            if t[k].text == ",", k + 1 < end, ["a", "an", "the"].contains(t[k + 1].lower) {
                guard let name = nounPhrase(endingAt: k - 1, p, floor: floor), name.kind == .name
                else { return nil }
                return name
            }
            k -= 1
        }
        return nil
    }

    /// A name, pronoun or description that ends at token `j`.
    static func nounPhrase(endingAt j: Int, _ p: Passage, floor: Int) -> SpeakerMention? {
        let t = p.tokens
        guard j >= floor, t[j].isWord, !t[j].isInsideQuote else { return nil }
        let tok = t[j]
        if pronouns.contains(tok.lower) {
            return SpeakerMention(kind: .pronoun, tokens: j..<(j + 1))
        }
        if tok.isCapitalized || NameRuns.isParticleName(tok) {
            var k = j
            while k - 1 >= floor, j - k < 8 {
                let prev = t[k - 1]
                if prev.isInsideQuote || prev.isPossessive { break }
                if prev.isWord && prev.isCapitalized
                    && (!Titles.determiners.contains(prev.lower)
                        && !Self.capitalisedFunctionWords.contains(prev.lower)
                        || isInitial(k - 1, in: t))
                {
                    k -= 1
                } else if prev.text == ".", k - 2 >= floor, t[k - 2].isWord, t[k - 2].isCapitalized
                {
                    k -= 1
                } else if prev.isWord, NameRuns.connectors.contains(prev.lower),
                    prev.lower != "and",
                    k - 2 >= floor, t[k - 2].isCapitalized
                {
                    k -= 1
                } else if prev.text == "&", k - 2 >= floor, t[k - 2].isWord,
                    t[k - 2].isCapitalized, !t[k - 2].isPossessive
                {
                    // `Marks & Spencer said`; `AT&T said`, whose first part is no function
                    // word (`at`) in capitals.
                    k -= 1
                    if t[k - 1].isAllCaps, Self.capitalisedFunctionWords.contains(t[k - 1].lower) {
                        k -= 1
                        break
                    }
                } else {
                    break
                }
            }
            if t[k...j].allSatisfy({
                !$0.isWord || Self.capitalisedFunctionWords.contains($0.lower)
            }) {
                return nil
            }
            // `Fox's Chris Wallace`, `Britain's Theresa May`
            if k - 1 >= floor, t[k - 1].isPossessive, t[k - 1].isCapitalized,
                !t[k - 1].isInsideQuote
            {
                k -= 1
                // `The Washington Post's Ed O'Keefe`
                while k - 1 >= floor, t[k - 1].isWord, t[k - 1].isCapitalized,
                    !t[k - 1].isPossessive,
                    !t[k - 1].isInsideQuote, j - k < 10,
                    !Self.capitalisedFunctionWords.contains(t[k - 1].lower)
                        || t[k - 1].lower == "the"
                {
                    k -= 1
                    if t[k].lower == "the" { break }
                }
            }
            var m = k - 1
            if m >= floor, t[m].lower == "the" { m -= 1 }
            // `a spokesman for the Home Office`
            if let voice = affiliatedVoice(preposition: m, end: j, p, floor: floor) {
                return voice
            }
            // `Rhian Beynon of the JCWI`: the person before the body speaks.
            if m == k - 2, let person = affiliatedPerson(preposition: m, p, floor: floor) {
                return SpeakerMention(kind: .name, tokens: person)
            }
            // `spokeswoman Haley Morris`, `presidential candidate Martin O’Malley`
            if k - 1 >= floor, t[k - 1].isWord, !t[k - 1].isCapitalized,
                Titles.roleNouns.contains(t[k - 1].lower)
                    || Titles.titleHeads.contains(t[k - 1].lower)
            {
                let d = description(endingAt: k - 1, p, floor: floor)
                return SpeakerMention(kind: .name, tokens: (d?.lowerBound ?? k - 1)..<(j + 1))
            }
            if k - 1 >= floor, t[k - 1].lower == "the" {
                return SpeakerMention(kind: .name, tokens: (k - 1)..<(j + 1))
            }
            // `The 55-year-old Frenchman`: an age between `the` and a nationality.
            if k == j, k - 2 >= floor, Epithets.demonyms.contains(tok.lower),
                Epithets.isAge(t[k - 1].lower), t[k - 2].lower == "the"
            {
                return SpeakerMention(kind: .name, tokens: (k - 2)..<(j + 1))
            }
            return SpeakerMention(kind: .name, tokens: k..<(j + 1))
        }
        if let d = description(endingAt: j, p, floor: floor) {
            // `a spokesman for the firm`, `the boss of a rival firm`
            return affiliatedVoice(preposition: d.lowerBound - 1, end: j, p, floor: floor)
                ?? SpeakerMention(kind: .description, tokens: d)
        }
        return nil
    }

    /// `according to the Elmford Golf Foundation`: token `preposition` is the `to` of `according
    /// to`, so the name after it is a source, not an object.
    static func isAccordingTo(_ t: [Token], preposition i: Int) -> Bool {
        i > 0 && i < t.count && t[i].lower == "to" && t[i - 1].lower == "according"
    }

    /// Words that join someone's role to the body they work for (`a spokesman for`, `the
    /// head of`, `an analyst at`, `a lawyer with`).
    static let affiliationWords: WordSet = ["for", "of", "at", "with"]

    /// The description of someone for a body, when token `preposition` joins one to the body
    /// named up to token `end`: `a spokesman for` + `the Home Office`. After a name and a
    /// comma, the name: `Sam Lau, the communications director for the party, said`.
    private static func affiliatedVoice(
        preposition m: Int, end j: Int, _ p: Passage, floor: Int
    ) -> SpeakerMention? {
        let t = p.tokens
        guard m >= floor, t[m].isWord, affiliationWords.contains(t[m].lower),
            let d = description(endingAt: m - 1, p, floor: floor)
        else { return nil }
        if d.lowerBound - 2 >= floor, t[d.lowerBound - 1].text == ",",
            let name = nounPhrase(endingAt: d.lowerBound - 2, p, floor: floor),
            name.kind == .name
        {
            return name
        }
        return SpeakerMention(kind: .description, tokens: d.lowerBound..<(j + 1))
    }

    /// The person's name before `of the`, `at the` or `from the` (token `preposition`):
    /// `Rhian Beynon` in `Rhian Beynon of the JCWI`. Two or three capitalised words that open
    /// a known given name, or two words of which none belongs to a body's name or a place
    /// (`The Supreme Court of the United States` names nobody).
    private static func affiliatedPerson(
        preposition m: Int, _ p: Passage, floor: Int
    ) -> Range<Int>? {
        let t = p.tokens
        guard m - 2 >= floor, t[m].isWord, ["of", "at", "from"].contains(t[m].lower) else {
            return nil
        }
        var k = m
        while k - 1 >= floor, m - k < 3, t[k - 1].isWord, t[k - 1].isCapitalized,
            !t[k - 1].isPossessive, !t[k - 1].isInsideQuote
        {
            k -= 1
        }
        let words = t[k..<m].map(\.lower)
        guard m - k >= 2, k == floor || !t[k - 1].isWord || !t[k - 1].isCapitalized,
            FirstNames.contains(words[0])
                || words.count == 2
                    && !words.contains(where: {
                        OrganisationLexicon.heads.contains($0)
                            || OrganisationLexicon.ofHeads.contains($0)
                            || OrganisationLexicon.notNames.contains($0)
                            || capitalisedFunctionWords.contains($0) || Gazetteer.isPlace($0)
                    })
        else { return nil }
        return k..<m
    }

    /// A description whose head, a role noun, is token `j`: `the officer`,
    /// `Britain’s most senior child protection police officer`, `O’Malley’s campaign`.
    static func description(endingAt j: Int, _ p: Passage, floor: Int) -> Range<Int>? {
        let t = p.tokens
        guard j >= floor, t[j].isWord,
            Titles.roleNouns.contains(t[j].lower) || Titles.organisationNouns.contains(t[j].lower)
        else { return nil }
        var k = j
        while k - 1 >= floor, j - k < 9 {
            let prev = t[k - 1]
            // `the 24-year-old striker`: an age is a word of the description.
            guard prev.isWord || Epithets.isAge(prev.lower), !prev.isInsideQuote else { break }
            if prev.isPossessive {
                // `the paper's editorial board`
                let withDeterminer = k - 2 >= floor && Titles.determiners.contains(t[k - 2].lower)
                if withDeterminer { return partitiveStart(k - 2, t, floor: floor)..<(j + 1) }
                // `Sri Lanka's government`: the possessor's whole name.
                var s = k - 1
                while prev.isCapitalized, s - 1 >= floor, k - s < 4, t[s - 1].isWord,
                    t[s - 1].isCapitalized, !t[s - 1].isPossessive, !t[s - 1].isInsideQuote,
                    !capitalisedFunctionWords.contains(t[s - 1].lower)
                {
                    s -= 1
                }
                return partitiveStart(s, t, floor: floor)..<(j + 1)
            }
            if Titles.determiners.contains(prev.lower) {
                // `Two in three voters`: the count is the end of a share.
                if let share = shareStart(endingAt: k - 1, t, floor: floor) {
                    return share..<(j + 1)
                }
                let possessor = k - 2 >= floor && t[k - 2].isPossessive && t[k - 2].isCapitalized
                return partitiveStart(possessor ? k - 2 : k - 1, t, floor: floor)..<(j + 1)
            }
            // `a Department for Work and Pensions spokeswoman`: `and` inside a body's name;
            // `chairman and chief executive`: two titles of one person.
            if prev.lower == "and",
                joinsBodyName(at: k - 1, t, floor: floor) || joinsTitles(at: k - 1, t, floor: floor)
            {
                k -= 1
                continue
            }
            if CueVerbs.lemma(prev.lower) != nil || Attribution.auxiliaries.contains(prev.lower)
                || ["and", "or", "but", "that", "which", "who", "when", "as", "if", "to"].contains(
                    prev.lower)
            {
                break
            }
            k -= 1
        }
        // A bare plural or title at the start of a sentence: `Officials said`, `Police said`.
        if k == floor || (k - 1 >= floor && t[k - 1].kind != .word) {
            return k..<(j + 1)
        }
        return nil
    }

    /// `one of the officers`, `another of Lee's aides`: one person among those the phrase at
    /// token `start` names is the speaker, so the phrase starts with the count. A group (`some
    /// of the officers`) is a source (``groupSubject(endingAt:_:floor:)``).
    private static func partitiveStart(_ start: Int, _ t: [Token], floor: Int) -> Int {
        guard start - 2 >= floor, t[start - 1].lower == "of",
            ["one", "another"].contains(t[start - 2].lower), !t[start - 2].isInsideQuote
        else { return start }
        return start - 2
    }

    /// The `and` at token `i` joins a title to the one after it (`chairman and chief
    /// executive`, `founder and president`).
    private static func joinsTitles(at i: Int, _ t: [Token], floor: Int) -> Bool {
        guard i - 1 >= floor, i + 1 < t.count, t[i - 1].isWord, !t[i - 1].isInsideQuote,
            !t[i - 1].isPossessive
        else { return false }
        let after = t[i + 1].lower
        return Titles.titleHeads.contains(t[i - 1].lower)
            && (Titles.titleHeads.contains(after)
                || Titles.titleModifiers.contains(after) && i + 2 < t.count
                    && Titles.titleHeads.contains(t[i + 2].lower))
    }

    /// The `and` at token `i` joins two words of a body's name that opens with a word such
    /// as `Department` or `Ministry`: `Department for Work and Pensions`, not `the Public and
    /// Commercial Services union` nor `Department for Media, Culture and Sport`.
    private static func joinsBodyName(at i: Int, _ t: [Token], floor: Int) -> Bool {
        guard i - 1 >= floor, i + 1 < t.count, t[i - 1].isCapitalized, t[i + 1].isCapitalized
        else { return false }
        var s = i - 1
        while s - 1 >= floor, t[s - 1].isWord, !Titles.determiners.contains(t[s - 1].lower),
            t[s - 1].isCapitalized || ["for", "of"].contains(t[s - 1].lower)
        {
            s -= 1
        }
        return OrganisationLexicon.ofHeads.contains(t[s].lower)
    }

    /// Where a description ends once an affiliation is taken in: `spokesman` + `for the
    /// Home Office` ends after "Office". `end` is the token after the role noun.
    static func endOfAffiliation(after end: Int, in t: [Token], limit: Int) -> Int {
        guard end + 1 < limit, ["for", "of", "at"].contains(t[end].lower),
            t[end + 1].isCapitalized || t[end + 1].lower == "the"
        else { return end }
        var k = end + 1
        if t[k].lower == "the" { k += 1 }
        let name = k
        while k < limit, t[k].isWord, t[k].isCapitalized { k += 1 }
        if k > name { return k }
        // `a spokesman for the company`, `for the investment bank`: a body's common noun.
        var m = k
        while m < limit, m - k < 3, t[m].isWord, !t[m].isCapitalized {
            if Titles.organisationNouns.contains(t[m].lower) { return m + 1 }
            m += 1
        }
        return end
    }

    /// `Republican of New York`: a party and state in apposition after a politician's name.
    static func isPartyAndState(_ tokens: ArraySlice<Token>) -> Bool {
        let words = tokens.filter(\.isWord)
        guard words.count >= 3, ["republican", "democrat", "independent"].contains(words[0].lower)
        else { return false }
        return words[1].lower == "of"
    }

    /// `1st`, `2nd`, `23rd`, `4th`: an ordinal written in figures.
    static func isOrdinal(_ lower: String) -> Bool {
        ["st", "nd", "rd", "th"].contains { lower.hasSuffix($0) }
            && lower.dropLast(2).allSatisfy(\.isNumber) && lower.count > 2
    }

    /// `D-Ohio`, `R-Fla.`: a party and state after an American politician's name.
    static func isPartyTag(_ token: Token) -> Bool {
        let scalars = Array(token.text.unicodeScalars.prefix(2))
        return scalars.count == 2 && ScalarClass.isUpper(scalars[0]) && scalars[1] == "-"
    }

    /// A noun phrase with any head right before a reporting verb: `one user wrote`,
    /// `the investigator said`. Only a determiner within a few words makes it one.
    static func genericDescription(endingAt j: Int, _ p: Passage, floor: Int) -> SpeakerMention? {
        let t = p.tokens
        guard j >= floor, t[j].isWord || Epithets.isAge(t[j].lower), !t[j].isCapitalized,
            !t[j].lower.hasSuffix("ly"), !Self.nonHeads.contains(t[j].lower),
            !Titles.determiners.contains(t[j].lower)
        else {
            return nil
        }
        var k = j
        while k - 1 >= floor, j - k < 4 {
            let prev = t[k - 1]
            guard prev.isWord || Epithets.isAge(prev.lower), !prev.isInsideQuote,
                !Self.nonHeads.contains(prev.lower)
            else {
                return nil
            }
            if ["the", "a", "an", "one", "another", "his", "her", "their", "its"].contains(
                prev.lower)
                || prev.isPossessive
            {
                // `the party's treasurer`: the possessor's own determiner. (`The Bank's
                // annual report showed`: a verb's bare form after a singular noun is a noun.)
                let owned =
                    prev.isPossessive && k - 2 >= floor
                    && Titles.determiners.contains(t[k - 2].lower)
                if owned, j + 1 < t.count, t[j + 1].isWord,
                    CueVerbs.lemma(t[j + 1].lower) == t[j + 1].lower, !t[j].lower.hasSuffix("s")
                {
                    return nil
                }
                let start = partitiveStart(owned ? k - 2 : k - 1, t, floor: floor)
                guard
                    start == floor || !t[start - 1].isWord
                        || ["and", "but", "so"].contains(t[start - 1].lower)
                else { return nil }
                return SpeakerMention(kind: .description, tokens: start..<(j + 1))
            }
            k -= 1
        }
        return nil
    }

    /// Words that never head a speaking noun phrase.
    static let nonHeads: WordSet = [
        "that", "which", "who", "what", "it", "this", "there", "here", "also", "not", "is", "was",
        "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "as", "he", "she",
        "they", "we", "i", "you", "be", "been", "have", "has", "had", "would", "will", "could",
        "when", "where", "while", "if", "than", "then", "so", "because", "after", "before",
        "time", "day", "week", "year", "month", "night", "morning", "evening",
    ]

    /// The `(` of a party and state that token `closing` closes (`(D-Ohio)` in `Sen. Ann Lee
    /// (D-Ohio), said`), or nil.
    private static func partyTagOpening(closing: Int, _ t: [Token], floor: Int) -> Int? {
        guard closing - 1 > floor, t[closing].text == ")",
            let open = (max(floor, closing - 8)..<closing).last(where: { t[$0].text == "(" }),
            open + 1 < closing, isPartyTag(t[open + 1])
        else { return nil }
        return open
    }

    /// Where the lower-case title words before token `i` begin (`state` in `state Del. Marcia
    /// Price`, `former` in `former Gov. Ann Hart`); `i` when there are none.
    private static func titleModifiersStart(before i: Int, _ t: [Token], floor: Int) -> Int {
        var start = i
        while start - 1 > floor, i - start < 3, t[start - 1].isWord, !t[start - 1].isCapitalized,
            Titles.titleModifiers.contains(t[start - 1].lower)
        {
            start -= 1
        }
        return start
    }

    /// `Mr Bailey, the national policing lead for child protection, said`: the name before
    /// the appositive.
    private static func appositiveSubject(_ p: Passage, comma: Int, floor: Int) -> SpeakerMention? {
        let t = p.tokens
        // `the assailant, John McGraw, told`: the name itself stands in apposition, its title
        // with it and its party after it (`Scott's niece, state Del. Marcia Price (D-Va.),
        // shouted`).
        var end = comma - 1
        if let open = partyTagOpening(closing: end, t, floor: floor) { end = open - 1 }
        if let name = nounPhrase(endingAt: end, p, floor: floor), name.kind == .name,
            case let opening = titleModifiersStart(before: name.tokens.lowerBound, t, floor: floor),
            opening > floor, t[opening - 1].text == ",",
            // `Sam Lau, Acme's Managing Editor, said`: a title in apposition is no name.
            !Titles.titleHeads.contains(t[end].lower.replacingDots()),
            !t[name.tokens].filter(\.isWord).allSatisfy({
                Gazetteer.isPlace($0.lower) || isPartyTag($0)
            }),
            !isPartyAndState(t[name.tokens]),
            // `Jeff Zucker, President of CNN Worldwide, replied`: a title of a body.
            !(Titles.titleHeads.contains(t[name.tokens.lowerBound].lower.replacingDots())
                && t[name.tokens].contains(where: { ["of", "for", "at"].contains($0.lower) }))
        {
            return name
        }
        var fallback: SpeakerMention? = nil
        var k = comma - 1
        // Try each earlier comma; a name that opens the sentence wins (`Dean Johnson, a
        // salesman from Sumter, South Carolina, says`).
        while k > floor, comma - k < 30 {
            let tok = t[k]
            // `Ann Lee, wearing "Vote Lee" badges, said`: a short quotation within the
            // appositive's running text is passed over.
            if tok.kind == .quoteMark, let q = p.quoteByClose[tok.start] {
                let open = p.tokenIndex(atOrAfter: p.quotes[q].open)
                if open > floor, open < k, k - open <= 8, t[open - 1].isWord,
                    !t[open - 1].isCapitalized, !t[open - 1].isInsideQuote,
                    k + 1 == comma || (t[k + 1].isWord && !t[k + 1].isCapitalized),
                    !t[(open + 1)..<k].contains(where: { [".", "!", "?"].contains($0.text) })
                {
                    k = open - 1
                    continue
                }
            }
            if tok.kind == .quoteMark || tok.isInsideQuote { break }
            // `the State Department`: a capitalised word is a name, not a reporting verb; nor
            // is a word that a capitalised name modifies (`the Indiana state firefighters
            // union`).
            if tok.isWord, !tok.isCapitalized, CueVerbs.lemma(tok.lower) != nil,
                !CueVerbs.isParticiple(tok.lower),
                !(k - 1 > floor && t[k - 1].isWord && t[k - 1].isCapitalized
                    && !t[k - 1].isPossessive && !isSentenceStart(k - 1, in: t)
                    && k + 1 < t.count && t[k + 1].isWord && !t[k + 1].isCapitalized),
                !isNounOrRelative(k, in: t, floor: floor)
            {
                break
            }
            // `Rep. Ann Lee (D-Ohio), a member of the committee, said`: the name before the
            // party and state.
            var end = k
            if tok.text == ",", k - 1 > floor, t[k - 1].text == ")",
                let open = (max(floor, k - 8)..<(k - 1)).last(where: { t[$0].text == "(" })
            {
                end = open
            }
            if tok.text == ",", comma - k >= 2,
                let subject = nounPhrase(
                    endingAt: nameEnd(before: end, t, floor: floor), p, floor: floor),
                subject.kind != .pronoun, !isPartyAndState(t[subject.tokens]),
                !t[subject.tokens].filter(\.isWord).allSatisfy({ Gazetteer.isPlace($0.lower) })
            {
                let opener = subject.tokens.lowerBound - 1
                // A dot within the sentence ends an abbreviation (`a Ft. Worth member`), a word.
                if opener < floor || !t[opener].isWord && t[opener].text != "." {
                    // `Dr Ann Lee, Acme senior vice president, Research and Policy, said`: a
                    // title, and the department after it, set off by commas after a name stand
                    // for the name.
                    guard subject.kind == .description, opener > floor, t[opener].text == ",",
                        k + 1 < comma,
                        t[(k + 1)..<comma].allSatisfy({
                            $0.isWord && ($0.isCapitalized || $0.lower == "and") || $0.text == "&"
                        })
                    else { return subject }
                    if fallback == nil { fallback = subject }
                    k -= 1
                    continue
                }
                // `One pastor backing Mr. Cruz, Ann Lee of Grace Church, said`: the name
                // that opens the appositive, not the object before it.
                // `a woman in Worcester, Massachusetts, told`: a town before its state is no
                // speaker; the description before its preposition is.
                if k + 2 == comma, t[k + 1].isWord, !t[k + 1].isPossessive,
                    Gazetteer.isPlace(t[k + 1].lower)
                {
                    if fallback == nil { fallback = description(before: opener, t, floor: floor) }
                } else if fallback == nil {
                    fallback = nameOpening(at: k + 1, p, limit: comma) ?? subject
                }
            }
            k -= 1
        }
        return fallback
    }

    /// `a woman` in `a woman in Worcester`: a determiner and lower-case words that end before
    /// token `end`, or nil.
    static func description(before end: Int, _ t: [Token], floor: Int) -> SpeakerMention? {
        var d = end - 1
        while d >= floor, end - d <= 4, t[d].isWord, !t[d].isCapitalized,
            !Titles.determiners.contains(t[d].lower)
        {
            d -= 1
        }
        guard d >= floor, d < end - 1, t[d].isWord, Titles.determiners.contains(t[d].lower) else {
            return nil
        }
        return SpeakerMention(kind: .description, tokens: d..<end)
    }

    /// A person's name of two words or more that starts at token `i` (`Ann Lee of Grace
    /// Church`, up to the preposition), or nil.
    static func nameOpening(at i: Int, _ p: Passage, limit: Int) -> SpeakerMention? {
        let t = p.tokens
        var j = i
        while j < limit, t[j].isWord, t[j].isCapitalized, !t[j].isPossessive,
            !capitalisedFunctionWords.contains(t[j].lower),
            !Titles.titleHeads.contains(t[j].lower.replacingDots())
        {
            j += 1
        }
        guard j - i >= 2, j < limit, [",", "of", "("].contains(t[j].lower),
            !Gazetteer.isPlace(t[i..<j].map(\.lower).joined(separator: " "))
        else { return nil }
        return SpeakerMention(kind: .name, tokens: i..<j)
    }

    /// The reporting verb's form at `k` inside an appositive is a noun (`director of state
    /// campaigns`, `a swing state`, `the report`) or the verb of a relative clause (`who
    /// spoke on condition of anonymity`, `which said ...`), neither of which ends the
    /// appositive.
    static func isNounOrRelative(_ k: Int, in t: [Token], floor: Int) -> Bool {
        if ["state", "states"].contains(t[k].lower) { return true }
        if k - 1 >= floor, t[k - 1].isWord,
            t[k - 1].isPossessive || Titles.determiners.contains(t[k - 1].lower)
                || QuoteExtractor.prepositions.contains(t[k - 1].lower)
        {
            return true
        }
        var j = k - 1
        while j >= floor, k - j <= 3, t[j].isWord {
            if ["who", "which"].contains(t[j].lower) { return true }
            j -= 1
        }
        return false
    }

    /// Token `i` opens its sentence.
    static func isSentenceStart(_ i: Int, in t: [Token]) -> Bool {
        i == 0 || t[i - 1].sentence != t[i].sentence
    }

    /// `A.` in `Jill A. Martin`: a single capital letter and a full stop are an initial, not
    /// the article.
    static func isInitial(_ i: Int, in t: [Token]) -> Bool {
        i + 1 < t.count && t[i].text.count == 1 && t[i].isCapitalized && t[i + 1].text == "."
    }

    /// The last word of a name that ends before token `k`: `James Comey Jr.` ends at `Jr`,
    /// `Ann Lee (D-Ohio)` at `Lee`.
    static func nameEnd(before k: Int, _ t: [Token], floor: Int) -> Int {
        if k - 2 >= floor, t[k - 1].text == ".", t[k - 2].isCapitalized,
            ["jr", "sr"].contains(t[k - 2].lower)
        {
            return k - 2
        }
        // `Sen. Ann Lee (D-Ohio),`: the party and state after the name.
        if k - 1 > floor, t[k - 1].text == ")",
            let open = (max(floor, k - 8)..<(k - 1)).last(where: { t[$0].text == "(" }),
            open > floor,
            t[(open + 1)..<(k - 1)].contains(where: Attribution.isPartyTag)
                || k - 1 - open <= 3
        {
            return open - 1
        }
        return k - 1
    }

    /// The end of a name that follows lower-case role words at `from` (`judicial analyst
    /// Judge Ann Lee`, `contributor and historian Ann Lee`, `ranking Democrat Ann Lee`), or nil.
    static func nameAfterRole(_ p: Passage, from: Int, limit: Int) -> Int? {
        let t = p.tokens
        var k = from
        var sawRole = false
        while k < limit, k - from < 6, t[k].isWord, !t[k].isInsideQuote {
            let w = t[k].lower
            if t[k].isCapitalized {
                // `former Olympian and BBC pundit Ann Lee`: a body's name before the role.
                var m = k
                while m < limit, m - k < 3, t[m].isWord, t[m].isCapitalized { m += 1 }
                guard k == from + 1, t[from].lower == "and", m < limit, t[m].isWord,
                    !t[m].isCapitalized,
                    Titles.roleNouns.contains(t[m].lower) || Titles.titleHeads.contains(t[m].lower)
                else { break }
                k = m
                continue
            } else if Titles.roleNouns.contains(w) || Titles.titleHeads.contains(w) {
                sawRole = true
            } else if CueVerbs.lemma(w) != nil || (nonHeads.contains(w) && w != "and")
                || Titles.determiners.contains(w)
            {
                return nil
            }
            k += 1
        }
        // `Oversight ranking Democrat Ann Lee`: a party noun, capitalised, is the role after
        // words that rank a member (`Lee backs Democrat Ann Cole` has a verb instead).
        let party =
            k > from && k + 1 < limit && t[k].isWord && t[k].isCapitalized
            && t[from..<k].allSatisfy({ Self.memberRanks.contains($0.lower) })
            && EntityExtractor.partyWords.contains(t[k].lower) && t[k + 1].isWord
            && t[k + 1].isCapitalized
        guard
            party
                || sawRole && k < limit && k > from
                    && (Titles.roleNouns.contains(t[k - 1].lower)
                        || Titles.titleHeads.contains(t[k - 1].lower))
        else { return nil }
        var end = k
        while end < limit, end - k < 6, !t[end].isInsideQuote,
            (t[end].isWord && t[end].isCapitalized)
                || (t[end].text == "." && end > k && end + 1 < limit && t[end + 1].isCapitalized)
        {
            end += 1
        }
        return end > k ? end : nil
    }

    /// Words that rank a party's member before the party noun (`ranking Democrat`).
    static let memberRanks: WordSet = [
        "ranking", "senior", "top", "leading", "fellow", "former", "veteran", "longtime",
    ]

    /// The speaker named after an inverted verb: `said Mr Bailey`, `said the officer`,
    /// `said one of those advisers`, `according to police`.
    static func subjectAfter(_ p: Passage, from start: Int, limit: Int) -> SpeakerMention? {
        guard let found = subjectAfterVerb(p, from: start, limit: limit) else {
            return describedNameAfter(p, from: start, limit: limit)
        }
        guard found.kind != .pronoun else { return found }
        let t = p.tokens
        let end = found.tokens.upperBound
        // `said former tech executive Ann Lee`: the role's holder is named right after it.
        if end < limit, t[end].isWord, t[end].isCapitalized, !t[end].isInsideQuote,
            let last = found.tokens.last,
            Titles.roleNouns.contains(t[last].lower)
                || Titles.titleHeads.contains(t[last].lower) || Epithets.isAge(t[last].lower)
        {
            var k = end
            while k < limit, k - end < 5, !t[k].isInsideQuote,
                (t[k].isWord && t[k].isCapitalized)
                    || (t[k].text == "." && k + 1 < limit && t[k + 1].isCapitalized)
            {
                k += 1
            }
            return SpeakerMention(kind: .name, tokens: found.tokens.lowerBound..<k)
        }
        if found.kind == .name, let k = nameAfterRole(p, from: end, limit: limit) {
            return SpeakerMention(kind: .name, tokens: found.tokens.lowerBound..<k)
        }
        return found
    }

    /// The speaker after an inverted verb (`"...," said Mr Bailey`): as ``subjectAfter``, but
    /// a description that a name follows in apposition gives way to the name (`said a
    /// spokeswoman for the harbour, Lena Moss.`), and a pronoun must close the clause.
    static func invertedSubject(_ p: Passage, from start: Int, limit: Int) -> SpeakerMention? {
        guard let found = subjectAfter(p, from: start, limit: limit) else { return nil }
        let t = p.tokens
        let end = found.tokens.upperBound
        // `..., said he had less magnetism`: a pronoun with a verb after it is the subject of
        // the reported clause, not the speaker of the words before.
        if found.kind == .pronoun {
            return end < limit && t[end].isWord ? nil : found
        }
        guard
            found.kind == .description || Titles.roleNouns.contains(t[end - 1].lower)
                || Titles.titleHeads.contains(t[end - 1].lower.replacingDots()),
            t[found.tokens.lowerBound].lower != "that",
            let name = appositiveName(after: end, p, limit: limit)
                ?? secondTitleName(after: end, p, limit: limit)
        else { return found }
        return name
    }

    /// `said former Gov. and party Chairman Tom Vale.`, `said chairman and chief executive Tom
    /// Vale.`: after a title, `and` a second title with the name that both belong to, closing
    /// the clause.
    private static func secondTitleName(
        after end: Int, _ p: Passage, limit: Int
    ) -> SpeakerMention? {
        let t = p.tokens
        var k = end
        if k < limit, t[k].text == "." { k += 1 }
        guard k < limit, t[k].lower == "and" else { return nil }
        let start = k + 1
        // `said chairman and chief executive Tom Vale`
        if let nameEnd = nameAfterRole(p, from: start, limit: limit),
            nameEnd == limit || [",", "."].contains(t[nameEnd].text)
        {
            return SpeakerMention(kind: .name, tokens: start..<nameEnd)
        }
        k = start
        var words = 0
        while k < limit, k - start <= 8, !t[k].isInsideQuote,
            (t[k].isWord && t[k].isCapitalized && !t[k].isPossessive)
                || (t[k].text == "." && k > start && isInitial(k - 1, in: t))
        {
            if t[k].isWord { words += 1 }
            k += 1
        }
        guard words >= 2, k == limit || [",", "."].contains(t[k].text) else { return nil }
        return SpeakerMention(kind: .name, tokens: start..<k)
    }

    /// `said a spokeswoman for the harbour, Lena Moss.`: the name that a description after
    /// an inverted verb has in apposition, closing the clause. A place (`told a crowd in
    /// Ames, Iowa,`) is no name.
    private static func appositiveName(
        after end: Int, _ p: Passage, limit: Int
    ) -> SpeakerMention? {
        let t = p.tokens
        var comma = end
        while comma < limit, comma - end < 6, t[comma].isWord, !t[comma].isInsideQuote,
            CueVerbs.lemma(t[comma].lower) == nil, !clauseWords.contains(t[comma].lower)
        {
            comma += 1
        }
        guard comma < limit, t[comma].text == "," else { return nil }
        var k = comma + 1
        var words = 0
        while k < limit, k - comma <= 6, !t[k].isInsideQuote,
            (t[k].isWord && t[k].isCapitalized && !t[k].isPossessive)
                || (t[k].text == "." && isInitial(k - 1, in: t))
        {
            if t[k].isWord { words += 1 }
            k += 1
        }
        guard words >= 2, k == limit || [",", ".", ")"].contains(t[k].text),
            !t[(comma + 1)..<k].filter(\.isWord).allSatisfy({
                Gazetteer.isPlace($0.lower) || capitalisedFunctionWords.contains($0.lower)
            }),
            !Gazetteer.isPlace(
                t[(comma + 1)..<k].filter(\.isWord).map(\.lower).joined(separator: " "))
        else { return nil }
        return SpeakerMention(kind: .name, tokens: (comma + 1)..<k)
    }

    /// The possessive word that closes a capitalised conjunct after `and` at `and`, when
    /// more capitalised words follow it: `Young's` in `Ernst and Young's Sanjay Mehta`.
    private static func possessiveConjunct(after and: Int, _ t: [Token], limit: Int) -> Int? {
        var k = and + 1
        while k < limit, k - and <= 3, t[k].isWord, t[k].isCapitalized, !t[k].isInsideQuote {
            if t[k].isPossessive {
                return k + 1 < limit && t[k + 1].isWord && !t[k + 1].isInsideQuote ? k : nil
            }
            k += 1
        }
        return nil
    }

    /// Words that open a clause or join another phrase, which end a description.
    private static let clauseWords: WordSet = [
        "who", "which", "that", "and", "or", "but", "when", "while", "as", "because", "if",
        "where", "whose", "he", "she", "they", "it", "is", "was", "has", "had",
    ]

    /// `said retired Army Lt. Gen. Mick Bednarek`, `said undecided voter Ann Lee`, `said 9/11
    /// widow Ann Lee`: one or two lower-case describing words, after a figure or none, then a
    /// name. Only a name counts: `said recently that` and `said quietly to reporters` have none.
    private static func describedNameAfter(
        _ p: Passage, from start: Int, limit: Int
    ) -> SpeakerMention? {
        let t = p.tokens
        var k = start
        // `9/11`, `2016`: a figure, its parts joined by slashes or hyphens.
        while k < limit, k - start < 5, !t[k].isInsideQuote,
            t[k].kind == .number
                || (k > start && ["/", "-"].contains(t[k].text) && k + 1 < limit
                    && t[k + 1].kind == .number)
        {
            k += 1
        }
        let wordsStart = k
        while k < limit, k - wordsStart < 2, t[k].isWord, !t[k].isCapitalized,
            !t[k].isInsideQuote
        {
            let w = t[k].lower
            if CueVerbs.lemma(w) != nil || nonHeads.contains(w) || Titles.determiners.contains(w)
                || w.hasSuffix("ly") || capitalisedFunctionWords.contains(w)
            {
                return nil
            }
            k += 1
        }
        guard k > wordsStart, k < limit, t[k].isWord, t[k].isCapitalized,
            let found = subjectAfterVerb(p, from: k, limit: limit), found.kind == .name
        else { return nil }
        return SpeakerMention(kind: .name, tokens: wordsStart..<found.tokens.upperBound)
    }

    private static func subjectAfterVerb(
        _ p: Passage, from start: Int, limit: Int
    ) -> SpeakerMention? {
        let t = p.tokens
        guard start < limit, t[start].isWord, !t[start].isInsideQuote else { return nil }
        let first = t[start]
        if ["he", "she", "they", "it"].contains(first.lower) {
            return SpeakerMention(kind: .pronoun, tokens: start..<(start + 1))
        }
        // `a former U.S. law enforcement official who ...`: a determiner, modifiers, a role noun.
        if Titles.determiners.contains(first.lower) {
            var r = start + 1
            var head = -1
            // A full stop goes on only inside an abbreviation (`the U.S. envoy`), not at the
            // end of the clause (`said the winger.`).
            while r < limit, r - start < 9,
                t[r].isWord || Epithets.isAge(t[r].lower)
                    || t[r].text == "." && r + 1 < limit && t[r + 1].isWord,
                !t[r].isInsideQuote
            {
                let w = t[r].lower
                if t[r].isWord, CueVerbs.lemma(w) != nil || (nonHeads.contains(w) && w != "of") {
                    break
                }
                // `said the 28-year-old`: an age stands for the person, as in `the 28-year-old
                // striker` the noun after it does.
                if Epithets.isAge(w) || t[r].isWord && Titles.roleNouns.contains(w) { head = r }
                r += 1
            }
            // `according to his longtime personal physician, ...`: any short noun phrase that
            // ends the clause; one that ends the sentence, only with a head that fits a person
            // (`said the winger.`, not `according to the minutes.`).
            if head < 0, r - start >= 2, r - start <= 6, r == limit || !t[r].isWord,
                t[r - 1].isWord, !t[r - 1].isCapitalized, !t[r - 1].lower.hasSuffix("ly"),
                r == limit || t[r].text != "." || Epithets.isHead(t[r - 1].lower)
            {
                head = r - 1
            }
            if head > start {
                let end = Self.endOfAffiliation(after: head + 1, in: t, limit: limit)
                return SpeakerMention(kind: .description, tokens: start..<end)
            }
        }
        // `top protection officer`: modifiers, then a role noun.
        if first.isWord, !first.isCapitalized, !Titles.roleNouns.contains(first.lower) {
            var r = start
            while r < limit, r - start < 6, t[r].isWord, !t[r].isCapitalized,
                !Titles.roleNouns.contains(t[r].lower), CueVerbs.lemma(t[r].lower) == nil,
                !nonHeads.contains(t[r].lower) || t[r].lower == "the"
            {
                r += 1
            }
            if r < limit, t[r].isWord, Titles.roleNouns.contains(t[r].lower) {
                var end = r + 1
                while end < limit, t[end].isWord, Titles.roleNouns.contains(t[end].lower) {
                    end += 1
                }
                end = Self.endOfAffiliation(after: end, in: t, limit: limit)
                return SpeakerMention(kind: .description, tokens: start..<end)
            }
        }
        var j = start
        var sawRole = false
        var sawName = false
        while j < limit, j - start < 10 {
            let tok = t[j]
            if tok.isInsideQuote { break }
            if tok.isWord && tok.isCapitalized {
                sawName = true
                j += 1
                if tok.isPossessive { continue }
            } else if tok.text == ".", j > start, t[j - 1].isWord, j + 1 < limit,
                t[j + 1].isCapitalized
            {
                j += 1
            } else if sawName, tok.kind == .number, j + 1 < limit, t[j + 1].isCapitalized,
                Self.isOrdinal(tok.lower)
            {
                // `Air Force 1st Lt. Ann Lee`: a rank's ordinal.
                j += 1
            } else if sawName, tok.lower == "and",
                let owner = possessiveConjunct(after: j, t, limit: limit)
            {
                // `added Ernst and Young's Sanjay Mehta`: a body named in two parts owns the
                // name after it.
                j = owner + 1
            } else if sawName, tok.isWord, NameRuns.connectors.contains(tok.lower),
                tok.lower != "and",
                tok.lower != "of", tok.lower != "for", j + 1 < limit, t[j + 1].isCapitalized
            {
                j += 1
            } else if sawName, tok.text == "&", j + 1 < limit, t[j + 1].isWord,
                t[j + 1].isCapitalized
            {
                // `wrote S&P credit analyst Ann Lee`, `said Marks & Spencer`
                j += 1
            } else if sawName, !sawRole, tok.lower == "of" || tok.lower == "for", j + 1 < limit,
                t[j + 1].isCapitalized, NameRuns.isOrganisationLike(t, start..<j)
            {
                // `according to Bank of England deputy governor Ann Lee`: a body's name goes
                // on across `of`, and its title and holder after it.
                j += 1
            } else if tok.isWord, Titles.roleNouns.contains(tok.lower) {
                sawRole = true
                j += 1
            } else if tok.isWord, !sawName,
                Titles.determiners.contains(tok.lower)
                    || [
                        "of", "for", "at", "senior", "former", "top", "chief", "campaign",
                        "state", "white", "house", "press", "deputy", "close", "longtime",
                    ].contains(tok.lower)
                    || (tok.lower == "of" || tok.lower == "for")
            {
                j += 1
            } else if tok.isWord, sawRole, ["of", "for", "at", "to"].contains(tok.lower),
                j + 1 < limit, t[j + 1].isCapitalized || t[j + 1].lower == "the"
            {
                j += 1
            } else {
                break
            }
        }
        // Trim trailing connectors.
        while j > start, t[j - 1].isWord,
            Titles.determiners.contains(t[j - 1].lower)
                || ["of", "for", "at", "to"].contains(t[j - 1].lower)
        {
            j -= 1
        }
        guard j > start, sawRole || sawName else { return nil }
        return SpeakerMention(
            kind: sawName && !Titles.determiners.contains(first.lower) ? .name : .description,
            tokens: start..<j)
    }
}
