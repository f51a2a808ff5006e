/// Speakers described but not named (`A bank spokesman told Reuters ... He said`): the `he`
/// or `she` that goes on with one stays unnamed too, rather than falling back to a person
/// named before the description.
extension SpeakerResolver {
    /// Remembers a speaker mention that describes someone beside the report's people and
    /// resolved to no one, and forgets it once a speaker is named.
    mutating func noteUnnamedSpeaker(
        _ mention: SpeakerMention, resolved: SpeakerReference?, in p: Passage
    ) {
        if let resolved {
            // `A spokesman for the BPI said ... "...," he said`: a body's unnamed voice goes on
            // speaking for the body.
            unnamedSpeaker = nil
            guard case .organisation = resolved, mention.kind == .description,
                let voice = mention.tokens.first(where: {
                    Self.bodyVoices.contains(p.tokens[$0].lower)
                })
            else { return }
            let gender = Epithets.gender(of: p.tokens[voice].lower)
            unnamedSpeaker = (p.order, mention.tokens.lowerBound, gender, resolved)
            return
        }
        guard mention.kind == .description, let last = mention.tokens.last else { return }
        let head = p.tokens[last].lower
        // `the comedian said` may go on as `he` about the person the report is about, whom
        // a pronoun may still find; `a spokesman said` is someone else.
        guard Epithets.isBystander(head), !Self.showRoles.contains(head),
            !Titles.organisationNouns.contains(head), !Self.documents.contains(head)
        else { return }
        unnamedSpeaker = (p.order, mention.tokens.lowerBound, Epithets.gender(of: head), nil)
    }

    /// Nouns for the person through whom a body speaks.
    static let bodyVoices: WordSet = ["spokesman", "spokeswoman", "spokesperson"]

    /// Roles a report's own subject may hold (`The TV host said`, `The attorney general
    /// denied`), whom a pronoun after them may still find by name.
    static let showRoles: WordSet = [
        "host", "anchor", "moderator", "general", "reporter", "interviewer",
    ]

    /// The pronoun goes on with the unnamed speaker of a quote in its own passage or the one
    /// before: its gender agrees, and no person it may stand for has been named outside
    /// quotation marks since (`A spokeswoman confirmed Mr Smith would stay. "...," she said`).
    func continuesUnnamedSpeaker(_ mention: SpeakerMention, in p: Passage) -> Bool {
        guard let unnamed = unnamedSpeaker, p.order - unnamed.passage <= 1,
            let gender = Titles.subjectPronouns[p.tokens[mention.tokens.lowerBound].lower],
            let pronounGender = gender,
            unnamed.gender == nil || unnamed.gender == pronounGender
        else { return false }
        let nearest = mentions(before: (p.order, mention.tokens.lowerBound), limit: 40).lazy
            .map { table.mentions[$0] }
            .first { m in
                guard case .person(let i) = m.reference, !m.isInsideQuote else { return false }
                return table.people[i].gender.map { $0 == pronounGender } ?? true
            }
        guard let nearest else { return true }
        return (nearest.passage, nearest.tokens.lowerBound) < (unnamed.passage, unnamed.token)
    }
}

extension SpeakerResolver {
    /// `A Home Office spokesman said the system had been tightened. He added ...`: when the
    /// sentence before a pronoun's opens with a bystander (as in ``noteUnnamedSpeaker``), the
    /// pronoun goes on with that person: the one a title names, or no one. When it opens
    /// with an epithet (`The prime minister shrugged off ...`), the pronoun goes on with the
    /// person the epithet names, if the article names one. Nil when that sentence opens
    /// otherwise; `.some(nil)` for a bystander the article does not name.
    mutating func describedSubject(
        before at: Int, in p: Passage, gender: Gender?
    ) -> SpeakerReference?? {
        let sentence = p.tokens[at].sentence
        // The pronoun opens its sentence, perhaps after a quotation (`"...," he said`) or a
        // conjunction (`And he claimed`).
        let opening = p.tokens[p.sentences[sentence].lowerBound..<at]
        guard
            opening.allSatisfy({ !$0.isWord || $0.isInsideQuote })
                || opening.count == 1 && ["and", "but"].contains(opening.first?.lower)
        else { return nil }
        let previous: Passage
        let range: Range<Int>
        if sentence > 0 {
            previous = p
            range = p.sentences[sentence - 1]
        } else if p.order > 0, let last = passages[p.order - 1].sentences.last {
            previous = passages[p.order - 1]
            range = last
        } else {
            return nil
        }
        let t = previous.tokens
        guard var first = range.first(where: { t[$0].isWord }), !t[first].isInsideQuote else {
            return nil
        }
        // `Appearing at a poster launch, the prime minister hailed ...`: an opening phrase
        // set off by a comma comes before the subject.
        if !Titles.determiners.contains(t[first].lower),
            let comma = (first..<min(range.upperBound - 1, first + 10)).first(where: {
                t[$0].text == "," || t[$0].isInsideQuote
            }), t[comma].text == ","
        {
            first = comma + 1
        }
        guard ["the", "a", "an"].contains(t[first].lower) else { return nil }
        // The head: a bystander's noun right before the sentence's verb (`A Home Office
        // spokesman said`, `The spokeswoman also denied`), or an epithet for someone the
        // article names (`The Brazilian confirmed ...`).
        guard
            let head = (first + 1..<min(range.upperBound - 1, first + 6)).first(where: {
                (Epithets.isBystander(t[$0].lower) || Epithets.isHead(t[$0].lower))
                    && opensPredicate(t[$0 + 1])
            }),
            !Self.showRoles.contains(t[head].lower),
            !Titles.organisationNouns.contains(t[head].lower),
            !Self.documents.contains(t[head].lower),
            t[first + 1...head].allSatisfy({
                $0.isWord && !$0.isPossessive && !Titles.determiners.contains($0.lower)
                    && CueVerbs.lemma($0.lower) == nil
            })
        else { return nil }
        if let gender, let told = Epithets.gender(of: t[head].lower), told != gender { return nil }
        let description = SpeakerMention(kind: .description, tokens: first..<(head + 1))
        // A description already resolved as a speaker left its person's mention there.
        if overlapping(description.tokens, in: previous).contains(where: {
            if case .person = $0.reference { return true } else { return false }
        }) {
            return nil
        }
        let found = describe(description, in: previous, anchor: first)
        if case .person(let i)? = found {
            // `The Brazilian confirmed ... at United boss Sir Alex Ferguson. "...," he told`:
            // the person the epithet names, not the one named after it.
            if let gender, let known = table.people[i].gender, known != gender { return nil }
            // `the Vermont senator` is any senator to the titles of one from elsewhere: the
            // names decide.
            let words = t[description.tokens].filter(\.isWord)
            if !hasTitle(with: Self.qualifiers(of: words), person: i) { return nil }
            return .some(found)
        }
        // An epithet the article does not tie to anyone leaves the pronoun to the names.
        return Epithets.isBystander(t[head].lower) ? .some(nil) : nil
    }

    /// A word that may open a clause's predicate: a reporting verb, an auxiliary, `also`, or
    /// a past tense (`spokesman said`, `spokeswoman has`, `spokesman also`, `aide resigned`).
    private func opensPredicate(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        let w = token.lower
        return CueVerbs.lemma(w) != nil || Attribution.auxiliaries.contains(w) || w == "also"
            || (w.hasSuffix("ed") && w.count > 4)
    }
}
