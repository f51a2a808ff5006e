/// Resolves the speaker mention of each quote to a person or organisation of the article.
///
/// Names resolve to the entity named there (`Mr Bailey` is the earlier `Simon Bailey`);
/// `he` and `she` to the most recent person of a compatible gender named outside quotation
/// marks; descriptions (`the officer`, `a spokesman for the Home Office`) to the organisation
/// they name, or to the person whose titles fit, or to the article's one salient person.
/// When nothing fits the speaker stays nil: no speaker is better than a wrong one.
struct SpeakerResolver {
    let passages: [Passage]
    var table: EntityTable

    /// Mentions that named a resolved speaker, as passage × 1,000,000 + token.
    private var speakerMentions = Set<Int>()
    /// The reported content of quotes already given a person of known gender as speaker, as
    /// scalar ranges by passage order: a name inside it is what that person said, not a
    /// subject of the text.
    private var reportedContent: [Int: [(content: Range<Int>, gender: Gender)]] = [:]
    /// The posts epithets gave each person (`the chancellor`), by person index.
    var epithetPosts: [Int: Set<[String]>] = [:]
    /// The last speaker mention, a description of a bystander that named no one (`a bank
    /// spokesman said`): its passage, token, the gender it tells, and the body it speaks for
    /// (`a spokesman for the BPI`), if any.
    var unnamedSpeaker: (passage: Int, token: Int, gender: Gender?, body: SpeakerReference?)? =
        nil
    /// The quote whose speaker is being resolved: its passage and its text's scalar ranges.
    var quoteContent: (passage: Int, fragments: [Range<Int>]) = (-1, [])

    /// Each passage's mentions, in token order.
    private var mentionsByPassage: [[Int]]
    /// The kinds of body the article calls each organisation, by organisation index
    /// (``SpeakerResolver/describedKinds(passages:table:)``).
    let describedKinds: [Set<BodyKind>]

    init(passages: [Passage], table: EntityTable) {
        self.passages = passages
        self.table = table
        var byPassage = [[Int]](repeating: [], count: passages.count)
        for (i, m) in table.mentions.enumerated() where m.passage < passages.count {
            byPassage[m.passage].append(i)
        }
        mentionsByPassage = byPassage
        describedKinds = Self.describedKinds(passages: passages, table: table)
        inferGenders()
    }

    /// Third-person pronouns by the gender they tell.
    private static let pronounGenders: WordMap<Gender> = [
        "he": .male, "his": .male, "him": .male, "himself": .male,
        "she": .female, "her": .female, "hers": .female, "herself": .female,
    ]

    /// Gives a gender to people no honorific or given name told it, from the pronoun that
    /// follows their mentions (`Roof bought the gun before his check`), when every such
    /// pronoun agrees.
    private mutating func inferGenders() {
        var votes: [Int: (male: Int, female: Int)] = [:]
        for list in mentionsByPassage {
            for (k, m) in list.enumerated() {
                let mention = table.mentions[m]
                guard case .person(let i) = mention.reference, table.people[i].gender == nil,
                    !mention.isInsideQuote
                else { continue }
                let t = passages[mention.passage].tokens
                let stop =
                    k + 1 < list.count
                    ? table.mentions[list[k + 1]].tokens.lowerBound : t.count
                var j = mention.tokens.upperBound
                while j < min(stop, mention.tokens.upperBound + 15), !t[j].isInsideQuote,
                    t[j].sentence == t[mention.tokens.lowerBound].sentence
                {
                    if let gender = Self.pronounGenders[t[j].lower] {
                        switch gender {
                        case .male: votes[i, default: (0, 0)].male += 1
                        case .female: votes[i, default: (0, 0)].female += 1
                        }
                        break
                    }
                    j += 1
                }
            }
        }
        for (i, v) in votes {
            if v.male > 0, v.female == 0 { table.people[i].gender = .male }
            if v.female > 0, v.male == 0 { table.people[i].gender = .female }
        }
    }

