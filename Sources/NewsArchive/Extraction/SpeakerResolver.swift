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

    private var lastSpeaker: SpeakerReference?
    /// Mentions that named a resolved speaker, as passage × 1,000,000 + token.
    private var speakerMentions = Set<Int>()
    private var lastSpeakerPassage = -10

    /// Each passage's mentions, in token order.
    private let mentionsByPassage: [[Int]]

    init(passages: [Passage], table: EntityTable) {
        self.passages = passages
        self.table = table
        var byPassage = [[Int]](repeating: [], count: passages.count)
        for (i, m) in table.mentions.enumerated() where m.passage < passages.count {
            byPassage[m.passage].append(i)
        }
        mentionsByPassage = byPassage
    }

    /// Indices into ``EntityTable/mentions`` of the mentions before a position, nearest first,
    /// at most `limit` of them.
    private func mentions(before position: (Int, Int), limit: Int = 400) -> [Int] {
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
        for (q, quote) in quotes.enumerated() {
            if quote.isContinuation {
                result[q] = continuation(q, quotes, result)
            } else if let mention = quote.speaker {
                let order = quote.speakerPassage ?? quote.passage
                let anchor = quote.speakerPassage == nil ? quote.anchor : mention.tokens.lowerBound
                result[q] = resolve(mention, in: passages[order], anchor: anchor)
                if result[q] != nil {
                    for m in overlapping(mention.tokens, in: passages[order]) {
                        speakerMentions.insert(m.passage * 1_000_000 + m.tokens.lowerBound)
                    }
                }
            }
            if result[q] != nil || !quote.isContinuation {
                lastSpeaker = result[q]
                lastSpeakerPassage = quote.passage
            }
        }
        // A quotation beside an attributed one in its paragraph shares that speaker, even when
        // the attribution comes after it.
        var nextResolved = [Int?](repeating: nil, count: quotes.count)
        var upcoming: Int? = nil
        for q in quotes.indices.reversed() {
            if let u = upcoming, quotes[u].passage != quotes[q].passage { upcoming = nil }
            nextResolved[q] = upcoming
            if !quotes[q].isContinuation && result[q] != nil { upcoming = q }
        }
        var previous: Int? = nil
        for q in quotes.indices {
            if let v = previous, quotes[v].passage != quotes[q].passage { previous = nil }
            if quotes[q].isContinuation && result[q] == nil {
                let candidates = [previous, nextResolved[q]].compactMap { $0 }
                if let nearest = candidates.min(by: { abs($0 - q) < abs($1 - q) }) {
                    result[q] = result[nearest]
                }
            }
            if !quotes[q].isContinuation && result[q] != nil { previous = q }
        }
        return result
    }

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

    private func overlapping(_ tokens: Range<Int>, in p: Passage) -> [EntityMention] {
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
        switch mention.kind {
        case .name:
            if let person { return person.reference }
            if let organisation { return organisation.reference }
            return surname(mention, in: p) ?? adopt(mention, in: p)
        case .description:
            if let organisation { return organisation.reference }
            if let person { return person.reference }
            return describe(mention, in: p, anchor: anchor)
        case .pronoun:
            return pronoun(mention, in: p)
        }
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
        for w in words {
            let l = w.lower
            if !w.isCapitalized || w.isAllCaps || w.isPossessive || Attribution.isPartyTag(w)
                || OrganisationLexicon.notNames.contains(l) || Gazetteer.isPlace(l)
                || OrganisationLexicon.known.contains(l) || OrganisationLexicon.heads.contains(l)
                || Attribution.capitalisedFunctionWords.contains(l) || Titles.titleHeads.contains(l)
                || table.vocabulary.contains(l) || (l.hasSuffix("s") && words.count == 1)
            {
                return nil
            }
        }
        if Gazetteer.isPlace(words.map(\.lower).joined(separator: " ")) { return nil }
        let name = p.text(t[first].start, t[range.upperBound - 1].end)
        var record = PersonRecord(name: name, words: words.map(\.lower))
        record.add(mention: p.text(tokens: mention.tokens))
        if words.count >= 2 { record.gender = FirstNames.gender(of: words[0].lower) }
        table.people.append(record)
        return .person(table.people.count - 1)
    }

    /// A bare name the entity pass did not keep, matched by surname.
    private func surname(_ mention: SpeakerMention, in p: Passage) -> SpeakerReference? {
        guard let last = p.tokens[mention.tokens].last(where: \.isWord) else { return nil }
        let word = last.lower
        if let i = table.people.lastIndex(where: { $0.last == word }) { return .person(i) }
        return nil
    }

    private mutating func pronoun(_ mention: SpeakerMention, in p: Passage) -> SpeakerReference? {
        let at = mention.tokens.lowerBound
        let word = p.tokens[at].lower
        guard let entry = Titles.subjectPronouns[word] else { return nil }
        if word == "they" { return nil }
        if word == "it" {
            return mentions(before: (p.order, at), limit: 60).map { table.mentions[$0] }.first {
                m in
                guard case .organisation = m.reference, !m.isInsideQuote else { return false }
                return p.order - m.passage <= 1
            }?.reference
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
                        anchor: at)
                {
                    return found
                }
            }
        }
        var fallback: SpeakerReference? = nil
        for m in recent {
            guard case .person(let i) = m.reference, !m.isInsideQuote else { continue }
            if let gender, let known = table.people[i].gender, known != gender { continue }
            fallback = m.reference
            break
        }
        // The subject of a recent sentence beats a person named as an object after it.
        var chosen = fallback
        for m in recent {
            guard case .person(let i) = m.reference, !m.isInsideQuote else { continue }
            if p.order - m.passage > 2 { break }
            if let gender, let known = table.people[i].gender, known != gender { continue }
            if isSubject(m) {
                chosen = m.reference
                break
            }
        }
        if let chosen, case .person(let i) = chosen, table.people[i].gender == nil {
            table.people[i].gender = gender
        }
        return chosen
    }

    /// Words after which a name is an object, not a subject.
    private static let objectMarkers: Set<String> = [
        "of", "for", "to", "with", "by", "from", "about", "against", "at", "on", "in", "than",
        "like", "and", "or", "called", "endorsed", "said", "says", "told", "asked", "beat",
        "attacked", "criticized", "criticised", "praised", "defeated", "over", "under", "into",
        "between", "supported", "backed", "joined", "met", "accused", "versus", "vs",
    ]

    /// The mention is a sentence's or clause's subject, or it named the speaker of a quote.
    private func isSubject(_ m: EntityMention) -> Bool {
        if speakerMentions.contains(m.passage * 1_000_000 + m.tokens.lowerBound) { return true }
        let p = passages[m.passage]
        let t = p.tokens
        guard let last = m.tokens.last else { return false }
        if t[last].isPossessive {
            // `Tuttle's article also attacked ...`: the possessor of a sentence's subject.
            let first = m.tokens.lowerBound
            return first == 0 || t[first - 1].sentence != t[first].sentence
        }
        // `the Obama campaign`: a name used as a modifier.
        if last + 1 < t.count, t[last + 1].isWord, !t[last + 1].isCapitalized,
            Titles.roleNouns.contains(t[last + 1].lower)
        {
            return false
        }
        let before = m.tokens.lowerBound - 1
        guard before >= 0 else { return true }
        let prev = t[before]
        if prev.sentence != t[m.tokens.lowerBound].sentence { return true }
        if !prev.isWord { return prev.text != "(" }
        // `his cousin James York`: a role noun before the name belongs to the same phrase,
        // which is a subject when what precedes the phrase opens a clause.
        if Titles.roleNouns.contains(prev.lower) || Titles.titleHeads.contains(prev.lower) {
            var k = before
            while k > 0, before - k < 5, t[k - 1].isWord, t[k - 1].sentence == prev.sentence,
                !Self.clauseOpeners.contains(t[k - 1].lower), CueVerbs.lemma(t[k - 1].lower) == nil,
                !Titles.determiners.contains(t[k].lower)
            {
                k -= 1
            }
            if Titles.determiners.contains(t[k].lower) || t[k].isPossessive { k -= 1 }
            guard k >= 0, t[k].sentence == prev.sentence else { return true }
            return !t[k].isWord || Self.clauseOpeners.contains(t[k].lower)
        }
        return Self.clauseOpeners.contains(prev.lower)
    }

    private static let clauseOpeners: Set<String> = [
        "and", "but", "when", "while", "as", "because", "that", "if", "since", "although",
        "though", "after", "before", "where", "so", "then", "yet", "until", "once", "now",
    ]

    /// Nouns for documents and findings, which never stand for a person.
    private static let documents: Set<String> = [
        "report", "statement", "study", "poll", "survey", "paper", "newspaper", "analysis",
        "letter", "editorial", "ad", "memo", "email", "tweet", "post", "release", "data",
    ]

    /// `the officer`, `Britain’s most senior child protection police officer`.
    private func describe(
        _ mention: SpeakerMention, in p: Passage, anchor: Int
    ) -> SpeakerReference? {
        let words = p.tokens[mention.tokens].filter(\.isWord)
        guard let head = words.last?.lower, let first = words.first else { return nil }
        let definite = first.lower == "the" || first.isPossessive || p.section == .headline
        if Titles.organisationNouns.contains(head) {
            guard definite else { return nil }
            let i = table.organisations.lastIndex { $0.key.contains(head) }
            return i.map { .organisation($0) }
        }
        guard definite, !head.hasSuffix("s") || head == "boss",
            !Self.documents.contains(head)
        else { return nil }
        let singular = head
        let descriptionWords = Set(words.map(\.lower))
        let matching = table.people.indices.filter { i in
            table.people[i].titles.contains { title in
                let words = title.lowercased().split(separator: " ").map {
                    String($0).replacingDots()
                }
                // A vice president is not "the president".
                if words.contains(where: { ["vice", "deputy", "assistant", "former"].contains($0) })
                    && !words.contains(where: { w in descriptionWords.contains(w) && w != singular }
                    )
                {
                    return false
                }
                return words.contains { word in
                    word == singular || Titles.expansions[word] == singular
                }
            }
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
