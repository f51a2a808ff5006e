/// Finds runs of capitalised words that may name a person, an organisation or a place.
enum NameRuns {
    /// Lower-case words that may join the capitalised words of one name.
    static let connectors: WordSet = [
        "of", "for", "de", "van", "von", "der", "den", "ter", "al", "bin", "la", "le", "du",
        "da", "del", "di", "dos", "das", "and",
    ]

    /// Lower-case organisation heads that belong to the capitalised run before them
    /// (`Commons Home Affairs committee`).
    static let trailingHeads: WordSet = [
        "committee", "council", "party", "police", "department", "ministry", "commission",
        "government", "office", "agency", "campaign", "union", "board",
    ]

    /// Capitalised words that never continue a name (`Like Kevin I'd like`).
    static let runBreakers: WordSet = [
        "he", "she", "they", "it", "we", "i'd", "i’d", "i'm", "i’m", "i've", "i’ve", "i'll",
        "i’ll", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ]

    static func runs(in p: Passage) -> [Range<Int>] {
        let t = p.tokens
        var result: [Range<Int>] = []
        var i = 0
        while i < t.count {
            guard t[i].isWord, t[i].isCapitalized else {
                i += 1
                continue
            }
            var last = i
            var j = i + 1
            // A headline's subject opens it or follows a comma, a colon or a dash.
            let headline =
                p.section == .headline
                && (i == 0 || [",", ":"].contains(t[i - 1].text)
                    || t[i - 1].kind == .dash)
            while j < t.count, j - i < 12,
                !t[last].isPossessive || continuesInstitution(t, i, possessive: last)
            {
                let nextCapital = j + 1 < t.count && t[j + 1].isWord && t[j + 1].isCapitalized
                if t[j].isWord && t[j].isCapitalized || isParticleName(t[j]) {
                    // `in Washington D.C. He recalled`, `Morning Joe Monday`: a pronoun or a
                    // weekday ends a name.
                    if runBreakers.contains(t[j].lower) || isPronounI(t, at: j) { break }
                    if headline, endsHeadlineName(t, at: j) { break }
                    last = j
                } else if t[j].isWord, connectors.contains(t[j].lower), nextCapital,
                    t[j].lower != "and" || isOrganisationLike(t, i..<j)
                {
                    // the connector is taken with the word after it
                } else if t[j].text == ",", isOrganisationLike(t, i..<j),
                    let end = listedNameEnd(t, after: j)
                {
                    // `Department for Culture, Media and Sport`: a body's name lists its fields.
                    last = end
                    j = end + 1
                    continue
                } else if t[j].text == "&", nextCapital {
                } else if t[j].text == ".", nextCapital, t[j].start == t[last].end,
                    isAbbreviation(t[last])
                {
                } else {
                    break
                }
                j += 1
            }
            if last + 1 < t.count, t[last + 1].isWord, !t[last + 1].isCapitalized,
                !t[last].isPossessive, trailingHeads.contains(t[last + 1].lower), last > i
            {
                last += 1
            }
            result.append(i..<(last + 1))
            i = last + 1
        }
        return result
    }

    /// `St Mary's Primary School`, `King's College London`, `Guy's Hospital`: a possessive
    /// that opens a run alone or after `St`, followed by capitalised words that end in a word
    /// for an institution, belongs to its name.
    private static func continuesInstitution(_ t: [Token], _ start: Int, possessive p: Int)
        -> Bool
    {
        guard p == start || (p == start + 1 && ["st", "saint"].contains(t[start].lower))
        else { return false }
        var k = p + 1
        while k < t.count, k - p <= 4, t[k].isWord, t[k].isCapitalized, !t[k].isPossessive {
            if institutions.contains(t[k].lower) { return true }
            k += 1
        }
        return false
    }

    /// Words for institutions that are named after a saint or a patron (`St Mary's Primary
    /// School`).
    private static let institutions: WordSet = [
        "school", "college", "hospital", "university", "church", "cathedral", "academy",
        "infirmary", "chapel", "abbey", "hall",
    ]

    /// `told Nigel I want to`: the pronoun `I` before a verb that follows it, unlike the
    /// numeral of `Elizabeth I was crowned`.
    private static func isPronounI(_ t: [Token], at j: Int) -> Bool {
        t[j].text == "I" && j + 1 < t.count && t[j + 1].isWord
            && verbsAfterI.contains(t[j + 1].lower)
    }

    private static let verbsAfterI: WordSet = [
        "am", "want", "wanted", "think", "thought", "know", "knew", "have", "had", "will",
        "would", "can", "could", "do", "did", "don't", "don’t", "didn't", "didn’t", "feel",
        "felt", "hope", "believe", "say", "said", "told", "love", "like", "need", "must",
        "should", "just", "really", "never", "always", "went", "got", "get", "see", "saw",
        "mean", "guess", "reckon", "agree", "also", "still", "played", "play",
    ]

    /// `al-Assad`, `el-Sisi`: an Arabic surname written with its lower-case article, which is
    /// a name word like a capitalised one.
    static func isParticleName(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        // Scalar by scalar: this runs at the end of every name run, so no array for it.
        var scalars = token.text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "a" || first == "e",
            let second = scalars.next(), second == "l" || second == "L",
            scalars.next() == "-", let head = scalars.next()
        else { return false }
        return ScalarClass.isUpper(head)
    }