    /// Indices into ``EntityTable/mentions`` of the mentions before a position, nearest first,
    /// at most `limit` of them.
    func mentions(before position: (Int, Int), limit: Int = 400) -> [Int] {
        var result: [Int] = []
        var passage = position.0
        while passage >= 0, result.count < limit {
            let list = mentionsByPassage[passage]
            var hi = list.count
            if passage == position.0 {
                var lo = 0
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if table.mentions[list[mid]].tokens.lowerBound < position.1 {
                        lo = mid + 1
                    } else {
                        hi = mid
                    }
                }
            }
            var k = hi - 1
            while k >= 0, result.count < limit {
                result.append(list[k])
                k -= 1
            }
            passage -= 1
        }
        return result
    }

    /// The speaker of each quote, in the order given (which must be reading order).
    mutating func resolve(_ quotes: [QuoteCandidate]) -> [SpeakerReference?] {
        var result = [SpeakerReference?](repeating: nil, count: quotes.count)
        var otherVoice = [Bool](repeating: false, count: quotes.count)
        for (q, quote) in quotes.enumerated() {
            if quote.isContinuation {
                if quote.runsOnTo == nil { result[q] = continuation(q, quotes, result) }
            } else if let mention = quote.speaker {
                let order = quote.speakerPassage ?? quote.passage
                let anchor = quote.speakerPassage == nil ? quote.anchor : mention.tokens.lowerBound
                quoteContent = (quote.passage, quote.fragments)
                if mention.kind == .pronoun, continuesUnnamedSpeaker(mention, in: passages[order]) {
                    result[q] = unnamedSpeaker?.body
                } else {
                    result[q] = resolve(mention, in: passages[order], anchor: anchor)
                }
                otherVoice[q] = result[q] == nil && isOtherVoice(mention, in: passages[order])
                noteUnnamedSpeaker(mention, resolved: result[q], in: passages[order])
                // `"...," he said.`, `Priebus said` (a surname the entity pass did not link),
                // `the admiral said` (a description resolved by title): the mention now names
                // its person for the pronouns after it, as the subject of its clause.
                if case .person? = result[q], let r = result[q],
                    !overlapping(mention.tokens, in: passages[order]).contains(where: {
                        if case .person = $0.reference { return true } else { return false }
                    })
                {
                    addMention(r, tokens: mention.tokens, in: passages[order])
                }
                // `Lee was asked by Ann Cole, "..."`: the one who asks is the passive's agent;
                // Lee stays the sentence's subject. (`denied by Mr Lee, who said` keeps Lee.)
                let first = mention.tokens.lowerBound
                let isAgent =
                    first > 0 && passages[order].tokens[first - 1].lower == "by"
                    && quote.cue?.lowercased().hasPrefix("ask") == true
                if result[q] != nil, !isAgent {
                    for m in overlapping(mention.tokens, in: passages[order]) {
                        speakerMentions.insert(m.passage * 1_000_000 + m.tokens.lowerBound)
                    }
                }
                // `According to Lee, Cole praised ...` is the sentence's own main clause: its
                // subject stays a subject.
                if quote.kind != .direct, case .person(let i)? = result[q],
                    let gender = table.people[i].gender,
                    quote.cue?.lowercased().hasPrefix("according") != true
                {
                    reportedContent[quote.passage, default: []] += quote.fragments.map {
                        (content: $0, gender: gender)
                    }
                }
            }
        }
        resolveRepeatedDescriptions(quotes, &result, &otherVoice)
        // A quotation beside an attributed one in its paragraph shares that speaker, even when
        // the attribution comes after it; an attribution the rules could not resolve between
        // them (`But her spokesman insisted ...`) keeps it from the speaker beyond.
        var nextResolved = [Int?](repeating: nil, count: quotes.count)
        var upcoming: Int? = nil
        for q in quotes.indices.reversed() {
            if let u = upcoming, quotes[u].passage != quotes[q].passage { upcoming = nil }
            nextResolved[q] = upcoming
            upcoming = nearestAttributed(q, quotes, result, otherVoice) ?? upcoming
        }
        var previous: Int? = nil
        for q in quotes.indices {
            if let v = previous, quotes[v].passage != quotes[q].passage { previous = nil }
            if quotes[q].isContinuation && result[q] == nil && quotes[q].runsOnTo == nil {
                let candidates = [previous, nextResolved[q]].compactMap { $0 }
                if let nearest = candidates.min(by: { abs($0 - q) < abs($1 - q) }) {
                    result[q] = result[nearest]
                }
            }
            previous = nearestAttributed(q, quotes, result, otherVoice) ?? previous
        }
        // Backwards, so that a chain of quotations that ran on takes the speaker of the one
        // that closes it.
        for q in quotes.indices.reversed() {
            guard let start = quotes[q].runsOnTo else { continue }
            if let next = (q + 1..<min(q + 4, quotes.count)).first(where: { k in
                quotes[k].passage == quotes[q].passage
                    && quotes[k].fragments.contains { $0.contains(start) }
            }) {
                result[q] = result[next]
            }
        }
        return result
    }

    /// `the prime minister said` where the rules found no one, in an article where the same
    /// words elsewhere named one person: that person, as a report names one holder of a post
    /// (`the chancellor`, `the Tory leader`) all through.
    private func resolveRepeatedDescriptions(
        _ quotes: [QuoteCandidate], _ result: inout [SpeakerReference?], _ otherVoice: inout [Bool]
    ) {
        func description(_ q: Int) -> String? {
            guard let mention = quotes[q].speaker, mention.kind == .description else { return nil }
            let p = passages[quotes[q].speakerPassage ?? quotes[q].passage]
            guard p.tokens[mention.tokens.lowerBound].lower == "the" else { return nil }
            return p.text(tokens: mention.tokens).lowercased()
        }
        var people: [String: Set<Int>] = [:]
        for q in quotes.indices {
            guard case .person(let i)? = result[q], let words = description(q) else { continue }
            people[words, default: []].insert(i)
        }
        guard !people.isEmpty else { return }
        for q in quotes.indices where result[q] == nil {
            guard let words = description(q), let found = people[words], found.count == 1,
                let i = found.first
            else { continue }
            result[q] = .person(i)
            otherVoice[q] = false
        }
    }

    /// What an attributed quote makes the nearest attribution for the quotations beside it:
    /// `.some(q)` when it resolved, `.some(nil)` when another, unnamed voice speaks, nil when
    /// it leaves the nearest attribution as it was.
    private func nearestAttributed(
        _ q: Int, _ quotes: [QuoteCandidate], _ result: [SpeakerReference?], _ otherVoice: [Bool]
    ) -> Int?? {
        guard !quotes[q].isContinuation else { return nil }
        if result[q] != nil { return .some(q) }
        return otherVoice[q] ? .some(nil) : nil
    }

    /// An unresolved mention that is someone other than the people named around it: a
    /// pronoun, a description with no `the` (`her spokesman`, `one trader`), or a voice
    /// after `the` (`the spokesman`); not an epithet (`the Liverpool player`).
    private func isOtherVoice(_ mention: SpeakerMention, in p: Passage) -> Bool {
        let t = p.tokens
        switch mention.kind {
        case .pronoun, .source: return true
        case .name: return false
        case .description:
            guard t[mention.tokens.lowerBound].lower == "the" else { return true }
            let head = t[mention.tokens.upperBound - 1].lower
            return Self.bodyVoices.contains(head) || Self.spokespeople.contains(head)
        }
    }

    /// People besides ``bodyVoices`` who speak for someone else.
    static let spokespeople: WordSet = [
        "lawyer", "attorney", "agent", "aide", "adviser", "advisor", "source", "official",
        "representative", "executive", "trader",
    ]

    private func continuation(
        _ q: Int, _ quotes: [QuoteCandidate], _ result: [SpeakerReference?]
    ) -> SpeakerReference? {
        let quote = quotes[q]
        // Earlier in the same paragraph first, then the paragraph before.
        var i = q - 1
        while i >= 0, quotes[i].passage >= quote.passage - 1 {
            if quotes[i].passage == quote.passage || quotes[i].passage == quote.passage - 1 {
                if let speaker = result[i] { return speaker }
                if !quotes[i].isContinuation { return nil }
            }
            i -= 1
        }
        return nil
    }

    func overlapping(_ tokens: Range<Int>, in p: Passage) -> [EntityMention] {
        let list = mentionsByPassage[p.order]
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if table.mentions[list[mid]].tokens.upperBound <= tokens.lowerBound {
                lo = mid + 1
            } else {
                hi = mid
            }
        }
        var found: [EntityMention] = []
        while lo < list.count, table.mentions[list[lo]].tokens.lowerBound < tokens.upperBound {
            if table.mentions[list[lo]].tokens.overlaps(tokens) {
                found.append(table.mentions[list[lo]])
            }
            lo += 1
        }
        return found
    }

    private mutating func resolve(
        _ mention: SpeakerMention, in p: Passage, anchor: Int
    ) -> SpeakerReference? {
        let found = overlapping(mention.tokens, in: p)
        let person = found.last {
            if case .person = $0.reference { return true } else { return false }
        }
        let organisation = found.last {
            if case .organisation = $0.reference { return true } else { return false }
        }
        if mention.kind == .name || mention.kind == .description, organisation == nil,
            let body = collective(mention, in: p)
        {
            return body
        }
        switch mention.kind {
        case .name:
            if let person {
                // `A close associate of Tom Lee told`: the name is not the speaker's.
                return isGroupNamedAfter(person, mention, p) ? nil : person.reference
            }
            if let organisation { return organisation.reference }
            // `the Daily Ledger said`: a name after `the` is a body, not a person.
            if p.tokens[mention.tokens.lowerBound].lower == "the" {
                return epithet(mention, in: p, anchor: anchor) ?? namedBody(mention, in: p)
            }
            return surname(mention, in: p) ?? adopt(mention, in: p)
                ?? namedBody(mention, in: p, bare: true)
        case .description:
            if let owner = accountOwner(mention, in: p) { return owner }
            if let organisation, speaksFor(organisation, in: mention, p) {
                return organisation.reference
            }
            // `Lee supporters` are not Lee.
            if let person, !isGroupNamedAfter(person, mention, p) { return person.reference }
            return describe(mention, in: p, anchor: anchor)
                ?? epithet(mention, in: p, anchor: anchor) ?? namedBody(mention, in: p)
        case .pronoun:
            return pronoun(mention, in: p)
        case .source:
            return nil
        }
    }

    /// The description is a crowd named after the person (`Lee supporters`, `Lee
    /// protesters`), one of the person's relatives (`Lee's niece`, `the wife of Tom Lee`) or
    /// companions (`a close associate of Tom Lee`, `Lee's family`), who do not speak for the
    /// person as aides, lawyers or spokesmen do.
    private func isGroupNamedAfter(
        _ person: EntityMention, _ mention: SpeakerMention, _ p: Passage
    ) -> Bool {
        let t = p.tokens
        guard let last = mention.tokens.last else { return false }
        if !person.tokens.contains(last) {
            let head = t[last].lower
            return Self.crowds.contains(head) || EntityExtractor.kinNouns.contains(head)
                || Self.companions.contains(head)
        }
        // The head before the `of` that leads to the name.
        let first = mention.tokens.lowerBound + 1
        guard
            let of = (first..<max(first, person.tokens.lowerBound)).first(where: {
                t[$0].lower == "of"
            })
        else { return false }
        let head = t[of - 1].lower
        return Self.crowds.contains(head) || EntityExtractor.kinNouns.contains(head)
            || Self.companions.contains(head)
    }

    /// Nouns for people close to a person, who speak for themselves.
    private static let companions: WordSet = [
        "friend", "friends", "associate", "associates", "colleague", "colleagues", "ally",
        "allies", "neighbour", "neighbor", "neighbours", "neighbors", "rival", "critic",
        "supporter", "opponent", "fan", "biographer", "classmate", "teammate", "team-mate",
        "girlfriend", "boyfriend", "partner", "mentor", "protege", "protégé", "accuser",
        "confidant", "confidante", "relative", "relatives", "family",
    ]

    /// Plural nouns for people who are not a person's voice.
    private static let crowds: WordSet = [
        "supporters", "protesters", "protestors", "demonstrators", "fans", "voters", "critics",
        "opponents", "followers", "backers", "donors", "detractors", "rivals", "hecklers",
    ]

    /// A body named inside a description speaks when the description is its voice, its
    /// members or its document (`a State Department official`, `an Acme spokesman`, `GOP
    /// leaders`, `the Fox poll`) or ends in a name; not when it only qualifies one person (`The
    /// GOP nominee`, `a former U.S. law enforcement official`, `the Senate minority leader`),
    /// who is then looked for by role.
    private func speaksFor(
        _ organisation: EntityMention, in mention: SpeakerMention, _ p: Passage
    ) -> Bool {
        let t = p.tokens
        guard let last = mention.tokens.last else { return false }
        if organisation.tokens.contains(last) || t[last].isCapitalized { return true }
        let next = organisation.tokens.upperBound
        guard next < mention.tokens.upperBound, t[next].isWord else { return false }
        let word = t[next].lower
        return Self.voices.contains(word) || Self.mouthpieces.contains(word)
            || Self.documents.contains(word) || Titles.organisationNouns.contains(word)
            || (word.hasSuffix("s") && Titles.roleNouns.contains(word))
    }

    /// Nouns for the people or texts through which a body speaks, after its name.
    private static let voices: WordSet = [
        "official", "officials", "source", "sources", "spokesmen", "aide", "aides", "staff",
        "staffer", "staffers", "summary", "document", "documents", "filing", "website", "site",
        "account", "feed", "figures", "estimate", "estimates", "forecast", "review", "audit",
        "investigation", "inquiry", "ruling", "lawsuit", "complaint", "reports", "polls",
        "surveys", "studies", "playbook", "handbook", "manual", "guidance", "guidelines",
    ]

    /// `her Twitter account posted`, `Lee's Facebook page read`: the person whose account
    /// it is, not the service that runs it.
    private mutating func accountOwner(
        _ mention: SpeakerMention, in p: Passage
    ) -> SpeakerReference? {
        let t = p.tokens
        guard let last = mention.tokens.last, ["account", "feed", "page"].contains(t[last].lower),
            let first = mention.tokens.first, t[first].isWord
        else { return nil }
        if let pronoun = Self.possessivePronouns[t[first].lower] {
            let found = self.pronoun(
                SpeakerMention(kind: .pronoun, tokens: first..<(first + 1)), in: p, word: pronoun)
            if case .person? = found { return found }
            return nil
        }
        guard t[first].isPossessive else { return nil }
        return overlapping(first..<(first + 1), in: p).last {
            if case .person = $0.reference { return true } else { return false }
        }?.reference
    }

    /// A name that speaks but that the entity pass did not keep (`Huma Abedin said`): a
    /// person, unless its words are a place, a group or an organisation's.
    private mutating func adopt(_ mention: SpeakerMention, in p: Passage) -> SpeakerReference? {
        let t = p.tokens
        var first = mention.tokens.lowerBound
        while first < mention.tokens.upperBound, t[first].isWord,
            Titles.titleHeads.contains(t[first].lower)
                || Titles.titleModifiers.contains(t[first].lower)
                || Titles.determiners.contains(t[first].lower) || t[first].isPossessive
                || !t[first].isCapitalized
        {
            first += 1
        }
        while first < mention.tokens.upperBound, !t[first].isWord { first += 1 }
        let range = first..<mention.tokens.upperBound
        let words = t[range].filter(\.isWord)
        guard (1...3).contains(words.count) else { return nil }
        let skipped = t[mention.tokens.lowerBound..<first].filter(\.isWord)
        // `The Archbishop of Canterbury said`: a post named after its place has no name.
        if skipped.last?.lower == "of" { return nil }
        // `UK Coal said`, `New Jersey estimate`: capitalised modifiers with no post before one
        // word are the start of its name.
        if words.count == 1, !skipped.isEmpty,
            skipped.allSatisfy({ $0.isCapitalized && Titles.titleModifiers.contains($0.lower) })
        {
            return nil
        }
        // `Vantis, which ..., said` where the article made Vantis a body: that body.
        if let index = table.organisationIndex(named: p.text(tokens: range)) {
            let reference = SpeakerReference.organisation(index)
            addMention(reference, tokens: range, in: p)
            return reference
        }
        // `PENCE: Well, ...`: a transcript's speaker is written in capitals.
        let isLabel = QuoteExtractor.transcriptLabel(in: p) == mention.tokens
        // `Stars In Their Eyes said`: the end of a work's title in title case.
        if first > 0, t[first - 1].isWord, t[first - 1].isCapitalized,
            EntityExtractor.titleCaseWords.contains(t[first - 1].lower),
            !p.opensSentence(at: first - 1)
        {
            return nil
        }
        // `Wait, it gets better:` opens with a word of the sentence, not a name.
        if words.count == 1, !isLabel, range.upperBound < t.count,
            [",", ":"].contains(t[range.upperBound].text),
            p.sentence(of: first).lowerBound == first, !FirstNames.contains(words[0].lower)
        {
            return nil
        }
        // `Speculation suggests`, `Recently announced changes`: a lone word that opens its
        // sentence before a verb other than `say` or `tell` is a name only if the article
        // capitalises it elsewhere too; so is one before a lower-case word that is no verb of
        // speech, auxiliary or adverb (`See live results here:`, `Partial transcript
        // follows:`), an imperative or a modifier.
        if words.count == 1, p.opensSentence(at: first), !FirstNames.contains(words[0].lower),
            !isLabel, isUnprovenVerb(after: range.upperBound, in: p),
            !isCapitalisedMidSentence(words[0].lower)
        {
            return nil
        }
        let givenName = words.count >= 2 && FirstNames.contains(words[0].lower)
        // `Mr White`, `Mrs May`: after an honorific, a word of colour, date or place is a
        // surname.
        let honorific = skipped.last.flatMap { Titles.honorifics[$0.lower.replacingDots()] }
        let surnameAfterHonorific = honorific != nil && words.count == 1
        for (k, w) in words.enumerated() {
            let l = w.lower
            if surnameAfterHonorific, w.isCapitalized, !w.isPossessive,
                OrganisationLexicon.notNames.contains(l) || Gazetteer.isPlace(l)
                    || table.vocabulary.contains(l)
            {
                continue
            }
            // `Michael Bloomberg`: after a given name, a word that names a firm is a surname.
            if givenName, k > 0, w.isCapitalized, !w.isAllCaps, !w.isPossessive,
                OrganisationLexicon.known.contains(l) || Gazetteer.isPlace(l)
                    || table.vocabulary.contains(l)
            {
                continue
            }
            if !w.isCapitalized || w.isAllCaps && !NameRuns.isInitials(w) && !isLabel
                || w.isPossessive
                || Attribution.isPartyTag(w)
                || OrganisationLexicon.notNames.contains(l) || Gazetteer.isPlace(l)
                || OrganisationLexicon.known.contains(l) || OrganisationLexicon.heads.contains(l)
                || Attribution.capitalisedFunctionWords.contains(l) || Titles.titleHeads.contains(l)
                || table.vocabulary.contains(l)
                || (words.count == 1 && (isPlural(l) || Self.everyone.contains(l)))
                || EntityExtractor.openers.contains(l) || EntityExtractor.clauseAdverbs.contains(l)
                || Attribution.auxiliaries.contains(l) || Self.questionAuxiliaries.contains(l)
                || EntityExtractor.isPlaceCompound(l) || Self.isNumberWord(l)
                || ((words.count == 1 || k == 0) && EntityExtractor.isLowerTailCompound(w))
                || EntityExtractor.isDescriptiveCompound(w)
                || (words.count == 1 && EntityExtractor.isAbstractNoun(l)
                    && !FirstNames.contains(l))
                || (k == words.count - 1 && EntityExtractor.isCauseNoun(l))
                || !isLabel && w.text.unicodeScalars.filter({ ScalarClass.isUpper($0) }).count >= 3
            {
                return nil
            }
        }
        if Gazetteer.isPlace(words.map(\.lower).joined(separator: " ")) { return nil }
        var name = p.text(t[first].start, t[range.upperBound - 1].end)
        if isLabel, words.allSatisfy(\.isAllCaps) { name = QuoteExtractor.labelName(name) }
        var record = PersonRecord(name: name, words: words.map(\.lower))
        record.add(mention: p.text(tokens: mention.tokens))
        if words.count >= 2 { record.gender = FirstNames.gender(of: record.given) }
        if let honorific { record.gender = record.gender ?? honorific }
        table.people.append(record)
        let reference = SpeakerReference.person(table.people.count - 1)
        addMention(reference, tokens: range, in: p)
        return reference
    }

    /// The words at `index` are a reporting verb other than `say` or `tell`, or a lower-case
    /// word that is none of a verb of speech, an auxiliary or an adverb.
    private func isUnprovenVerb(after index: Int, in p: Passage) -> Bool {
        if let lemma = EntityExtractor.cueLemma(in: p, at: index) {
            return !CueVerbs.plainSpeech.contains(lemma)
        }
        let t = p.tokens
        guard index < t.count, t[index].isWord, !t[index].isCapitalized else { return false }
        let next = t[index].lower
        return CueVerbs.lemma(next) == nil && !Attribution.auxiliaries.contains(next)
            && !next.hasSuffix("ly")
    }

    /// Some passage writes the word capitalised where no sentence starts (`said Edu`).
    private func isCapitalisedMidSentence(_ lower: String) -> Bool {
        passages.contains { p in
            p.tokens.indices.contains { i in
                let token = p.tokens[i]
                guard token.isWord, token.isCapitalized, token.lower == lower else { return false }
                return !p.opensSentence(at: i)
            }
        }
    }

    /// Records a mention found while resolving, so that later pronouns can find it.
    mutating func addMention(
        _ reference: SpeakerReference, tokens: Range<Int>, in p: Passage
    ) {
        guard tokens.lowerBound < p.tokens.count else { return }
        table.mentions.append(
            EntityMention(
                reference: reference, passage: p.order, tokens: tokens,
                isInsideQuote: p.tokens[tokens.lowerBound].isInsideQuote))
        let index = table.mentions.count - 1
        var list = mentionsByPassage[p.order]
        var at = list.count
        while at > 0, table.mentions[list[at - 1]].tokens.lowerBound > tokens.lowerBound {
            at -= 1
        }
        list.insert(index, at: at)
        mentionsByPassage[p.order] = list
    }

    /// Role nouns whose holder speaks for an organisation named beside them (`a Acme
    /// spokesman`, `the Daily Ledger`).
    private static let mouthpieces: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
        "statement",
    ]

    /// A description that names a body the entity pass did not keep: `the Daily Ledger`
    /// (capitalised words after `the`), `an Acme spokesman` (a capitalised modifier of a
    /// spokesman). The body becomes an organisation of the article.
    ///
    /// `bare`: a name without `the` that no person holds (`Western Journalism reported`) is a
    /// body when it has two words or more and ends in an ordinary word or an organisation's
    /// head word, or opens with an acronym (`HARBOURWIRE Kent reported`).
    private mutating func namedBody(
        _ mention: SpeakerMention, in p: Passage, bare: Bool = false
    ) -> SpeakerReference? {
        let t = p.tokens
        let range = mention.tokens
        guard let firstIndex = range.first, let lastIndex = range.last else { return nil }
        let first = t[firstIndex].lower
        var lo = firstIndex + 1
        var hi = range.upperBound
        if bare {
            let last = t[lastIndex].lower
            guard t[firstIndex].isCapitalized, first != "the",
                range.count >= 2 && t[range].filter(\.isWord).count >= 2,
                table.vocabulary.contains(last) || OrganisationLexicon.heads.contains(last)
                    || Self.isAcronym(t[firstIndex]),
                !EntityExtractor.openers.contains(first),
                !EntityExtractor.clauseAdverbs.contains(first),
                !t[range].contains(where: { $0.isWord && $0.lower.hasSuffix("ly") })
            else { return nil }
            lo = firstIndex
        } else if Self.mouthpieces.contains(t[lastIndex].lower) {
            guard ["a", "an", "the"].contains(first) else { return nil }
            hi = lastIndex
        } else {
            guard first == "the", t[lastIndex].isCapitalized else { return nil }
        }
        while lo < hi, t[lo].isWord, !t[lo].isCapitalized,
            ["new", "former", "local", "conservative", "liberal"].contains(t[lo].lower)
        {
            lo += 1
        }
        guard lo < hi, hi - lo <= 4 else { return nil }
        for i in lo..<hi {
            let w = t[i]
            guard w.isWord || w.text == "&" || w.text == "-" else { return nil }
            if w.isWord,
                !w.isCapitalized || w.isPossessive || Titles.titleHeads.contains(w.lower)
                    || FirstNames.contains(w.lower)
                    || Attribution.capitalisedFunctionWords.contains(w.lower)
            {
                return nil
            }
        }
        let words = t[lo..<hi].filter(\.isWord).map(\.lower)
        if words.count == 1,
            OrganisationLexicon.notNames.contains(words[0]) || Epithets.demonyms.contains(words[0])
        {
            return nil
        }
        if Gazetteer.isPlace(words.joined(separator: " ")) { return nil }
        var name = p.text(t[lo].start, t[hi - 1].end)
        // `a Kestrel spokeswoman` after `Kestrel Chemicals`: that company.
        if words.count == 1,
            let company = EntityExtractor.companiesByFirstWord(table.organisations.map(\.name))[
                words[0]]
        {
            name = company
        }
        let index = table.organisation(named: name, mention: p.text(tokens: range))
        addMention(.organisation(index), tokens: range, in: p)
        return .organisation(index)
    }

    /// `HARBOURWIRE`, `KWXT`: a word of three capitals or more that is no person's initials, the
    /// way a body's or an outlet's name opens (`HARBOURWIRE Kent reported`).
    static func isAcronym(_ token: Token) -> Bool {
        token.isWord && token.isAllCaps && !NameRuns.isInitials(token)
            && token.text.unicodeScalars.filter({ ScalarClass.isUpper($0) }).count >= 3
    }

    /// `Forty-one`, `Twenty`: a number written in words (the head of `Forty-one percent
    /// said`), no name.
    static func isNumberWord(_ lower: String) -> Bool {
        lower.split(separator: "-").contains { numberWords.contains(String($0)) }
    }

    private static let numberWords: WordSet = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred",
    ]

    /// A capitalised word that reads as a plural noun (`Critics`, `Democrats`), not as a
    /// surname ending in s (`Simmons`, `Jones`).
    /// Words for people at large, which open sentences as subjects (`People say`).
    static let everyone: WordSet = [
        "people", "children", "men", "women", "folk", "everyone", "everybody", "nobody",
        "someone", "somebody", "anyone", "anybody", "others",
    ]

    private func isPlural(_ lower: String) -> Bool {
        guard lower.hasSuffix("s") else { return false }
        if ["ans", "ats", "ics", "ives", "ites", "ials", "ents"].contains(where: {
            lower.hasSuffix($0)
        }) {
            return true
        }
        let singular = String(lower.dropLast())
        return table.vocabulary.contains(singular) || table.vocabulary.contains(lower)
            || Titles.roleNouns.contains(singular) || Titles.roleNouns.contains(lower)
            || lower.hasSuffix("sts") || lower.hasSuffix("ers") && !lower.hasSuffix("ders")
    }

    /// A bare name the entity pass did not keep, matched by surname.
    private func surname(_ mention: SpeakerMention, in p: Passage) -> SpeakerReference? {
        let words = p.tokens[mention.tokens].filter(\.isWord)
        guard let word = words.last?.lower else { return nil }
        // `Stuart Hall said` after `Jerry Hall`: another given name, another person.
        let given = words.dropLast().first { FirstNames.contains($0.lower) }?.lower
        if let i = table.people.lastIndex(where: { person in
            guard person.last == word else { return false }
            guard let given, person.words.count >= 2 else { return true }
            return person.words.contains(given)
        }) {
            return .person(i)
        }
        return nil
    }

    /// The subject form of each object pronoun that may name a source.
    static let subjectForms: WordMap<String> = ["him": "he", "her": "she", "them": "they"]

    /// The person or organisation a pronoun stands for; `word` replaces the pronoun as
    /// written (`he` for the `his` of `his campaign`).
    mutating func pronoun(
        _ mention: SpeakerMention, in p: Passage, word: String? = nil
    ) -> SpeakerReference? {
        let at = mention.tokens.lowerBound
        let written = p.tokens[at].lower
        // `according to her`: the object form finds whom the subject form would.
        let word = word ?? Self.subjectForms[written] ?? written
        guard let entry = Titles.subjectPronouns[word] else { return nil }
        if word == "they" { return nil }
        if word == "it" {
            let bodies = mentions(before: (p.order, at), limit: 60).map { table.mentions[$0] }
                .filter { m in
                    guard case .organisation = m.reference, !m.isInsideQuote else { return false }
                    return p.order - m.passage <= 1
                }
            guard let nearest = bodies.first else { return nil }
            // `Yukos accused Gazprom of ... It has said`: in the sentence that names the nearest
            // body, its subject beats a body named as an object after it.
            let sentence = passages[nearest.passage].tokens[nearest.tokens.lowerBound].sentence
            let subject = bodies.prefix { m in
                m.passage == nearest.passage
                    && passages[m.passage].tokens[m.tokens.lowerBound].sentence == sentence
            }.first(where: isSubject)
            return (subject ?? nearest).reference
        }
        let gender = entry
        // `The senior officer sparked controversy when he suggested ...`
        let sentence = p.tokens[at].sentence
        let recent = mentions(before: (p.order, at)).map { table.mentions[$0] }
        let personInSentence = recent.prefix(20).contains { m in
            guard case .person = m.reference else { return false }
            return m.passage == p.order && !m.isInsideQuote
                && p.tokens[m.tokens.lowerBound].sentence == sentence
        }
        let start = p.sentence(of: at).lowerBound
        if !personInSentence {
            for i in max(start, at - 40)..<at where Titles.roleNouns.contains(p.tokens[i].lower) {
                if let d = Attribution.description(endingAt: i, p, floor: start),
                    let found = describe(
                        SpeakerMention(kind: .description, tokens: d), in: p,
                        anchor: at),
                    case .person = found
                {
                    // `he` and `she` are people: `the head of the rules committee ... he
                    // said` is not the committee.
                    return found
                }
            }
        }
        if !personInSentence, let described = describedSubject(before: at, in: p, gender: gender) {
            return described
        }
        var fallback: SpeakerReference? = nil
        for m in recent {
            guard case .person(let i) = m.reference, !m.isInsideQuote,
                !isReported(m, speaker: gender)
            else {
                continue
            }
            if let gender, let known = table.people[i].gender, known != gender { continue }
            fallback = m.reference
            break
        }
        // The subject of a recent sentence beats a person named as an object after it.
        var chosen = fallback
        for m in recent {
            guard case .person(let i) = m.reference, !m.isInsideQuote,
                !isReported(m, speaker: gender)
            else {
                continue
            }
            if p.order - m.passage > 2 { break }
            if let gender, let known = table.people[i].gender, known != gender { continue }
            // `the paper said Ann Lee had caused uproar when she said ...`: the subject of the
            // clause a verb reports, in the pronoun's own sentence.
            if m.passage == p.order, p.tokens[m.tokens.lowerBound].sentence == sentence,
                opensReportedClause(m, in: p)
            {
                chosen = m.reference
                break
            }
            if isSubject(m) {
                chosen = m.reference
                // `Levin dismissed concerns ... even though Sanders won`: the subject of a
                // subordinate clause yields to its sentence's main subject.
                if isSubordinate(m) {
                    if let main = mainSubject(before: m, in: recent, gender) {
                        chosen = main
                    } else if let main = leadingPronoun(before: m, gender) {
                        // `She has gone public again as Lee emerged ...`: the sentence goes
                        // on about the person its own pronoun stands for.
                        chosen = pronoun(main, in: passages[m.passage]) ?? chosen
                    }
                }
                break
            }
        }
        if let chosen, case .person(let i) = chosen, table.people[i].gender == nil {
            table.people[i].gender = gender
        }
        return chosen
    }

    /// Mention `m` named the resolved speaker of a quote.
    func namedSpeaker(_ m: EntityMention) -> Bool {
        speakerMentions.contains(m.passage * 1_000_000 + m.tokens.lowerBound)
    }

    /// The mention stands in the reported content of a quote whose speaker is a person of the
    /// pronoun's gender (`Lee recalled that before Iowa, Obama was unknown. "..." he said`):
    /// the pronoun goes on with that speaker, not with a name the speaker used. A mention that
    /// names a speaker itself is never reported.
    private func isReported(_ m: EntityMention, speaker gender: Gender?) -> Bool {
        guard let gender, let ranges = reportedContent[m.passage],
            !namedSpeaker(m)
        else { return false }
        let start = passages[m.passage].tokens[m.tokens.lowerBound].start
        return ranges.contains { $0.gender == gender && $0.content.contains(start) }
    }

    /// The mention is a sentence's or clause's subject, or it named the speaker of a quote.
    func isSubject(_ m: EntityMention) -> Bool {
        if namedSpeaker(m) { return true }
        let p = passages[m.passage]
        let t = p.tokens
        guard let last = m.tokens.last else { return false }
        if t[last].isPossessive {
            // `Tuttle's article also attacked ...`, `Tory leader Michael Howard's only entry
            // is ...`: the possessor of a sentence's subject, titles and all.
            var first = m.tokens.lowerBound
            while first > 0, t[first - 1].sentence == t[first].sentence, t[first - 1].isWord,
                t[first - 1].isCapitalized || Titles.roleNouns.contains(t[first - 1].lower)
                    || Titles.titleHeads.contains(t[first - 1].lower)
            {
                first -= 1
            }
            return first == 0 || t[first - 1].sentence != t[first].sentence
        }
        // `the Obama campaign`: a name used as a modifier.
        if last + 1 < t.count, t[last + 1].isWord, !t[last + 1].isCapitalized,
            Titles.roleNouns.contains(t[last + 1].lower)
        {
            return false
        }
        var before = m.tokens.lowerBound - 1
        // `SEIU President Ann Lee dashed off a note`: an organisation's name before the
        // mention belongs to the same phrase.
        while before >= 0, m.tokens.lowerBound - before <= 4, t[before].isWord,
            t[before].isCapitalized, !t[before].isPossessive,
            t[before].sentence == t[m.tokens.lowerBound].sentence,
            !Self.clauseOpeners.contains(t[before].lower),
            !Attribution.capitalisedFunctionWords.contains(t[before].lower)
        {
            before -= 1
        }
        guard before >= 0 else { return true }
        var prev = t[before]
        if prev.sentence != t[m.tokens.lowerBound].sentence { return true }
        // `Even Mike Pence can't ...`, `but only Ann Lee voted`: a focusing adverb before the
        // name leaves it what the words before the adverb make it.
        while prev.isWord, Self.focusAdverbs.contains(prev.lower) {
            guard before >= 1, t[before - 1].sentence == prev.sentence else { return true }
            before -= 1
            prev = t[before]
        }
        // `the campaign's attorney, Ann Lee,`: a name in apposition is what the role noun
        // before it is.
        if prev.text == ",", before >= 1, t[before - 1].isWord, !t[before - 1].isCapitalized,
            Titles.roleNouns.contains(t[before - 1].lower)
        {
            before -= 1
            prev = t[before]
        }
        // `backed Pete Lund, Mark Olin and ...`: a name between another person's name and a
        // comma or `and` is listed with it.
        let next = m.tokens.upperBound < t.count ? t[m.tokens.upperBound] : nil
        if isRelativeAppositive(m, comma: before) || isObjectAppositive(m, comma: before) {
            return false
        }
        if prev.text == ",", before >= 1, let next, [",", "and", "or"].contains(next.lower),
            overlapping(before - 1..<before, in: p).contains(where: {
                if case .person = $0.reference { return $0.tokens.upperBound == before }
                return false
            })
        {
            return false
        }
        if !prev.isWord { return prev.text != "(" && !closesQuotedFragment(before, in: p) }
        // `Was Lee satisfied?`: the subject of a question stands after its auxiliary.
        if before == 0 || t[before - 1].sentence != prev.sentence,
            Self.questionAuxiliaries.contains(prev.lower)
        {
            return true
        }
        // `his cousin James York`: a role noun before the name belongs to the same phrase,
        // which is a subject when what precedes the phrase opens a clause.
        if Titles.roleNouns.contains(prev.lower) || Titles.titleHeads.contains(prev.lower) {
            // `the kind of campaign Ayotte hoped to run`: a name right before a past-tense
            // verb is the subject of a relative clause that leaves out its `that`.
            // `whose son Ned was lost`, though, describes someone named before.
            if !Titles.titleHeads.contains(prev.lower), let next, isPastTense(next) {
                return before == 0 || t[before - 1].lower != "whose"
            }
            var k = before
            // A capitalised word is a name in the phrase (`Washington Post columnist`), even
            // one spelled like a reporting verb.
            while k > 0, before - k < 5, t[k - 1].sentence == prev.sentence,
                !Titles.determiners.contains(t[k].lower)
            {
                // `under Mr. Hale's father`: the full stop of a title belongs to the phrase.
                if t[k - 1].text == ".", k >= 2, t[k - 2].isCapitalized,
                    SentenceSplitter.abbreviations.contains(t[k - 2].lower)
                {
                    k -= 2
                    continue
                }
                // `whose son Ann Lee`: a relative word opens a clause of its own.
                guard t[k - 1].isWord, !Self.clauseOpeners.contains(t[k - 1].lower),
                    !["whose", "who", "whom", "which"].contains(t[k - 1].lower),
                    t[k - 1].isCapitalized
                        || CueVerbs.lemma(t[k - 1].lower) == nil
                            && !QuoteExtractor.prepositions.contains(t[k - 1].lower)
                else { break }
                k -= 1
            }
            // `k` opens the phrase; what stands before it decides.
            let b = k - 1
            guard b >= 0, t[b].sentence == prev.sentence else { return true }
            if isListJoin(b, in: t) || isSuchAs(b, in: t) || isObjectAppositive(m, comma: b) {
                return false
            }
            // `pledged to "never" attack Tory leader Ann Lee`: after a quoted fragment the
            // sentence goes on, and the phrase is no subject (`"...," Tory leader Ann Lee
            // said` closes a quotation with its punctuation).
            if closesQuotedFragment(b, in: p) { return false }
            return !t[b].isWord || Self.clauseOpeners.contains(t[b].lower)
        }
        // `Paul Manafort and Carter Page`: a name joined to another name is no clause's
        // subject on its own.
        if isListJoin(before, in: t) && !opensCoordinateClause(m, and: before)
            || isSuchAs(before, in: t)
        {
            return false
        }
        if Self.clauseOpeners.contains(prev.lower) { return true }
        if isRecordingOf(before, in: p) { return true }
        // `There, the district GOP Chairman Ann Lee declined`: lower-case modifiers after
        // an article that opens a clause.
        var k = before
        while k > 0, before - k < 3, t[k].isWord, !t[k].isCapitalized,
            !Titles.determiners.contains(t[k].lower), CueVerbs.lemma(t[k].lower) == nil,
            !t[k].lower.hasSuffix("ed"),
            !QuoteExtractor.prepositions.contains(t[k].lower),
            !Attribution.nonHeads.contains(t[k].lower)
        {
            k -= 1
        }
        guard k < before, ["the", "a", "an"].contains(t[k].lower), t[k].sentence == prev.sentence
        else { return false }
        return k == 0 || t[k - 1].sentence != prev.sentence || !t[k - 1].isWord
            || Self.clauseOpeners.contains(t[k - 1].lower)
    }

    /// `the paper said Labour Minister Ann Lee had caused uproar when she ...`: the mention,
    /// titles and all, stands right after a verb that reports a clause and before a lower-case
    /// word, so it is the subject of the reported clause (not `announced Ann Lee as coach`).
    private func opensReportedClause(_ m: EntityMention, in p: Passage) -> Bool {
        let t = p.tokens
        let next = m.tokens.upperBound
        var b = m.tokens.lowerBound - 1
        while b >= 0, t[b].isWord, t[b].isCapitalized, t[b].sentence == t[next - 1].sentence {
            b -= 1
        }
        guard b >= 0, t[b].isWord, let lemma = CueVerbs.lemma(t[b].lower), next < t.count
        else { return false }
        return Self.clauseReporters.contains(lemma) && t[next].isWord && !t[next].isCapitalized
            && t[next].sentence == t[b].sentence
            && !QuoteExtractor.prepositions.contains(t[next].lower)
            && !["as", "and", "or"].contains(t[next].lower)
    }

    /// Reporting verbs whose object is a clause, never a person (`said Lee had`).
    private static let clauseReporters: WordSet = [
        "say", "claim", "insist", "suggest", "note", "argue", "admit", "believe", "predict",
        "reveal", "confirm", "explain", "state", "declare", "report", "acknowledge", "add",
    ]

    /// `Footage of Ann Lee appears`, `A video of Ann Lee shows`: the `of` at `i` follows a
    /// recording that opens its sentence, so the person after it is what the sentence is about.
    private func isRecordingOf(_ i: Int, in p: Passage) -> Bool {
        let t = p.tokens
        guard t[i].lower == "of", i >= 1, Self.recordings.contains(t[i - 1].lower) else {
            return false
        }
        var first = i - 1
        if first >= 1, t[first - 1].sentence == t[i].sentence,
            Titles.determiners.contains(t[first - 1].lower)
        {
            first -= 1
        }
        return first == 0 || t[first - 1].sentence != t[i].sentence
    }

    /// Recordings that show or play someone.
    private static let recordings: WordSet = [
        "footage", "video", "videos", "clip", "clips", "audio", "recording", "recordings",
        "tape", "tapes", "film", "images", "photos", "pictures",
    ]

    /// `to "recognize" Trump`: token `i` closes a quoted fragment with no punctuation of its
    /// own, so the sentence goes on past it (`"...," Lee said` closes with its comma).
    private func closesQuotedFragment(_ i: Int, in p: Passage) -> Bool {
        let t = p.tokens
        return t[i].kind == .quoteMark && p.quoteByClose[t[i].start] != nil && i > 0
            && t[i - 1].isWord
    }

    /// `Lee said, not needing to name the author of that line, Ann Cole, who died in May`: a
    /// name set off by commas after a common noun, with a relative clause after it, names that
    /// noun's referent, when a person named earlier in the sentence is its subject.
    private func isRelativeAppositive(_ m: EntityMention, comma: Int) -> Bool {
        let t = passages[m.passage].tokens
        let end = m.tokens.upperBound
        guard t[comma].text == ",", comma >= 1, t[comma - 1].isWord, !t[comma - 1].isCapitalized,
            end + 1 < t.count, t[end].text == ",", ["who", "which"].contains(t[end + 1].lower)
        else { return false }
        let sentence = t[comma].sentence
        return overlapping(0..<comma, in: passages[m.passage]).contains { other in
            guard case .person = other.reference, !other.isInsideQuote else { return false }
            return t[other.tokens.lowerBound].sentence == sentence
        }
    }

    /// `Lee hired a new manager, retired general Ed Vane, last month`: a name set off by
    /// commas after a role noun, in a sentence where a person was named before it, is in
    /// apposition to that noun, an object, and no subject.
    private func isObjectAppositive(_ m: EntityMention, comma: Int) -> Bool {
        let t = passages[m.passage].tokens
        let end = m.tokens.upperBound
        guard t[comma].text == ",", comma >= 1, t[comma - 1].isWord,
            !t[comma - 1].isCapitalized, Titles.roleNouns.contains(t[comma - 1].lower),
            end < t.count, t[end].text == ","
        else { return false }
        let sentence = t[comma].sentence
        return overlapping(0..<comma, in: passages[m.passage]).contains { other in
            guard case .person = other.reference, !other.isInsideQuote,
                let last = other.tokens.last, !t[last].isPossessive
            else { return false }
            return t[other.tokens.lowerBound].sentence == sentence
        }
    }

    /// `hoped`, `wanted`: a lower-case word of the past tense ending in `-ed`, or a form of
    /// `have` or `be` that opens a clause's verb.
    private func isPastTense(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        let w = token.lower
        return (w.hasSuffix("ed") && w.count > 4 && !Titles.roleNouns.contains(w))
            || ["had", "was", "has", "is", "would", "will"].contains(w)
    }

    /// Token `i` is `and` or `or` joining a name to a name before it, with or without a comma
    /// (`Marco Rubio, and Senator Ted Cruz`).
    private func isListJoin(_ i: Int, in t: [Token]) -> Bool {
        guard ["and", "or"].contains(t[i].lower) else { return false }
        var j = i - 1
        if j >= 0, t[j].text == "," { j -= 1 }
        return j >= 0 && t[j].isWord && t[j].isCapitalized && t[j].sentence == t[i].sentence
    }

    /// `... six points behind Barcelona and Owen is confident`: a name after the `and` at `i`
    /// that a verb follows opens a clause of its own, unless what stands before `and` is
    /// another person (`Lee and Cole said`, `both Donald and Ivana Trump filed`) or the end of
    /// a list (`Lee, Cole and Marr have`).
    private func opensCoordinateClause(_ m: EntityMention, and i: Int) -> Bool {
        let p = passages[m.passage]
        let t = p.tokens
        let end = m.tokens.upperBound
        guard end < t.count, t[end].isWord, !t[end].isCapitalized,
            Attribution.auxiliaries.contains(t[end].lower) || CueVerbs.lemma(t[end].lower) != nil
                || isPastTense(t[end]),
            t[i - 1].isWord, !FirstNames.contains(t[i - 1].lower),
            !overlapping((i - 1)..<i, in: p).contains(where: {
                if case .person = $0.reference { return true } else { return false }
            })
        else { return false }
        var k = i - 1
        while k > 0, t[k - 1].isWord, t[k - 1].isCapitalized, t[k - 1].sentence == t[k].sentence {
            k -= 1
        }
        return k == 0 || t[k - 1].sentence != t[k].sentence
            || !(t[k - 1].text == "," || ["both", "either", "neither"].contains(t[k - 1].lower))
    }

    /// Token `i` is the `as` of `such as`, which lists examples, never a clause's subject.
    private func isSuchAs(_ i: Int, in t: [Token]) -> Bool {
        i >= 1 && t[i].lower == "as" && t[i - 1].lower == "such"
    }

    /// Words that open a subordinate clause, whose subject is not the sentence's.
    private static let subordinators: WordSet = [
        "that", "though", "although", "because", "if", "since", "while", "whether", "unless",
        "until", "once", "where", "when", "after", "before", "as",
    ]

    /// The mention stands right after a subordinating word (`even though Ann Lee won`).
    func isSubordinate(_ m: EntityMention) -> Bool {
        let t = passages[m.passage].tokens
        var before = m.tokens.lowerBound - 1
        while before >= 0, t[before].isWord, t[before].isCapitalized,
            m.tokens.lowerBound - before <= 4, !Self.subordinators.contains(t[before].lower)
        {
            before -= 1
        }
        guard before >= 0, t[before].sentence == t[m.tokens.lowerBound].sentence else {
            return false
        }
        return Self.subordinators.contains(t[before].lower)
    }

    /// An earlier person mention of the same sentence that is its subject, compatible with
    /// the pronoun's gender.
    func mainSubject(
        before m: EntityMention, in recent: [EntityMention], _ gender: Gender?
    ) -> SpeakerReference? {
        let t = passages[m.passage].tokens
        let sentence = t[m.tokens.lowerBound].sentence
        for other in recent {
            guard other.passage == m.passage, other.tokens.lowerBound < m.tokens.lowerBound,
                !other.isInsideQuote
            else { continue }
            if t[other.tokens.lowerBound].sentence != sentence { break }
            guard case .person(let i) = other.reference, other.reference != m.reference else {
                continue
            }
            if let gender, let known = table.people[i].gender, known != gender { continue }
            if isSubject(other), !isSubordinate(other) { return other.reference }
        }
        return nil
    }

    /// The `he` or `she` of the pronoun's gender that opens the sentence of `m`, before it.
    private func leadingPronoun(before m: EntityMention, _ gender: Gender?) -> SpeakerMention? {
        guard let gender else { return nil }
        let p = passages[m.passage]
        var k = p.sentence(of: m.tokens.lowerBound).lowerBound
        while k < m.tokens.lowerBound,
            !p.tokens[k].isWord || Self.focusAdverbs.contains(p.tokens[k].lower)
        {
            k += 1
        }
        guard k < m.tokens.lowerBound, !p.tokens[k].isInsideQuote,
            Titles.subjectPronouns[p.tokens[k].lower] == .some(gender)
        else { return nil }
        return SpeakerMention(kind: .pronoun, tokens: k..<(k + 1))
    }

    private static let questionAuxiliaries: WordSet = [
        "was", "is", "were", "are", "did", "does", "do", "has", "had", "have", "will", "would",
        "could", "can", "should",
    ]

    /// Adverbs that may stand between a clause's opening and its subject.
    private static let focusAdverbs: WordSet = [
        "even", "only", "also", "still", "just", "meanwhile", "instead", "perhaps", "indeed",
        "finally", "eventually", "ultimately", "later", "earlier",
    ]

    private static let clauseOpeners: WordSet = [
        "and", "but", "when", "while", "as", "because", "that", "if", "since", "although",
        "though", "after", "before", "where", "so", "then", "yet", "until", "once", "now",
    ]

    /// Nouns for documents and findings, which never stand for a person.
    static let documents: WordSet = [
        "report", "statement", "study", "poll", "survey", "paper", "newspaper", "analysis",
        "letter", "editorial", "ad", "memo", "email", "tweet", "post", "release", "data",
    ]

    /// What a body decides or records, which speaks for it (`the council's ruling`).
    static let bodyRecords: WordSet = ["ruling", "minutes", "announcement", "verdict", "filing"]

    /// Words that make a lesser, a past or a shadow post of a title (`vice president`).
    private static let rankQualifiers: WordSet = [
        "vice", "deputy", "assistant", "former", "shadow", "ex",
    ]

    /// The word, in lower case, makes a lesser, a past or a shadow post of a title (`shadow`,
    /// `ex-Conservative`).
    static func isRankWord(_ word: String) -> Bool {
        rankQualifiers.contains(word) || word.hasPrefix("ex-")
    }

    /// Words that make one post of a title head (`prime minister`, `home secretary`).
    static let postModifiers: WordSet = [
        "prime", "home", "foreign", "attorney", "chief", "shadow", "deputy", "vice",
    ]

    /// Words in the names of the bodies an organisation noun stands for, beside the noun
    /// itself.
    static let bodyNounSynonyms: [String: [String]] = ["force": ["police", "constabulary"]]

    /// The noun and the words that stand for it in bodies' names (`force`: police,
    /// constabulary).
    static func bodyNameWords(for noun: String) -> [String] {
        [noun] + (bodyNounSynonyms[noun] ?? [])
    }

    /// `the officer`, `Britain’s most senior child protection police officer`.
    func describe(
        _ mention: SpeakerMention, in p: Passage, anchor: Int
    ) -> SpeakerReference? {
        let words = p.tokens[mention.tokens].filter(\.isWord)
        guard let head = words.last?.lower, let first = words.first else { return nil }
        // `a council spokeswoman`, `a force spokesman`: the voice of the one body of the
        // article whose name ends in that noun (`Walsall Council`); with two such bodies, of
        // neither for sure. A business's noun (`a bank spokesman`) is left out, as a report on
        // one bank quotes others, and so is `party`, as few parties' names end in it
        // (`Liberal Democrats`).
        if Self.bodyVoices.contains(head), words.count >= 3, let noun = words.dropLast().last,
            !noun.isCapitalized, Titles.organisationNouns.contains(noun.lower),
            !Self.businessNouns.contains(noun.lower), noun.lower != "party"
        {
            let endings = Self.bodyNameWords(for: noun.lower).map { " " + $0 }
            let bodies = table.organisations.indices.filter { o in
                endings.contains { table.organisations[o].key.hasSuffix($0) }
            }
            return bodies.count == 1 ? bodies.first.map { .organisation($0) } : nil
        }
        if Titles.organisationNouns.contains(head) {
            // The body's own determiner: `a spokesman for the firm` names a known firm, `the
            // boss of a rival firm` none.
            let affiliation = words.lastIndex { Attribution.affiliationWords.contains($0.lower) }
            let bodyWords = affiliation.map { Array(words[($0 + 1)...]) } ?? words
            guard let opening = bodyWords.first,
                opening.lower == "the" || opening.isPossessive || p.section == .headline
            else { return nil }
            if let body = latestBody(named: bodyWords, before: (p.order, anchor)) { return body }
            if bodyWords.count == 2, Self.anyBodyNouns.contains(head),
                let body = bodyNamedJustBefore(p, anchor: anchor)
            {
                return body
            }
            // `Monsanto has admitted ... The chemicals-and-crops firm said`: a trade before a
            // business's noun describes the body just named as a subject, when no other body
            // is named beside it (`Elmford Oil hired Quay Partners. The law firm said`).
            if (3...5).contains(bodyWords.count), Self.businessNouns.contains(head),
                bodyWords.dropFirst().dropLast().allSatisfy({
                    !$0.isCapitalized && !$0.isPossessive && $0.lower != "rival"
                }),
                let body = bodyNamedJustBefore(p, anchor: anchor),
                isOnlyBodyNear(body, p, anchor: anchor)
            {
                return body
            }
            // `the force` alone (not `the task force`) is a police force (`Elmshire
            // Constabulary`).
            let names = bodyWords.count == 2 ? Self.bodyNameWords(for: head) : [head]
            let i = table.organisations.lastIndex { body in
                names.contains { body.key.contains($0) }
            }
            return i.map { .organisation($0) }
        }
        // `the company's spokeswoman`, `the council's ruling`: the voice or the words of a
        // body named before.
        if Self.bodyVoices.contains(head) || Self.documents.contains(head)
            || Self.bodyRecords.contains(head), first.lower == "the",
            let owner = words.lastIndex(where: \.isPossessive), owner > 0,
            Titles.organisationNouns.contains(words[owner].lower)
        {
            return latestBody(named: Array(words[...owner]), before: (p.order, anchor))
                ?? latestBody(endingWith: words[owner].lower, before: (p.order, anchor))
        }
        // `the alliance` after `the Countryside Alliance`: a body's own head noun.
        if words.count == 2, first.lower == "the", !Titles.titleHeads.contains(head),
            !Titles.roleNouns.contains(head),
            let body = latestBody(endingWith: head, before: (p.order, anchor))
        {
            return body
        }
        let definite = first.lower == "the" || first.isPossessive || p.section == .headline
        guard definite, !head.hasSuffix("s") || head == "boss",
            !Self.documents.contains(head)
        else { return nil }
        let singular = head
        let descriptionWords = Set(words.map(\.lower))
        // `the prime minister`, `the home secretary`: the word before the head names the post.
        let post = words.count >= 2 ? words[words.count - 2].lower : nil
        let postModifier = post.flatMap { Self.postModifiers.contains($0) ? $0 : nil }
        // `Wanadoo's chief executive`: a body's name before the role is one of its words.
        let ownWords = words.filter { !Titles.determiners.contains($0.lower) }.map(\.lower)
        let qualifiers = Self.qualifiers(of: words)
        let matching = table.people.indices.filter { i in
            table.people[i].titles.contains { title in
                let titleWords = title.lowercased().split(separator: " ").map {
                    String($0).replacingDots()
                }
                // A vice president is not "the president", nor a deputy prime minister or a
                // shadow chancellor the prime minister or the chancellor, unless the
                // description says so.
                if titleWords.contains(where: {
                    Self.isRankWord($0) && !descriptionWords.contains($0)
                }) {
                    return false
                }
                // A title written in lower case (`Tory leader`, `Chelsea boss`) is the
                // description's only when it ends in its head and has every word of it: `the
                // Lib Dem leader`, `the world indoor champion` and `the federation` (beside
                // `Police Federation chairman`) are others.
                if EntityExtractor.isRoleTitle(title),
                    titleWords.last != singular || !ownWords.allSatisfy(titleWords.contains)
                {
                    return false
                }
                // Nor is any minister "the prime minister".
                if let postModifier, !titleWords.contains(postModifier) { return false }
                return titleWords.contains { word in
                    word == singular || Titles.expansions[word] == singular
                }
            }
        }
        // Among several, the one whose title has the qualifier (`Florida Senator`).
        if matching.count > 1, !qualifiers.isEmpty {
            let qualified = matching.filter { hasTitle(with: qualifiers, person: $0) }
            if qualified.count == 1, let i = qualified.first { return .person(i) }
        }
        if matching.count == 1, let i = matching.first { return .person(i) }
        if matching.count > 1 {
            let recent = mentions(before: (p.order, anchor)).map { table.mentions[$0] }.first { m in
                guard case .person(let i) = m.reference else { return false }
                return matching.contains(i)
            }
            if let recent { return recent.reference }
        }
        return nil
    }
}

extension SpeakerResolver {
    /// The words of a description that qualify its post with a place or a party (`Vermont`
    /// in `the Vermont senator`): capitalised, neither its first nor its last word, and no
    /// word of a title.
    static func qualifiers(of words: [Token]) -> [String] {
        words.dropFirst().dropLast().filter {
            $0.isCapitalized && !$0.isPossessive && !Titles.titleModifiers.contains($0.lower)
                && !Titles.titleHeads.contains($0.lower)
        }.map(\.lower)
    }

    /// One of the person's titles has every one of the words.
    func hasTitle(with words: [String], person i: Int) -> Bool {
        table.people[i].titles.contains { title in
            let titleWords = Set(title.lowercased().split(separator: " ").map(String.init))
            return words.allSatisfy(titleWords.contains)
        }
    }
}
