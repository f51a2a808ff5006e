/// Descriptions that name a body by its kind (`the company`, `the newspaper`, `the party`)
/// and speak for the body of that kind the article named last.
extension SpeakerResolver {
    /// The body a description of its kind stands for (`the company` after `Kestrel Motors`):
    /// the last one of that kind the article named before, passing over bodies of other
    /// kinds but not one of unknown kind (nor a lone name that may be a body), which may be
    /// the one meant: it is, when the article names it most. `the rival firm` or `the shell
    /// company` is another one, and `the Tory party` is for the name to tell.
    func latestBody(named words: [Token], before position: (Int, Int)) -> SpeakerReference? {
        guard let head = words.last?.lower,
            !words.dropFirst().contains(where: {
                Self.otherBodyWords.contains($0.lower) || $0.isCapitalized && head == "party"
            })
        else { return nil }
        let kinds = BodyKind.named(by: head)
        guard !kinds.isEmpty else { return nil }
        // `the law firm`, `the security company`: a trade the body's name must show.
        let trades = words.dropFirst().dropLast().filter {
            !$0.isCapitalized && !$0.isPossessive && !Self.sizeWords.contains($0.lower)
        }.map(\.lower)
        for m in mentions(before: position, limit: 200) {
            let mention = table.mentions[m]
            guard !mention.isInsideQuote else { continue }
            if case .person(let i) = mention.reference {
                // `OptInRealBig`: a one-word name with nothing of a person's may be the body.
                let person = table.people[i]
                if person.words.count == 1, person.titles.isEmpty, person.gender == nil {
                    return nil
                }
                continue
            }
            guard case .organisation(let o) = mention.reference, !isNamedAsOther(mention) else {
                continue
            }
            let key = table.organisations[o].key
            let isOfKind = kinds.contains(where: { isBody(o, of: $0) })
            // `battles against Microsoft`, `a weak showing for Kestrel`: an object is less
            // likely the body meant than a subject named before it. A body of no known kind
            // may still be the one meant after a preposition that can open a clause or names a
            // holding (`Shares in TZK rose after TZK won`).
            if isOfKind
                ? isObjectOfPreposition(mention)
                : !BodyKind.isKnown(key)
                    && isObjectOfPreposition(mention, excluding: Self.weakPrepositions)
            {
                continue
            }
            if isOfKind {
                guard trades.allSatisfy({ key.contains($0) }) else { return nil }
                // `Qantas ... allow Singapore Airlines to fly ... the firm`: a body named once
                // yields to the one of that kind the article is about. Articles weigh parties
                // against each other, so a party named once may well be the one meant.
                if table.organisations[o].count == 1, !kinds.contains(.party),
                    let main = table.organisations.indices.max(by: {
                        table.organisations[$0].count < table.organisations[$1].count
                    }), main != o, table.organisations[main].count >= 3,
                    kinds.contains(where: { isBody(main, of: $0) })
                {
                    return .organisation(main)
                }
                return mention.reference
            }
            if !BodyKind.isKnown(key) {
                // `Umbro ... The firm said`: a name that tells no kind is the body meant when
                // the article is about it; a paper is named as one (`the paper notes` is
                // more often a document's words).
                return trades.isEmpty && isMainBody(o) && !kinds.contains(.newspaper)
                    ? mention.reference : nil
            }
        }
        return nil
    }

    /// The mention follows a preposition other than `according to`, and is not the source
    /// a preposition names (`a statement from Kestrel`, `from Kestrel lending figures`).
    private func isObjectOfPreposition(
        _ mention: EntityMention, excluding weak: WordSet = []
    ) -> Bool {
        let t = passages[mention.passage].tokens
        let before = mention.tokens.lowerBound - 1
        guard before >= 0, t[before].isWord,
            QuoteExtractor.prepositions.contains(t[before].lower), !weak.contains(t[before].lower),
            !Attribution.isAccordingTo(t, preposition: before),
            !isSource(t, preposition: before)
        else { return false }
        let after = t[mention.tokens.upperBound..<min(t.count, mention.tokens.upperBound + 2)]
        return !after.prefix(while: { $0.isWord && !$0.isCapitalized }).contains {
            Self.documents.contains($0.lower) || Self.publishedFigures.contains($0.lower)
        }
    }

