/// Epithets that name again the person a report is about (`Jack Marlow has signed ... The
/// 24-year-old said`, `Michael Howard has denied ... The Tory leader said`).
extension SpeakerResolver {
    /// The person a definite epithet stands for when no person of the article holds it as a
    /// title: the subject of an earlier sentence, when that person is also the one the
    /// article names most. A post (`the chancellor`) asks more, for a report names offices
    /// whose holders it need not name: no one named in a sentence in between, and no other
    /// post held (`the prime minister` after a paragraph about a mayor is someone else).
    mutating func epithet(
        _ mention: SpeakerMention, in p: Passage, anchor: Int
    ) -> SpeakerReference? {
        let t = p.tokens
        guard let first = mention.tokens.first, t[first].lower == "the",
            let last = mention.tokens.last, Epithets.isHead(t[last].lower),
            !t[mention.tokens].contains(where: \.isPossessive)
        else { return nil }
        let head = t[last].lower
        let isPost = Epithets.isPost(head)
        // `the prime minister`: the word before the head names the post.
        let modifier = last > first ? t[last - 1].lower : ""
        let post = Self.postModifiers.contains(modifier) ? [modifier, head] : [head]
        // A report names one holder of a post all through: the one an earlier epithet found.
        if isPost {
            let holders = epithetPosts.filter { $0.value.contains(post) }.map(\.key)
            if holders.count == 1, let holder = holders.first { return .person(holder) }
        }
        let gender = Epithets.gender(of: head)
        let sentence = t[first].sentence
        // Where the people named since the subject stand, as passage and sentence, and who.
        var passedOver: [(place: (Int, Int), person: Int)] = []
        let recent = mentions(before: (p.order, anchor), limit: 60).map { table.mentions[$0] }
        for m in recent {
            if p.order - m.passage > 3 { return nil }
            // `Lee: Cole wasted millions`: a headline's later names are what its first said.
            guard case .person(let i) = m.reference, !m.isInsideQuote, !isLaterInHeadline(m)
            else { continue }
            let own = (m.passage, passages[m.passage].tokens[m.tokens.lowerBound].sentence)
            if own == (p.order, sentence) {
                // `Ms Lee said, adding that the minister has promised`: the minister is
                // someone else; a name in an opening clause (`As far as whether Lee still
                // senses anger, the senator said`) may be the holder's own.
                if isPost {
                    guard isSubordinate(m), m.tokens.lowerBound < first else { return nil }
                    passedOver.append((own, i))
                    continue
                }
                // `But Lee won, the columnist said`: whom the quote is about.
                if isInQuoteContent(m) { continue }
                // `Lee called on them after the mogul claimed`: a sentence names its own
                // subject again with a pronoun; only a clause that opens it (`When Lee lost,
                // the Australian said`) or a possessor (`Lee's striker is fit, but the Scot
                // said`) is named again by an epithet.
                if isSubject(m), !isSubordinate(m),
                    !passages[m.passage].tokens[m.tokens.upperBound - 1].isPossessive
                {
                    return nil
                }
            }
            if let gender, let known = table.people[i].gender, known != gender { continue }
            // `Lee spoke hours after Cole tweeted. The governor said`: the subject of a
            // subordinate clause is not whom the sentence is about.
            guard isSubject(m), !isPost || !isSubordinate(m), !isAccordingTo(m) else {
                passedOver.append((own, i))
                continue
            }
            // `Lee announced that Cole would run the campaign. The mogul said`: the main
            // clause's subject, when it names a person.
            var reference = m.reference
            if isSubordinate(m), let main = mainSubject(before: m, in: recent, gender) {
                reference = main
            }
            // Or a trait (`the two-time champion`) right after a sentence that opens with the
            // person, with no one else named since, and no one named by the same words before.
            guard case .person(let person) = reference,
                isProtagonist(person)
                    || !isPost && passedOver.isEmpty && reference == m.reference
                        && own.0 == p.order && own.1 >= sentence - 1 && opensSentence(m)
                        && !namesSomeoneAlready(mention, in: p)
            else { return nil }
            // `Lee attacked Ann Cole. The chancellor said`: Lee's own object is passed over, but
            // a person named in a later sentence (`A book says Lee misled Cole. The
            // chancellor said`) may hold the post; Lee named again there is no other.
            if isPost,
                holdsOtherPost(person, than: post, at: m)
                    || passedOver.contains(where: { $0.place != own && $0.person != person })
            {
                return nil
            }
            if isPost { epithetPosts[person, default: []].insert(post) }
            return reference
        }
        return nil
    }