    /// `Mayor Ann Lee Says Harbour Wall Will Be Rebuilt`, `Ann Lee Just Warned ...`: in a
    /// headline, a reporting verb and the adverb or auxiliary before it end the name.
    private static func endsHeadlineName(_ t: [Token], at j: Int) -> Bool {
        if headlineVerbLemma(t[j].lower) != nil { return true }
        return j + 1 < t.count && t[j + 1].isWord && headlineVerbLemma(t[j + 1].lower) != nil
            && (Attribution.auxiliaries.contains(t[j].lower)
                || Attribution.verbAdverbs.contains(t[j].lower))
    }

    /// The lemma of a finite reporting verb that a headline in title case capitalises
    /// (`Says`, `Tells`, `Warned`, `Announces`), or nil. Forms that also end names (`United
    /// States`, `Consumer Reports`, `Edward Said`) and verbs that report only beside quotation
    /// marks are left out.
    static func headlineVerbLemma(_ lower: String) -> String? {
        guard lower.hasSuffix("s") || lower.hasSuffix("ed") || lower == "told" || lower == "wrote",
            !headlineNameWords.contains(lower), let lemma = CueVerbs.lemma(lower),
            !CueVerbs.weak.contains(lemma),
            // `Goes After`, `Puts Off`: these report only in set phrases.
            !["go", "put", "point"].contains(lemma)
        else { return nil }
        return lemma
    }

    /// Reporting-verb forms that are as often words of a name.
    private static let headlineNameWords: WordSet = ["states", "reports", "posts", "notes"]

    /// `J.J.`, `A.B.`: a person's initials written as one token, which are no acronym.
    /// Places and bodies written the same way (`U.S.`, `U.N.`) are not initials.
    static func isInitials(_ token: Token) -> Bool {
        let s = Array(token.text.unicodeScalars)
        guard s.count >= 4, s.count.isMultiple(of: 2) else { return false }
        for k in stride(from: 0, to: s.count, by: 2)
        where !ScalarClass.isUpper(s[k]) || s[k + 1] != "." {
            return false
        }
        let bare = token.lower.replacingDots()
        return !dottedAbbreviations.contains(bare) && !Gazetteer.isPlace(bare)
            && !OrganisationLexicon.known.contains(bare)
            && !OrganisationLexicon.notNames.contains(bare)
    }

    /// Places and bodies often written with dots (`U.S.`, `N.Y.`, `D.C.`), without them.
    private static let dottedAbbreviations: WordSet = [
        "us", "usa", "un", "uk", "eu", "dc", "la", "al", "ak", "az", "ar", "ca", "co", "ct",
        "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "me", "md", "ma", "mi", "mn",
        "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa",
        "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "fbi", "cia",
        "nsa", "gop", "nato", "pm", "am", "bc", "ad",
    ]

    private static func isAbbreviation(_ token: Token) -> Bool {
        (token.end - token.start == 1) || SentenceSplitter.abbreviations.contains(token.lower)
    }

    /// The last token of `Media and Sport` after the comma at `comma`: capitalised words, and
    /// `and` with capitalised words closing the list; nil when the words after the comma are
    /// no such list, or name bodies of their own.
    static func listedNameEnd(_ t: [Token], after comma: Int) -> Int? {
        var k = comma + 1
        var sawAnd = false
        var end: Int? = nil
        var itemWords = 0
        // `Council of Mortgage Lenders, British Bankers Association and ...` lists bodies, each
        // named with a head of its own; a field's name (`Media`) is one word.
        func namesBody(endingAt i: Int) -> Bool {
            itemWords >= 2
                && (OrganisationLexicon.heads.contains(t[i].lower)
                    || OrganisationLexicon.ofHeads.contains(t[i].lower))
        }
        while k < t.count, k - comma <= 8 {
            if t[k].isWord, t[k].isCapitalized, !runBreakers.contains(t[k].lower) {
                itemWords += 1
                if sawAnd { end = k }
            } else if t[k].isWord, t[k].lower == "and", !sawAnd, k > comma + 1,
                k + 1 < t.count, t[k + 1].isWord, t[k + 1].isCapitalized
            {
                if namesBody(endingAt: k - 1) { return nil }
                sawAnd = true
                itemWords = 0
            } else if t[k].text == ",", !sawAnd, k > comma + 1 {
                if namesBody(endingAt: k - 1) { return nil }
                itemWords = 0
            } else {
                break
            }
            k += 1
        }
        if let end, namesBody(endingAt: end) { return nil }
        return end
    }

    /// The words open with the head of a body's name that `of` or `for` goes on
    /// (`Department for Work`, `Bank of England`), after any determiner.
    static func isOrganisationLike(_ t: [Token], _ range: Range<Int>) -> Bool {
        // `The Department for Work and Pensions` opening a sentence: the article is no word
        // of the name.
        guard let first = range.first(where: { !Titles.determiners.contains(t[$0].lower) })
        else { return false }
        return OrganisationLexicon.ofHeads.contains(t[first].lower)
    }
}
