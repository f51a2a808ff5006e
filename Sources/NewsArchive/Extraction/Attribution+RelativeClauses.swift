extension Attribution {
    /// `Officials who spoke on condition of anonymity said`, `The lawyer who represents Tom
    /// Hart told`: the subject is the description that a relative clause follows, never a name
    /// inside the clause. Nil when no such clause stands right before the verb.
    ///
    /// Only a restrictive clause, with no comma: `Ann Lee, who chairs the board, said` is an
    /// appositive that ``subjectBefore(_:cue:floor:)`` reads. Only a clause whose own subject
    /// is `who`: in `The man who Lee said was there`, Lee speaks.
    static func relativeClauseSubject(_ p: Passage, cue: Int, floor: Int) -> SpeakerMention? {
        let t = p.tokens
        // `officials who said`, `a figure who can argue`, `who first revealed`: the verb is
        // the clause's own, not the main clause's; `who met Lee and has said`: a second verb
        // of the clause.
        var v = cue - 1
        while v > floor, t[v].isWord, !t[v].isCapitalized,
            auxiliaries.contains(t[v].lower) || verbAdverbs.contains(t[v].lower)
                || t[v].lower.hasSuffix("ly") && !nounsInLy.contains(t[v].lower)
        {
            v -= 1
        }
        // `to contend for`: an infinitive is no main verb; `when he yelled`, `after Lee
        // said`: the verb has a subject of its own inside the clause.
        guard v > floor, t[v].isWord, !["who", "and", "or", "to"].contains(t[v].lower),
            Titles.subjectPronouns[t[v].lower] == nil,
            !t[max(floor, v - 3)..<v].contains(where: {
                $0.isWord && ReportedContent.subordinators.contains($0.lower)
            })
        else { return nil }
        var w = v - 1
        while w > floor, v - w <= Self.relativeClauseLength {
            let token = t[w]
            if token.isInsideQuote || token.kind == .quoteMark || token.kind == .dash
                || Self.clauseBreaks.contains(token.text)
            {
                return nil
            }
            if token.isWord, token.lower == "who" { break }
            w -= 1
        }
        guard w > floor, t[w].lower == "who", t[w + 1].isWord, !t[w + 1].isCapitalized,
            Titles.subjectPronouns[t[w + 1].lower] == nil,
            // `see who gives what, but the report says`: a subject after a conjunction.
            genericDescription(endingAt: v, p, floor: floor) == nil,
            let head = describedPhrase(endingAt: w - 1, p, floor: floor),
            opensClause(at: head.tokens.lowerBound, t, floor: floor)
        else { return nil }
        // `Hawkins and others who want a ban said`: the name speaks for them all.
        guard head.kind != .name else { return head }
        return firstConjunct(before: head, p, floor: floor) ?? head
    }

    /// The phrase a `who` clause follows: a name, a description (`A man`, `The lawyer`), a
    /// group (`Two officials`, `People familiar with the talks`) or a plural noun for people
    /// (`Officials`, `residents`).
    private static func describedPhrase(endingAt j: Int, _ p: Passage, floor: Int)
        -> SpeakerMention?
    {
        let t = p.tokens
        // `Friends of Mr. Clinton's who`: a possessor is no head.
        guard j >= floor, t[j].isWord, !t[j].isInsideQuote, !t[j].isPossessive else {
            return nil
        }
        if let phrase = nounPhrase(endingAt: j, p, floor: floor)
            ?? genericDescription(endingAt: j, p, floor: floor)
            ?? groupSubject(endingAt: j, p, floor: floor)
        {
            return phrase
        }
        guard Titles.isPluralPersonNoun(t[j].lower) else { return nil }
        var start = j
        if start - 1 >= floor, t[start - 1].isWord, Titles.determiners.contains(t[start - 1].lower)
        {
            start -= 1
        }
        return SpeakerMention(kind: .source, tokens: start..<(j + 1))
    }

    /// The most tokens a `who` clause before the verb holds (`who spoke on the condition of
    /// anonymity because they were not authorised to discuss the case`).
    private static let relativeClauseLength = 24

    /// Punctuation that no restrictive clause holds.
    private static let clauseBreaks: Set<String> = [",", ";", ":", ".", "!", "?", "(", ")"]
}