    /// An earlier quote's speaker was named by the same words (`The 24-year-old said ...
    /// Tom Hale said ... The 24-year-old added`): the words go on naming that person.
    private func namesSomeoneAlready(_ mention: SpeakerMention, in p: Passage) -> Bool {
        let words = p.text(tokens: mention.tokens).lowercased()
        return table.mentions.contains { m in
            guard case .person = m.reference, m.passage <= p.order,
                m.tokens.count == mention.tokens.count
            else { return false }
            return passages[m.passage].text(tokens: m.tokens).lowercased() == words
        }
    }

    /// Mention `m` opens its sentence, with only capitalised words, titles or an opening
    /// phrase and its comma before it (`Britain's Ann Lee has`, `After the race, Lee said`;
    /// not `The star of Rain Man and Tootsie`).
    private func opensSentence(_ m: EntityMention) -> Bool {
        let t = passages[m.passage].tokens
        let sentence = t[m.tokens.lowerBound].sentence
        var k = m.tokens.lowerBound - 1
        while k >= 0, t[k].sentence == sentence {
            if t[k].text == "," { return true }
            // `British team member Ann Lee`: a title's words.
            if t[k].isWord, !t[k].isCapitalized, !Titles.roleNouns.contains(t[k].lower),
                !Titles.titleModifiers.contains(t[k].lower),
                !Titles.roleNouns.contains(t[k + 1].lower)
            {
                return false
            }
            k -= 1
        }
        return true
    }

    /// The mention stands in a headline after the name of another person.
    private func isLaterInHeadline(_ m: EntityMention) -> Bool {
        guard passages[m.passage].section == .headline else { return false }
        return table.mentions.contains { other in
            guard case .person = other.reference, other.passage == m.passage else { return false }
            return other.tokens.lowerBound < m.tokens.lowerBound && other.reference != m.reference
        }
    }

    /// `according to Mr Lee`: a source, not a subject.
    private func isAccordingTo(_ m: EntityMention) -> Bool {
        Attribution.isAccordingTo(passages[m.passage].tokens, preposition: m.tokens.lowerBound - 1)
    }

    /// The mention stands in the text of the quote being resolved.
    private func isInQuoteContent(_ m: EntityMention) -> Bool {
        guard m.passage == quoteContent.passage else { return false }
        let start = passages[m.passage].tokens[m.tokens.lowerBound].start
        return quoteContent.fragments.contains { $0.contains(start) }
    }

    /// Person `i` is whom the article is about: the headline names them (`Lee rejects
    /// calls`), or no one in the article is named more often.
    private func isProtagonist(_ i: Int) -> Bool {
        let count = table.people[i].count
        if !table.people.contains(where: { $0.count > count }) { return true }
        return table.mentions.contains { m in
            guard case .person(i) = m.reference else { return false }
            return passages[m.passage].section == .headline
        }
    }

    /// Person `i` has a title that names a post other than `post` (`Mayor`, `Europe
    /// Minister` beside `the prime minister`; not `Mr` or `Republican`) or was an epithet for
    /// one; or mention `m` names the person with one (`London mayor Ken Ward`).
    private func holdsOtherPost(_ i: Int, than post: [String], at m: EntityMention) -> Bool {
        if epithetPosts[i, default: []].contains(where: { $0 != post }) { return true }
        // `Europe Minister` is not the post of `the prime minister`, `Home Secretary` is;
        // `Shadow chancellor` is not the chancellor's, nor `Deputy Prime Minister` the prime
        // minister's.
        func namesOtherPost(_ words: [String]) -> Bool {
            // (`Ex-chat show host` is no post.)
            if words.contains(where: { Self.isRankWord($0) && !post.contains($0) }),
                words.contains(where: Titles.titleHeads.contains)
            {
                return true
            }
            return words.contains { word in
                Titles.titleHeads.contains(word) && Titles.honorifics[word] == nil
                    && (word != post.last || !post.dropLast().allSatisfy(words.contains))
            }
        }
        let t = passages[m.passage].tokens
        var k = m.tokens.lowerBound
        while k > 0, m.tokens.lowerBound - k < 3, t[k - 1].isWord, !t[k - 1].isPossessive {
            k -= 1
        }
        if namesOtherPost(t[k..<m.tokens.lowerBound].map(\.lower)) { return true }
        return table.people[i].titles.contains { title in
            namesOtherPost(
                title.lowercased().split(separator: " ").map { String($0).replacingDots() })
        }
    }
}