    /// `its smaller rival Kestrel`, `parent company Kestrel`: a body named as another's rival,
    /// parent or sister, which a description of its kind does not mean.
    private func isNamedAsOther(_ mention: EntityMention) -> Bool {
        let t = passages[mention.passage].tokens
        var k = mention.tokens.lowerBound - 1
        while k >= 0, t[k].isWord, !t[k].isCapitalized, k >= mention.tokens.lowerBound - 3 {
            if Self.otherBodyWords.contains(t[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// Prepositions that also open a clause (`after TZK won`), name what a holding is in
    /// (`shares in TZK`) or whose a thing is (`In the latest release of TZK, the company`).
    private static let weakPrepositions: WordSet = [
        "after", "before", "since", "in", "following", "including", "despite", "of",
    ]

    /// Figures a body publishes (`Kestrel lending figures`), beside ``documents``.
    private static let publishedFigures: WordSet = [
        "figures", "statistics", "research", "estimates", "forecast", "forecasts", "index",
    ]

    /// `a statement from Kestrel`, `a spokesman for Kestrel`: the body speaks through what
    /// the preposition follows.
    private func isSource(_ t: [Token], preposition: Int) -> Bool {
        guard ["from", "for", "by"].contains(t[preposition].lower), preposition > 0 else {
            return false
        }
        let word = t[preposition - 1].lower
        return Self.documents.contains(word) || Self.bodyVoices.contains(word)
            || Self.spokespeople.contains(word)
    }

    /// Whether organisation `o` is a body of this kind, by its name or by what the article
    /// calls it.
    private func isBody(_ o: Int, of kind: BodyKind) -> Bool {
        if kind.includes(table.organisations[o].key) { return true }
        guard o < describedKinds.count else { return false }
        let described = describedKinds[o]
        // Airlines and banks are companies too, as their names tell in ``BodyKind/includes``.
        return described.contains(kind)
            || kind == .company && !described.isDisjoint(with: [.airline, .bank])
    }

    /// The kinds of body the article calls each organisation, by organisation index: by the
    /// noun just before a name outside quotation marks (`telecoms firm Deutsche Telekom`, `the
    /// carmaker Kestrel`), and an acronym by the kind of the name it stands for (`the FT`
    /// beside `the Financial Times`). A name that tells no kind of itself still has the one
    /// the article gave it.
    static func describedKinds(passages: [Passage], table: EntityTable) -> [Set<BodyKind>] {
        var kinds = [Set<BodyKind>](repeating: [], count: table.organisations.count)
        for mention in table.mentions where !mention.isInsideQuote {
            guard case .organisation(let o) = mention.reference, o < kinds.count,
                mention.passage < passages.count, mention.tokens.lowerBound > 0
            else { continue }
            let noun = passages[mention.passage].tokens[mention.tokens.lowerBound - 1]
            guard noun.isWord, !noun.isCapitalized, !noun.isPossessive else { continue }
            kinds[o].formUnion(BodyKind.named(by: noun.lower))
        }
        let fullNames = Acronyms.fullNames(table.organisations.map(\.name))
        for (acronym, fullName) in fullNames {
            guard let o = table.organisationIndex(named: acronym),
                let full = table.organisationIndex(named: fullName)
            else { continue }
            let key = table.organisations[full].key
            kinds[o].formUnion(kinds[full].union(BodyKind.allCases.filter { $0.includes(key) }))
        }
        return kinds
    }

    /// `the group`, `the organization`: the body named last, when that is in the same
    /// sentence or the one before (`..., according to the Elmford Golf Foundation. Almost 650
    /// courses have closed, the group says.`) and no person is named between. These nouns fit
    /// any body, so only the nearest one can be meant; a body named as an object or inside a
    /// subordinate clause (`rallied at Elmford University`, `telling Channel 5`, `when the
    /// Appeal Court ruled`) is passed over for the one before it.
    func bodyNamedJustBefore(_ p: Passage, anchor: Int) -> SpeakerReference? {
        guard anchor < p.tokens.count else { return nil }
        let sentence = p.tokens[anchor].sentence
        for m in mentions(before: (p.order, anchor), limit: 6) {
            let mention = table.mentions[m]
            guard isNear(mention, p, sentence: sentence), case .organisation = mention.reference
            else { return nil }
            if !mention.isInsideQuote, !isObjectOrInSubclause(mention) {
                return mention.reference
            }
        }
        return nil
    }

    /// No other body is named in the sentences that ``bodyNamedJustBefore(_:anchor:)`` looks
    /// at: this one up to `anchor`, and the one before it.
    func isOnlyBodyNear(_ body: SpeakerReference, _ p: Passage, anchor: Int) -> Bool {
        guard anchor < p.tokens.count else { return false }
        let sentence = p.tokens[anchor].sentence
        for m in mentions(before: (p.order, anchor), limit: 12) {
            let mention = table.mentions[m]
            guard isNear(mention, p, sentence: sentence) else { break }
            if case .organisation = mention.reference, mention.reference != body { return false }
        }
        return true
    }

    /// The mention stands in sentence `sentence` of `p` or the sentence before it, which may
    /// close the passage before.
    private func isNear(_ mention: EntityMention, _ p: Passage, sentence: Int) -> Bool {
        let other = passages[mention.passage]
        let mentionSentence = other.tokens[mention.tokens.lowerBound].sentence
        return mention.passage == p.order
            ? sentence - mentionSentence <= 1
            : mention.passage == p.order - 1 && sentence == 0
                && mentionSentence == other.sentences.count - 1
    }

    /// Whether the mention follows, past its determiners, a preposition other than `according
    /// to`, a reporting verb or a subordinating conjunction.
    private func isObjectOrInSubclause(_ m: EntityMention) -> Bool {
        let t = passages[m.passage].tokens
        var i = m.tokens.lowerBound - 1
        while i >= 0, t[i].isWord, Titles.determiners.contains(t[i].lower) { i -= 1 }
        guard i >= 0, t[i].isWord else { return false }
        let w = t[i].lower
        return QuoteExtractor.prepositions.contains(w)
            && !Attribution.isAccordingTo(t, preposition: i)
            || ReportedContent.subordinators.contains(w) || CueVerbs.lemma(w) != nil
    }

    /// The body named last, before `position`, whose name of two words or more ends in this
    /// lower-case noun (`the alliance` for `Countryside Alliance`).
    func latestBody(endingWith head: String, before position: (Int, Int)) -> SpeakerReference? {
        for m in mentions(before: position, limit: 200) {
            guard case .organisation(let o) = table.mentions[m].reference else { continue }
            let key = table.organisations[o].key
            if key.hasSuffix(" " + head) { return .organisation(o) }
        }
        return nil
    }

    /// Nouns for a body of any kind, which only the body named just before can fill.
    static let anyBodyNouns: WordSet = ["group", "organization", "organisation"]

    /// Nouns for a business, which a word for its trade may describe (`the drinks firm`).
    static let businessNouns: WordSet = [
        "company", "firm", "group", "airline", "lender", "carmaker", "retailer", "insurer",
        "bank",
    ]

    /// The article names this body more than once and no other body more often.
    private func isMainBody(_ o: Int) -> Bool {
        let count = table.organisations[o].count
        return count >= 2 && table.organisations.allSatisfy { $0.count <= count }
    }

    /// Words of size or standing that describe any body of a kind (`the biggest firm`).
    private static let sizeWords: WordSet = [
        "big", "biggest", "large", "larger", "largest", "small", "smaller", "leading",
        "struggling", "troubled", "embattled", "beleaguered", "giant", "global",
        "international", "multinational", "national",
    ]

    /// Words that make a description of a body's kind stand for another body than the one
    /// named last.
    private static let otherBodyWords: WordSet = [
        "rival", "other", "parent", "new", "former", "another", "second", "sister", "same",
        "shell", "holding", "acquired", "merged", "combined",
    ]
}
