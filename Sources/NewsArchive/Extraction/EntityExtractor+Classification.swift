/// Classifying capitalised runs: organisation, place, person (with title) or nothing.
extension EntityExtractor {
    func isSentenceInitial(_ p: Passage, _ i: Int) -> Bool {
        if i == 0 { return true }
        // Fields read in place: a copy of the token retains its two strings.
        let t = p.tokens
        if t[i - 1].sentence != t[i].sentence { return true }
        // A bracket and a colon are punctuation: no string comparison for the other kinds.
        guard t[i - 1].kind == .punctuation else {
            return t[i - 1].kind == .quoteMark || t[i - 1].kind == .dash
        }
        let mark = t[i - 1].text
        if mark == "(" || mark == ":" { return true }
        // `“... features. Consequently, the effects ...”`: a quotation is one sentence of its
        // report, but a word after a stop inside it opens one of its own (not after `Mr.`).
        return t[i - 1].isInsideQuote && (mark == "." || mark == "!" || mark == "?") && i >= 2
            && t[i - 2].isWord && !SentenceSplitter.abbreviations.contains(t[i - 2].lower)
            && t[i - 2].end - t[i - 2].start > 1
    }

    static let openers: WordSet = [
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "if", "when", "while",
        "after", "before", "last", "this", "that", "these", "those", "it", "he", "she", "they",
        "we", "i", "his", "her", "their", "our", "its", "as", "so", "yet", "some", "many", "most",
        "one", "two", "there", "here", "what", "why", "how", "who", "where", "with", "from",
        "by", "since", "although", "though", "because", "meanwhile", "however", "now", "then",
        "also", "both", "all", "every", "each", "no", "not", "only", "even", "still", "under",
        "over", "about", "during", "until", "unless", "despite", "among", "according", "to",
        "of", "my", "your", "you", "me", "us", "him", "them", "asked", "speaking", "writing",
        "today", "yesterday", "tomorrow", "earlier", "later", "next", "previously",
        "around", "across", "against", "along", "amid", "behind", "beyond", "inside",
        "outside", "throughout", "toward", "towards", "upon", "within", "without", "into",
        "through", "between", "beneath", "above", "below", "via", "ever", "perhaps", "rival",
        "rivals", "fellow",
    ]

    func text(_ p: Passage, _ range: Range<Int>) -> String {
        guard let last = range.last else { return "" }
        let t = p.tokens
        let end = t[last].isPossessive ? t[last].end - 2 : t[last].end
        return p.text(t[range.lowerBound].start, end)
    }

    func nameWords(_ p: Passage, _ range: Range<Int>) -> [String] {
        // By index: a filtered copy of the tokens retains their strings.
        let t = p.tokens
        var words: [String] = []
        for i in range where t[i].isWord && (t[i].isCapitalized || NameRuns.isParticleName(t[i])) {
            words.append(t[i].lower.droppingFinalDot())
        }
        // `James Comey Jr.` is a Comey; the suffix is kept apart (``generationalSuffix(_:_:)``).
        while words.count > 1, let last = words.last, Titles.generationalSuffixes.contains(last) {
            words.removeLast()
        }
        return words
    }

    /// The generational suffix that ends a name (`jr` for `James Comey Jr.`), if any.
    func generationalSuffix(_ p: Passage, _ range: Range<Int>) -> String? {
        guard let last = range.last(where: { p.tokens[$0].isWord }) else { return nil }
        let word = p.tokens[last].lower.droppingFinalDot()
        return last > range.lowerBound && Titles.generationalSuffixes.contains(word) ? word : nil
    }

    /// A noun for a person's trade or role (`rapper`, `journalist`, `midfielder`) that is no
    /// people's name (`American`), no title word of its own, no body's head and no name.
    func isOpeningTrade(_ lower: String) -> Bool {
        Epithets.isHead(lower) && !Epithets.demonyms.contains(lower) && !isTitleWord(lower)
            && !FirstNames.contains(lower)
            && !knownSurnames.contains(lower) && !Self.tradesOpeningNames.contains(lower)
            && !OrganisationLexicon.heads.contains(lower)
    }

    /// Trades that also open the names of bodies and places (`International Monetary Fund`,
    /// `Centre Parcs`).
    private static let tradesOpeningNames: WordSet = [
        "international", "centre", "forward", "wing", "seed", "peer", "star",
    ]

    /// Whether a word, given in lower case, is a title's head or modifier (`Sen.`, `former`).
    func isTitleWord(_ lower: String) -> Bool {
        let w = lower.droppingFinalDot()
        return Titles.titleHeads.contains(w) || Titles.titleModifiers.contains(w)
    }

    func classify(_ p: Passage, _ run: Range<Int>) -> [Finding] {
        let t = p.tokens
        var lo = run.lowerBound
        var hi = run.upperBound
        // `Frank Field MP`, `Ann Lee QC`: letters after a person's full name are no part of it.
        while hi - lo >= 3, Self.postNominals.contains(t[hi - 1].text),
            t[hi - 2].isWord, FirstNames.contains(t[lo].lower)
        {
            hi -= 1
        }
        while lo < hi {
            let w = t[lo].lower
            // `Al Gore`, `Al Jazeera`: `Al` in capitals before a name's next word is a given
            // name or an article of the name, unlike `Le` in `Le Bon said`, which names the
            // surname of a Simon Le Bon named before.
            let opensName =
                t[lo].isCapitalized && Self.particlesOpeningNames.contains(w) && lo + 1 < hi
                && t[lo + 1].isWord && t[lo + 1].isCapitalized
            if !t[lo].isWord || NameRuns.connectors.contains(w) && !opensName || w == "the" {
                lo += 1
                continue
            }
            // `Kenyans Evans Rutto and ...`: a people in the plural before a name describes.
            if lo + 2 < hi, w.count > 4, w.hasSuffix("s"),
                Epithets.demonyms.contains(String(w.dropLast()))
            {
                lo += 1
                continue
            }
            // `Rapper Eminem told`, `Journalist Ann Lee said`: a trade opening the sentence
            // is the title before a name (``roleTitle(_:before:)``), not a word of it. A
            // headline's opening word has rules of its own (``trimmingOpeningEpithet``).
            if p.section != .headline, isSentenceInitial(p, lo), lo + 1 < hi,
                isOpeningTrade(w), t[lo + 1].isCapitalized
            {
                lo += 1
                continue
            }
            if isSentenceInitial(p, lo), !isTitleWord(w), !knownSurnames.contains(w),
                Self.openers.contains(w)
                    || (lowercaseWords.contains(w) && !FirstNames.contains(w)
                        && !followedByCue(p, hi))
            {
                lo += 1
                continue
            }
            break
        }
        guard lo < hi else { return [] }
        let range = lo..<hi
        if let publication {
            let lowerText = text(p, range).lowercased()
            if lowerText == publication || publication.hasPrefix(lowerText + " ") { return [] }
        }
        let of = range.first(where: { t[$0].lower == "of" })
        // `Secretary of State John Kerry`: a title with `of`, then a full name.
        if let c = of, c > lo, isTitleWord(t[lo].lower),
            isTitleWord(t[c - 1].lower),
            case .person(let name, _, let strong)? = classify(p, (c + 1)..<hi).last,
            name.upperBound == hi, t[name].filter(\.isWord).count >= 2,
            strong || FirstNames.contains(t[name.lowerBound].lower)
        {
            return [.person(name: name, title: lo..<name.lowerBound, strong: true)]
        }
        // `The Archbishop of Canterbury said`: a post named after its one-word place has no
        // person's name in it (`CEO of Hewlett-Packard` names a body).
        if let c = of, c > lo, c + 2 == hi,
            Titles.titleHeads.contains(t[c - 1].lower), isTitleWord(t[lo].lower),
            !OrganisationLexicon.known.contains(t[c + 1].lower),
            !bodyNames.contains(t[c + 1].lower)
        {
            return []
        }
        // `Mr Bailey of Norfolk Police`: a name, then an organisation it belongs to.
        let connector = range.first(where: { Self.runSplitters.contains(t[$0].lower) })
        // `Secretary Lee and Governor Ray`, `House Speaker Paul Ryan of Wisconsin`: people,
        // though the run opens with a word that heads bodies' names (`House of Commons`).
        if let c = connector, c > lo, t[c].lower == "and" || c > lo + 1,
            OrganisationLexicon.ofHeads.contains(t[lo].lower),
            case let left = classify(p, lo..<c), case .person = left.first
        {
            return left + affiliation(p, c, hi, after: left)
        }
        if let c = connector, !OrganisationLexicon.ofHeads.contains(t[lo].lower), c > lo {
            if t[c].text == "&" {
                return [.organisation(name: text(p, range), range: range)]
            }
            let left = classify(p, lo..<c)
            if case .person = left.first {
                return left + affiliation(p, c, hi, after: left)
            }

            if t[c].lower != "and", let organisation = organisationName(p, range) {
                return [.organisation(name: organisation, range: range)]
            }
            // `Brooklyn Academy of Music`, `Center for American Progress`: a body's name goes on
            // across `of` or `for`.
            if t[c].lower == "of" || t[c].lower == "for", left.count == 1,
                case .organisation = left[0]
            {
                return [.organisation(name: text(p, range), range: range)]
            }
            return left + classify(p, (c + 1)..<hi)
        }
        if let organisation = organisationName(p, range) {
            return [.organisation(name: organisation, range: range)]
        }
        if isPlace(p, range), !isNamedLikePlace(p, range) { return [] }
        // `The Scot said`, `the American added`: a nationality names a person again.
        if lo > 0, t[lo - 1].lower == "the", range.count == 1,
            Epithets.demonyms.contains(t[lo].lower)
        {
            return []
        }
        // `The Daily Ledger said`: people are not named after `the`, unless with a title.
        if lo > 0, t[lo - 1].lower == "the", !isTitleWord(t[lo].lower),
            !FirstNames.contains(t[lo].lower), followedByCue(p, hi),
            titleHead(p, before: lo) == nil
        {
            let words = t[range].filter(\.isWord)
            // `the Elmford MP said` describes a person by a title.
            if words.count <= 4, words.allSatisfy(\.isCapitalized),
                !words.contains(where: { $0.isPossessive || knownSurnames.contains($0.lower) }),
                let last = words.last, !Titles.titleHeads.contains(last.lower)
            {
                return [.organisation(name: text(p, range), range: range)]
            }
        }
        // `the Gizmondo, a games console`, `the Byrds.`: one word after `the` names a thing or
        // a body; a person's name takes no article. (`the Obama administration`, `the Kok
        // report` use a name as a modifier.)
        if lo > 0, t[lo - 1].lower == "the", !isTitleWord(t[lo].lower),
            range.count(where: { t[$0].isWord }) == 1, titleHead(p, before: lo) == nil,
            !knownSurnames.contains(t[lo].lower), !bodyNames.contains(t[lo].lower),
            hi == t.count || !t[hi].isWord || t[hi].isCapitalized
        {
            return []
        }
        // `the Stone Age`, `the Golden Globe`: a name of two words or more after `the`, with
        // no given name, title or known surname, is a thing's or a body's, not a person's.
        if lo > 0, t[lo - 1].lower == "the", !isTitleWord(t[lo].lower),
            !FirstNames.contains(t[lo].lower), titleHead(p, before: lo) == nil,
            case let words = t[range].filter(\.isWord), words.count >= 2,
            words.allSatisfy({ $0.isCapitalized && !$0.isPossessive }),
            !words.contains(where: { knownSurnames.contains($0.lower) || isTitleWord($0.lower) })
        {
            return []
        }
        // `the news agency Xinhua`, `the website Breitbart`: a name in apposition to a noun
        // for a body is that body's.
        if lo > 0, t[lo - 1].isWord, !t[lo - 1].isCapitalized,
            Self.bodyNouns.contains(t[lo - 1].lower), !FirstNames.contains(t[lo].lower)
        {
            let words = t[range].filter(\.isWord)
            if words.count <= 3, words.allSatisfy({ $0.isCapitalized && !$0.isPossessive }),
                !words.contains(where: { isTitleWord($0.lower) || knownSurnames.contains($0.lower) }
                )
            {
                return [.organisation(name: text(p, range), range: range)]
            }
        }
        let wordIndices = range.filter { t[$0].isWord }
        // `CravenFlagShareLikeReplyAni`: words run together by a page's widgets name no one.
        if wordIndices.contains(where: { Self.isRunTogether(t[$0]) }) { return [] }
        // `BuzzFeed`, `WikiLeaks`: one word capitalised inside is a brand's name.
        if wordIndices.count == 1, Self.isBrandShaped(t[wordIndices[0]]) {
            return [.organisation(name: text(p, range), range: range)]
        }
        if let first = wordIndices.first, let last = wordIndices.last,
            let spelled = bracketedAcronym(p, first: first, last: last)
        {
            // `Electronic Arts (EA)`: the body's full name; `Speed Ferry Link` left of `High
            // Speed Ferry Link (HSFL)`, a piece of one.
            return spelled.initials == spelled.acronym
                ? [.organisation(name: text(p, range), range: range)] : []
        }
        return person(p, range)
    }

    /// What follows the connector at `c` after a person, `left`: after `of` or `at` and a
    /// full or titled name, the body or place the person belongs to, never a person (`Tom
    /// Vale of Elmshire`, `Lord Vale of Elmshire`); otherwise whatever it names (`Tom Vale
    /// and Ann Quill`, `a bid from Elmford for Tom Vale`, `The Ballad of Tom Vale`).
    private func affiliation(_ p: Passage, _ c: Int, _ hi: Int, after left: [Finding])
        -> [Finding]
    {
        let found = classify(p, (c + 1)..<hi)
        guard ["of", "at"].contains(p.tokens[c].lower),
            case .person(let name, let title, _)? = left.last,
            title != nil || p.tokens[name].count(where: \.isWord) >= 2
        else { return found }
        return found.filter {
            if case .person = $0 { return false }
            return true
        }
    }

    /// Words that a title of a work capitalises and a person's name never holds (`a` may be
    /// an initial; `de`, `van` and their like are particles).
    static let titleCaseWords: WordSet = [
        "to", "or", "in", "on", "at", "by", "than", "their", "its", "our", "your", "my", "against",
        "with", "from", "into", "and", "is", "are", "was", "be", "not", "no", "of", "the", "for",
    ]

    /// Months as newsrooms shorten them before a day (`Aug. 17`).
    static let monthAbbreviations: WordSet = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The first token of a title that runs on into the name run starting at `start` across
    /// `of`, `for`, `of the` or `for the` (`Chancellor of the Exchequer`, `Minister for Health`),
    /// or nil.
    func titleHead(_ p: Passage, before start: Int) -> Int? {
        let t = p.tokens
        var i = start - 1
        if i >= 0, t[i].lower == "the" { i -= 1 }
        guard i >= 1, t[i].lower == "of" || t[i].lower == "for", t[i - 1].isCapitalized,
            isTitleWord(t[i - 1].lower), t[i - 1].sentence == t[start].sentence
        else { return nil }
        var head = i - 1
        while head > 0, t[head - 1].isWord, t[head - 1].isCapitalized,
            isTitleWord(t[head - 1].lower),
            t[head - 1].sentence == t[head].sentence
        {
            head -= 1
        }
        return head
    }

    /// Nouns for a body whose name may follow them in apposition.
    static let bodyNouns: WordSet = [
        "agency", "newspaper", "paper", "network", "company", "firm", "group", "website",
        "magazine", "outlet", "broadcaster", "daily", "tabloid", "channel", "publication",
        "publisher", "organization", "organisation", "charity", "startup", "nonprofit",
        "think-tank", "thinktank", "weekly", "site", "blog", "union", "corporation",
    ]

    /// The body a run of one word names: a known one, or an acronym that is no place.
    func oneWordOrganisation(_ p: Passage, _ range: Range<Int>, word i: Int? = nil) -> String? {
        let word = p.tokens[i ?? range.lowerBound]
        let w = word.lower
        if OrganisationLexicon.known.contains(w) || w == "gop" || Self.isWebAddress(w) {
            return text(p, range)
        }
        // `PS2`, `COX-2`: a product's code, not a body's acronym.
        guard word.isAllCaps, word.base.unicodeScalars.count <= 6,
            !word.base.unicodeScalars.contains(where: { ScalarClass.isDigit($0) }),
            !Self.nonOrganisationAcronyms.contains(w), !Gazetteer.isPlace(w),
            !OrganisationLexicon.notNames.contains(w), !Self.isPlaceCompound(w)
        else { return nil }
        return word.base
    }

    /// `gamesworld.com`, `elmford.gov.uk`: a website's address names the body behind it.
    static func isWebAddress(_ lower: String) -> Bool {
        guard let dot = lower.lastIndex(of: ".") else { return false }
        return webDomains.contains(String(lower[lower.index(after: dot)...]))
    }

    /// The endings of web addresses that name a body.
    private static let webDomains: WordSet = [
        "com", "org", "net", "uk", "gov", "edu", "io", "info", "biz", "us", "eu", "tv",
    ]

    /// The lower-case forms of the tokens at `words` joined by spaces, as the lexicons spell
    /// names.
    func lowerPhrase(_ t: [Token], _ words: [Int]) -> String {
        words.count == 1 ? t[words[0]].lower : words.map { t[$0].lower }.joined(separator: " ")
    }

    /// A long word with three capitals or more in one of its hyphenated parts, and not all in
    /// capitals: words run together by a page's widgets (`SmithFlagShareLikeReply`), where a
    /// name has at most two (`McDonald`, `Hans-Peter`).
    static func isRunTogether(_ token: Token) -> Bool {
        guard token.text.utf8.count >= 15, !token.isAllCaps else { return false }
        return token.text.split(separator: "-").contains { part in
            part.unicodeScalars.count(where: { ScalarClass.isUpper($0) }) >= 3
        }
    }

    /// One word with a capital inside after two lower-case letters or more (`BuzzFeed`,
    /// `BitTorrent`; a surname has that only after a particle: `VanderSloot`, `FitzGerald`), or
    /// with two capitals inside after lower-case letters (`OptInRealBig`): a brand's name.
    static func isBrandShaped(_ token: Token) -> Bool {
        guard token.isCapitalized else { return false }
        let scalars = Array(token.text.unicodeScalars)
        var lowerRun = 0
        var humps = 0
        for (k, scalar) in scalars.enumerated().dropFirst() {
            if ScalarClass.isUpper(scalar), lowerRun > 0 {
                // Two lower-case letters make a brand only before a word's next part
                // (`BitTorrent`); a lone capital at the end may be mis-decoded text (`BasA`).
                let opensPart =
                    k + 1 < scalars.count && scalars[k + 1].properties.isLowercase
                    || lowerRun >= 3
                if lowerRun >= 2, opensPart,
                    !Self.particlePrefixes.contains(String(token.lower.unicodeScalars.prefix(k)))
                {
                    return true
                }
                humps += 1
            }
            lowerRun = scalar.properties.isLowercase ? lowerRun + 1 : 0
        }
        return humps >= 2
    }

    /// Particles that open surnames written as one word (`VanderSloot`, `MacArthur`).
    private static let particlePrefixes: WordSet = [
        "van", "vande", "vander", "von", "mac", "fitz", "della", "dela", "delle", "dos", "das",
        "del", "des", "den", "der", "ten", "ter", "san", "ibn",
    ]

    /// `Wayne Bridge`, `Nathan Lane`, `Simon Hall`: a given name and a surname that also ends
    /// names of places is a person's name, but not after `the` or a preposition of place (`at
    /// Stanley Park`), nor when the given name is a place's too.
    private func isNamedLikePlace(_ p: Passage, _ range: Range<Int>) -> Bool {
        let t = p.tokens
        let words = range.filter { t[$0].isWord }
        guard words.count == 2, case let given = t[words[0]].lower, FirstNames.contains(given),
            Self.surnamesEndingPlaces.contains(t[words[1]].lower), !Gazetteer.isPlace(given)
        else { return false }
        guard words[0] > 0 else { return true }
        let before = t[words[0] - 1].lower
        return before != "the" && !Self.placePrepositions.contains(before)
    }

    /// Words that end names of places (``placeHeads``) and are common surnames.
    private static let surnamesEndingPlaces: WordSet = [
        "hall", "lane", "bridge", "lake", "street", "park",
    ]

    /// Prepositions before a place's name; not ``QuoteExtractor/prepositions`` as a whole, whose
    /// `by`, `with` and `for` come before people's names as often (`a goal by Wayne Bridge`).
    private static let placePrepositions: WordSet = [
        "in", "at", "on", "near", "to", "from", "outside", "inside", "into", "across", "along",
        "off", "past", "via", "towards", "toward", "around", "opposite", "behind", "beside",
    ]

    func isPlace(_ p: Passage, _ range: Range<Int>) -> Bool {
        // Token indices, not a filtered copy of the tokens, which retains their strings; a
        // one-word run is its own phrase (its place test is the phrase's).
        let t = p.tokens
        var words = 0
        var first = -1
        var last = -1
        for i in range where t[i].isWord {
            words += 1
            if first < 0 { first = i }
            last = i
        }
        guard words > 0 else { return false }
        if words == 1 { return Gazetteer.isPlace(t[last].lower) }
        if Gazetteer.places.hasPhrase(startingWith: t[first].lower),
            Gazetteer.isPlace(
                range.filter { t[$0].isWord }.map { t[$0].lower }.joined(separator: " "))
        {
            return true
        }
        return Self.placeHeads.contains(t[last].lower)
    }

    /// Endings of abstract nouns, which open sentences but are never surnames.
    static let nounSuffixes = ["tion", "ment", "ness", "ity", "ance", "ence", "ism", "ing"]

    /// `Prevention`, `Government`, `Community`: a word with an ending of abstract nouns that
    /// no surname has.
    static func isAbstractNoun(_ lower: String) -> Bool {
        ["tion", "sion", "ment", "ity", "ism"].contains { lower.hasSuffix($0) }
    }

    /// An abstract noun ending in `-tion`, `-sion` or `-ism` (`expansion`, `division`), which
    /// no surname shares; `-ment` and `-ity` are left out for `Clement` and `Trinity`.
    static func isCauseNoun(_ lower: String) -> Bool {
        ["tion", "sion", "ism"].contains { lower.hasSuffix($0) }
    }

    /// Last words that make a capitalised run a thing or an event, not a person.
    static let nonPersonHeads: WordSet = [
        "sea", "ocean", "bay", "gulf", "coast", "peninsula", "open", "cup", "championship",
        "championships", "games", "festival", "awards", "award", "prize", "declaration", "act",
        "bill", "treaty", "index", "industrial", "average", "day", "week", "show", "series",
        "album", "tour", "war", "plan", "report", "law", "summit", "conference",
        "election", "elections", "budget", "inquiry", "strategy", "trophy", "partnership",
        "slam", "marathon", "prix", "lecture", "lectures", "diaries", "diary", "project",
        "theatre", "theater", "cinema", "museum", "paper", "policy", "directive", "scheme",
        "agreement", "accord", "convention", "protocol", "charter", "initiative",
    ]

    /// Connectors that open a name of their own when capitalised (`Al Gore`).
    static let particlesOpeningNames: WordSet = ["al"]

    /// Letters written after a person's name for a seat, a rank at the bar or an honour.
    static let postNominals: Set<String> = [
        "MP", "MEP", "MSP", "MLA", "AM", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE",
    ]

    /// Last words that name a body's branch in a region or a line of business, never a
    /// person's surname unless a given name comes first (`Mike England`); `Sport England`,
    /// `Police Scotland` and `NHS Wales` are bodies.
    static let branchWords: WordSet = [
        "europe", "uk", "usa", "america", "americas", "asia", "international", "online",
        "worldwide", "interactive", "england", "scotland", "wales", "ireland", "britain",
    ]

    /// `Unfortunately`, `Already`, `Victorian`: a word that opens a clause, or names an age,
    /// before a nation (not a sport: `Cycling Ireland`, `Rowing Wales`).
    func opensClauseOrAge(_ lower: String) -> Bool {
        (lower.count > 4 && lower.hasSuffix("ly"))
            || Attribution.capitalisedFunctionWords.contains(lower)
            || Self.clauseAdverbs.contains(lower) || Self.openers.contains(lower)
            || Self.ages.contains(lower) || lower == "already"
    }

    /// The nations among ``branchWords``.
    static let nations: WordSet = ["england", "scotland", "wales", "ireland", "britain"]

    /// Words for an age of a nation's history (`Victorian England`).
    static let ages: WordSet = [
        "victorian", "edwardian", "georgian", "tudor", "elizabethan", "medieval", "modern",
        "roman", "saxon", "norman",
    ]

    /// Words that make a region of a place before it (`Latin America`, `Southeast Asia`).
    static let regionWords: WordSet = [
        "north", "south", "east", "west", "central", "eastern", "western", "northern",
        "southern", "latin", "continental", "southeast", "northeast", "southwest", "northwest",
        "middle", "corporate", "mainland", "old", "new", "great", "little", "rural", "mid",
    ]

    static let placeHeads: WordSet = [
        "house", "street", "road", "avenue", "lane", "square", "hall", "tower", "towers",
        "building", "bridge", "park", "stadium", "arena", "airport", "station", "hotel",
        "palace", "castle", "abbey", "cathedral", "island", "islands", "river", "lake",
        "mountain", "valley", "county", "city", "beach", "gardens", "state", "states",
        "province", "region", "district", "village", "town", "estate", "prison", "way", "st",
        "ave", "blvd",
    ]

    static let nonOrganisationAcronyms: WordSet = [
        "gdp", "vat", "ceo", "cfo", "it", "ai", "dna", "hiv", "aids", "mp", "mps", "tv", "pc",
        "pm", "am", "ok", "id", "ufo", "uk", "us", "usa", "gmt", "bst", "est", "pst", "edt",
        "i", "ii", "iii", "iv", "ad", "bc", "faq", "pdf", "usb", "gps", "sms", "dvd", "cd",
        "mr", "qc", "obe", "mbe", "cbe", "phd", "mba", "ceos", "lgbt", "lgbtq", "vip", "ppe",
        "a", "gcse", "gcses", "mep", "meps", "msp", "msps", "rip", "wmd", "sat", "nyc", "la",
        "dc", "d.c", "u.s", "u.k", "covid", "ok", "tbc", "atm", "ipo", "gop",
        // Formats, devices and trades written in capitals.
        "dj", "mc", "r&b", "lan", "wifi", "psp", "ds", "gp", "hd", "lcd", "mp3", "dvds",
        "cds", "pcs", "nz", "ps", "rpg", "fps", "3d", "4g", "3g", "isp", "isps", "vpn",
        "ssl", "html", "url", "www", "ram", "cpu", "gpu", "hdtv", "vcr", "dvr", "pvr", "cctv",
    ]

    /// `US-UK`, `China-Japan`: places joined by hyphens, a modifier rather than a name.
    static func isPlaceCompound(_ lower: String) -> Bool {
        // Most words hold no hyphen: no split for them.
        guard lower.containsASCII(UInt8(ascii: "-")) else { return false }
        let parts = lower.split(separator: "-")
        return parts.count > 1
            && parts.allSatisfy {
                Gazetteer.isPlace(String($0)) || ["us", "u.s", "usa", "eu"].contains($0)
            }
    }

    func organisationName(_ p: Passage, _ range: Range<Int>) -> String? {
        let t = p.tokens
        // Most runs are one word: no filtered copy of the tokens for them.
        if range.count == 1 { return oneWordOrganisation(p, range) }
        // Token indices, not a filtered copy of the tokens, which retains their strings.
        let words = range.filter { t[$0].isWord }
        guard let firstIndex = words.first, let lastIndex = words.last else { return nil }
        if words.count == 1 { return oneWordOrganisation(p, range, word: firstIndex) }
        let first = t[firstIndex].lower
        let last = t[lastIndex].lower
        // `Whatsonstage.com Theatregoers' Choice`: a website's name opens a body's or a thing's.
        if Self.isWebAddress(first) { return text(p, range) }
        // `St Mary's Primary School`, `King's College London`: a possessive inside the run
        // opens an institution's name (``NameRuns/continuesInstitution(_:_:possessive:)``).
        if words.dropLast().contains(where: { t[$0].isPossessive }) { return text(p, range) }
        if OrganisationLexicon.known.hasPhrase(startingWith: first),
            OrganisationLexicon.known.contains(lowerPhrase(t, words))
        {
            return text(p, range)
        }
        // `Scottish Tories`, `Georgia Republicans`, `House Democrats`: a party's branch.
        if words.count <= 3, OrganisationLexicon.partyMembers.contains(last),
            words.dropLast().allSatisfy({ word in
                let w = t[word].lower
                return Gazetteer.isPlace(w) || OrganisationLexicon.chambers.contains(w)
                    || OrganisationLexicon.notNames.contains(w) && !Attribution.weekdays.contains(w)
            })
        {
            return text(p, range)
        }
        // `Bank of England`, `National Union of Journalists`, `Department for Transport`: a
        // body's head before `of` (or `for`, when the head is no title: `Secretary for Health`).
        let isHeaded =
            OrganisationLexicon.heads.contains(last)
            || (OrganisationLexicon.ofHeads.contains(first)
                && words.contains {
                    t[$0].lower == "of" || t[$0].lower == "for" && !isTitleWord(first)
                })
            || words.indices.dropFirst().contains { i in
                t[words[i]].lower == "of"
                    && OrganisationLexicon.ofHeads.contains(t[words[i - 1]].lower)
                    && !isTitleWord(t[words[i - 1]].lower)
            }
        guard isHeaded else { return nil }
        if Titles.honorifics[first] != nil { return nil }
        // `Commons Home Affairs committee` is the Home Affairs Committee.
        var kept = words
        if last == "committee", kept.count > 2,
            ["commons", "lords", "house"].contains(t[kept[0]].lower)
        {
            kept.removeFirst()
        }
        return kept.map { k in
            // `Department for Culture, Media and Sport` keeps the commas of its list.
            let comma = k + 1 < range.upperBound && t[k + 1].text == "," ? "," : ""
            let base = t[k].base
            guard let f = base.unicodeScalars.first, !ScalarClass.isUpper(f) else {
                return base + comma
            }
            if NameRuns.connectors.contains(t[k].lower) { return base + comma }
            return base.prefix(1).uppercased() + base.dropFirst() + comma
        }.joined(separator: " ")
    }

    /// Honorifics that are no post: the word after them can only be a name.
    static let plainHonorifics: WordSet = ["mr", "mrs", "ms", "miss", "mx"]

    /// Posts whose holder is addressed as `Mr Speaker`, `Madam President`.
    static let postsOfAddress: WordSet = [
        "president", "speaker", "chairman", "chairwoman", "chair", "secretary", "mayor",
        "governor", "ambassador", "minister", "commissioner", "justice", "chancellor",
        "deputy", "vice", "premier", "senator",
    ]

    /// A single capital letter, as in `C. Stewart Verdery`.
    private func isInitial(_ token: Token) -> Bool {
        let scalars = token.text.unicodeScalars
        return scalars.count == 1 && scalars.first.map(ScalarClass.isUpper) == true
    }

    func person(_ p: Passage, _ range: Range<Int>) -> [Finding] {
        let t = p.tokens
        // The name is the longest run of non-title words at the end; the title stands before.
        let wordIndices = range.filter { t[$0].isWord }
        // `Dean said`: a title word alone is a name only when the article uses it as a surname.
        // `Mr Green`, `Mr Major`: after a plain honorific, one word is a surname, unless it
        // is a post that people are addressed by (`Mr. President`).
        let afterHonorific =
            wordIndices.count == 2
            && Self.plainHonorifics.contains(t[wordIndices[0]].lower.droppingFinalDot())
            && !Self.postsOfAddress.contains(t[wordIndices[1]].lower)
        if wordIndices.allSatisfy({ isTitleWord(t[$0].lower) }), !afterHonorific,
            !(wordIndices.count == 1 && knownSurnames.contains(t[wordIndices[0]].lower))
        {
            return []
        }
        // The last word always belongs to the name (`Peter King`, `John Major`).
        var nameStart = range.upperBound - 1
        while nameStart > range.lowerBound {
            let previous = t[nameStart - 1]
            // `Marco di Vaio`: a particle in lower case, though `DI` is a detective inspector.
            if previous.isWord, isTitleWord(previous.lower),
                previous.isCapitalized || !NameRuns.connectors.contains(previous.lower)
            {
                break
            }
            nameStart -= 1
        }
        while nameStart < range.upperBound, !t[nameStart].isWord { nameStart += 1 }
        var title: Range<Int>? = nil
        if nameStart > range.lowerBound {
            title = range.lowerBound..<nameStart
            while let r = title, let last = r.last, !t[last].isWord, t[last].text != "." {
                title = r.lowerBound..<last
            }
        }
        if nameStart >= range.upperBound {
            // `John Major`: a given name before a title word is a name after all.
            guard FirstNames.contains(t[range.lowerBound].lower), range.count >= 2 else {
                return []
            }
            nameStart = range.lowerBound
            title = nil
        }
        // `Chief Engineer Margaret Okafor`, `Argentine David Nalbandian`: a word before a given
        // name is a title or a description; an initial is the name's own (`J. Edgar Hoover`).
        while range.upperBound - nameStart >= 3, t[nameStart].isWord,
            !FirstNames.contains(t[nameStart].lower), !isInitial(t[nameStart]),
            let next = (nameStart + 1..<range.upperBound).first(where: { t[$0].isWord }),
            FirstNames.contains(t[next].lower)
        {
            title = range.lowerBound..<(nameStart + 1)
            nameStart = next
        }
        // `Boss Henk Addink`, `Controversial DJ Ann Lee`: a sentence that opens with a post or
        // a trade, capitalised only for being first, titles the two words or more after it.
        if range.upperBound - nameStart >= 3, isSentenceInitial(p, range.lowerBound),
            let role = (nameStart..<(range.upperBound - 2)).last(where: { i in
                t[i].isWord
                    && (Self.roleTitleHeads.contains(t[i].lower) || t[i].lower == "dj")
            }),
            (role + 1..<range.upperBound).count(where: { t[$0].isWord }) >= 2,
            t[role + 1].isWord, !isTitleWord(t[role + 1].lower)
        {
            title = range.lowerBound..<(role + 1)
            nameStart = role + 1
        }
        // `Monday Tony Blair`, `Analysing Mr Brown`: a day, an adverb, a gerund, a place or an
        // organisation before a name is no part of it.
        while range.upperBound - nameStart >= 2, isLeadingJunk(p, nameStart),
            let next = (nameStart + 1..<range.upperBound).first(where: { t[$0].isWord }),
            FirstNames.contains(t[next].lower) || Titles.honorifics[t[next].lower] != nil
                || Self.clauseAdverbs.contains(t[nameStart].lower)
                || OrganisationLexicon.notNames.contains(t[nameStart].lower)
                || Attribution.capitalisedFunctionWords.contains(t[nameStart].lower)
                || Self.titleCaseWords.contains(t[nameStart].lower)
                || Self.isLowerTailCompound(t[nameStart])
        {
            nameStart += 1
            while nameStart < range.upperBound, !t[nameStart].isWord { nameStart += 1 }
            title = nil
        }
        // `Chancellor of the Exchequer Rhona Vail`: after a title and `of the`, the run's first
        // word ends the title when a two-word name follows it.
        if title == nil, nameStart == range.lowerBound, nameStart > 0,
            t[nameStart - 1].lower == "the", titleHead(p, before: nameStart) != nil,
            let next = (nameStart + 1..<range.upperBound).first(where: { t[$0].isWord }),
            range.upperBound - next == 2, t[nameStart].isCapitalized,
            !FirstNames.contains(t[nameStart].lower),
            !(next..<range.upperBound).contains(where: { isPlace(p, $0..<($0 + 1)) })
        {
            title = nameStart..<(nameStart + 1)
            nameStart = next
        }
        title = title.flatMap { cleanTitle(p, $0) }
        // `his shadow Chancellor Oliver Letwin`: a lower-case modifier opens the title.
        if let r = title, r.lowerBound == range.lowerBound, r.lowerBound > 0,
            isTitleWord(t[r.lowerBound].lower), Titles.honorifics[t[r.lowerBound].lower] == nil,
            Self.titleOpeners.contains(t[r.lowerBound - 1].lower),
            !t[r.lowerBound - 1].isCapitalized
        {
            title = (r.lowerBound - 1)..<r.upperBound
        }
        // `Chancellor of the Exchequer Gordon Brown`, `Secretary of State Condoleezza Rice`: the
        // title of a full name began before the run, with a title word and `of` or `for`. (In
        // `Minister for National Development Planning` the words after the title are nouns.)
        if let r = title, r.lowerBound == range.lowerBound,
            (nameStart..<range.upperBound).count(where: { t[$0].isWord }) >= 2,
            FirstNames.contains(t[nameStart].lower)
                || !t[nameStart..<range.upperBound].contains(where: { token in
                    Self.nounSuffixes.contains { token.lower.hasSuffix($0) }
                        || OrganisationLexicon.heads.contains(token.lower)
                        || Gazetteer.isPlace(token.lower)
                }),
            let head = titleHead(p, before: r.lowerBound)
        {
            title = head..<r.upperBound
        }
        var name = nameStart..<range.upperBound
        var peer = false
        // `Lord Falconer`, `Prince Charles`: a peer's or royal's honorific is part of the name
        // when no given name follows it.
        if let r = title, let h = r.last(where: { t[$0].isWord }),
            Self.nameHonorifics.contains(t[h].lower.replacingDots()),
            name.count(where: { t[$0].isWord }) == 1,
            !(["sir", "dame"].contains(t[h].lower) && FirstNames.contains(t[nameStart].lower))
        {
            name = h..<range.upperBound
            title = h > r.lowerBound ? cleanTitle(p, r.lowerBound..<h) : nil
            peer = true
        }
        // Token indices, not a filtered copy of the tokens, which retains their strings.
        let words = name.filter { t[$0].isWord }
        guard let firstIndex = words.first, let lastIndex = words.last,
            !words.contains(where: { Self.isLowerTailCompound(t[$0]) })
        else {
            return []
        }
        let first = t[firstIndex]
        // `Pierre de Vos` keeps its particle; other lower-case words make no name.
        if words.contains(where: {
            !t[$0].isCapitalized && !NameRuns.connectors.contains(t[$0].lower)
                && !NameRuns.isParticleName(t[$0])
        }) {
            return []
        }
        if !t[lastIndex].isCapitalized, !NameRuns.isParticleName(t[lastIndex]) {
            return []
        }
        let last = t[lastIndex].lower
        // `Drink Or Die`, `Stars In Their Eyes`, `More Than A Woman`: a title of a work
        // capitalises words no person's name holds. (A `The` that ends the run opens the next
        // sentence, where a space is missing: `said Ann Lee.The`.)
        if words.count >= 2,
            words.dropLast().contains(where: { Self.titleCaseWords.contains(t[$0].lower) })
                || Self.titleCaseWords.contains(last) && last != "the"
        {
            return []
        }
        if words.count == 1 {
            let w = first.lower
            // `General Election`: a title word before a thing; `Instead`: an adverb.
            if Self.nonPersonHeads.contains(w) || Self.clauseAdverbs.contains(w)
                || Self.openers.contains(w) || Attribution.capitalisedFunctionWords.contains(w)
            {
                return []
            }
            if Self.isPlaceCompound(w) { return [] }
            // `Aug. 17`, `by Jan. 29`: a month, shortened, before a day.
            if Self.monthAbbreviations.contains(w.droppingFinalDot()) {
                var next = name.upperBound
                if next < t.count, t[next].text == "." { next += 1 }
                if next < t.count, t[next].kind == .number { return [] }
            }
            // `CCTV showed`, `PS2 sales`: a code or a format in capitals names no one.
            if first.isAllCaps,
                Self.nonOrganisationAcronyms.contains(w)
                    || first.base.unicodeScalars.contains(where: { ScalarClass.isDigit($0) })
            {
                return []
            }
            if OrganisationLexicon.notNames.contains(w) || Gazetteer.isPlace(w)
                || OrganisationLexicon.known.contains(w) || Titles.determiners.contains(w)
                || Titles.subjectPronouns[w] != nil
            {
                return []
            }
        }
        if words.count == 1, !FirstNames.contains(first.lower), !knownSurnames.contains(first.lower)
        {
            // `PACs`, `Presidential Debates`: a plural is no surname.
            if !hasTitleHead(p, title), isPlural(first) { return [] }
            // `the Trade Representative's Office said`: a body's head is no surname.
            if OrganisationLexicon.heads.contains(first.lower) { return [] }
            // `Western Journalism`: an abstract noun is no surname.
            if !hasTitleHead(p, title), Self.isAbstractNoun(first.lower) {
                return []
            }
            // `... Candidate Ever`: a headline capitalises ordinary words.
            if p.section == .headline, lowercaseWords.contains(first.lower) { return [] }
        }
        // `Figures indicate`, `Speculation suggests`: a plural or an abstract noun opening a
        // sentence is no surname; nor is `Time will tell` where the article writes `time`.
        if words.count == 1, title == nil, isSentenceInitial(p, name.lowerBound),
            !knownSurnames.contains(first.lower),
            (first.lower.hasSuffix("s") && !first.lower.hasSuffix("ss"))
                || Self.nounSuffixes.contains(where: { first.lower.hasSuffix($0) })
                || lowercaseWords.contains(first.lower) && !FirstNames.contains(first.lower)
                    && !nameEnds.contains(first.lower) && !bodyNames.contains(first.lower)
        {
            return []
        }
        // `and Pensions`, `Salford MP`, `If I'm`, `River Thames`: no names.
        if !first.isCapitalized
            || first.lower.firstByte == UInt8(ascii: "i")
                && (first.lower.hasPrefix("i'") || first.lower.hasPrefix("i’"))
            || Self.placeWordsBefore.contains(first.lower)
        {
            return []
        }
        // `Party Co-Chairman`, `Davis Cup`, `Laura Kemp Show`: a title or a thing ends the run;
        // a given name makes two words a person's name (`John Major`, `Jude Law`), though not
        // before a plural thing (`Olivier Awards`).
        if words.count >= 2,
            Titles.titleHeads.contains(last) || Self.nonPersonHeads.contains(last),
            !FirstNames.contains(first.lower)
                || (words.count >= 3 && Self.nonPersonHeads.contains(last))
                || (Self.nonPersonHeads.contains(last) && last.hasSuffix("s")
                    && !last.hasSuffix("ss"))
        {
            return []
        }
        // `Stop Stansted Expansion`, `Joy Division`: a run that ends in such an abstract noun
        // names a body or a cause, never a person (in a headline's title case, nothing); nor
        // is the noun a surname after a title (`Justice` in `Family Justice Division`).
        if words.count >= 2 || title != nil, Self.isCauseNoun(last) {
            guard p.section != .headline, words.count >= 2 else { return [] }
            return [.organisation(name: text(p, name), range: name)]
        }
        // `BBC Sport`: a run holding an organisation's name is no person; one that opens with
        // it and ends in a word for a part of a body (`BBC Scotland`) names that part.
        // `Gerald Ford`, `Michael R. Bloomberg`: a given name makes the surname a person's.
        let namesGivenAndSurname =
            FirstNames.contains(first.lower)
            && words.dropFirst().dropLast().allSatisfy { isInitial(t[$0]) }
        if words.count >= 2, !namesGivenAndSurname,
            words.contains(where: { OrganisationLexicon.known.contains(t[$0].lower) })
        {
            // `the Lib Dems David Laws`: a body's name, then a person's given name and surname.
            let given = words[words.count - 2]
            if words.count >= 3, FirstNames.contains(t[given].lower),
                !OrganisationLexicon.known.contains(t[given].lower),
                !OrganisationLexicon.known.contains(last)
            {
                return [.person(name: given..<name.upperBound, title: nil, strong: true)]
            }
            guard OrganisationLexicon.known.contains(first.lower), words.count == 2,
                OrganisationLexicon.known.contains(last)
                    || OrganisationLexicon.divisions.contains(last)
            else { return [] }
            return [.organisation(name: text(p, name), range: name)]
        }
        if words.allSatisfy({
            OrganisationLexicon.notNames.contains(t[$0].lower) || Gazetteer.isPlace(t[$0].lower)
        }) {
            return []
        }
        // `Lycos Europe`, `Kestrel Online`: a name that is no given name's, then a word for a
        // body's branch, is that branch; `Latin America` is a place, `Baroness Scotland` a peer.
        if words.count >= 2, !peer, Self.branchWords.contains(last),
            !FirstNames.contains(first.lower),
            !words.dropLast().contains(where: {
                Self.regionWords.contains(t[$0].lower) || Gazetteer.isPlace(t[$0].lower)
            }),
            // `Unfortunately England`, `Victorian England`: an adverb or a word for an age
            // before a nation names no body of it.
            !Self.nations.contains(last) || !opensClauseOrAge(first.lower)
        {
            return [.organisation(name: text(p, name), range: name)]
        }
        if words.count >= 2, title == nil, !peer, opensWithOrdinaryWord(first) {
            return speakerContext(p, range) ? [.organisation(name: text(p, name), range: name)] : []
        }
        let hasHonorificTitle =
            title.map { r in
                t[r].contains { $0.isWord && Titles.titleHeads.contains($0.lower) }
            } ?? false
        let strong =
            peer || hasHonorificTitle
            || (words.count >= 2 && FirstNames.contains(first.lower))
            // `Recently announced changes`: an opener's capital tells nothing.
            || (speakerContext(p, range) && !isUnprovenSubject(p, name))
            || looksLikeFullName(p, name, words)
            || kinGender(p, name) != nil
            || (words.count == 1 && title == nil && isPronounAntecedent(p, name))
            // `secretary general Adnan Shihab-Eldin`: a post in lower case names a person.
            || (title == nil && roleTitle(p, before: name.lowerBound) != nil)
        return [.person(name: name, title: title, strong: strong)]
    }

    /// `Age Concern said`, `a win over Real Betis`: a run of words that opens with a word the
    /// article also writes in lower case, and that is no given name, initial, particle or
    /// surname used elsewhere, names a body or a thing rather than a person (one that speaks
    /// is a body).
    func opensWithOrdinaryWord(_ first: Token) -> Bool {
        let lower = first.lower
        return lowercaseWords.contains(lower) && !FirstNames.contains(lower) && !isInitial(first)
            && !NameRuns.connectors.contains(lower) && !NameRuns.isParticleName(first)
            && !isTitleWord(lower) && !knownSurnames.contains(lower)
    }

    /// `Carson defied the question. "...," he said.`: a lone word that opens a sentence as the
    /// subject of a past-tense verb (an adverb may come between), is written nowhere in lower
    /// case, and is taken up by the next sentence's reporting `he` or `she` names a person.
    func isPronounAntecedent(_ p: Passage, _ name: Range<Int>) -> Bool {
        let t = p.tokens
        let w = t[name.lowerBound].lower
        var verb = name.upperBound
        // `Cruz openly admitted`: an adverb may stand before the verb.
        if verb < t.count, t[verb].isWord, !t[verb].isCapitalized, t[verb].lower.hasSuffix("ly") {
            verb += 1
        }
        // The tests on the sentence first: they turn most words away, and cost the least.
        guard isSentenceInitial(p, name.lowerBound), verb < t.count, t[verb].isWord,
            !t[verb].isCapitalized, t[verb].lower.hasSuffix("ed"),
            t[verb].sentence + 1 < p.sentences.count
        else { return false }
        // `CommunicateResearch`: a capital inside the word, but for `McCain`'s, marks a brand.
        let text = t[name.lowerBound].text
        let inner = text.unicodeScalars.dropFirst().filter { ScalarClass.isUpper($0) }.count
        guard inner == 0 || (inner == 1 && (text.hasPrefix("Mc") || text.hasPrefix("Mac"))),
            w.count >= 3, !w.hasSuffix("ly"), !lowercaseWords.contains(w),
            !Self.openers.contains(w), !Self.clauseAdverbs.contains(w),
            !Attribution.capitalisedFunctionWords.contains(w)
        else { return false }
        let sentence = p.sentences[t[verb].sentence + 1]
        return sentence.contains { k in
            k + 1 < sentence.upperBound && !t[k].isInsideQuote
                && (t[k].lower == "he" || t[k].lower == "she")
                && CueVerbs.lemma(t[k + 1].lower) != nil
        }
    }

    /// `Low-cost`, `Paris-based`, `Census-taker`: a capitalised word joined by a hyphen to a
    /// lower-case one is an adjective or a common noun, never part of a name.
    static func isLowerTailCompound(_ token: Token) -> Bool {
        guard token.isCapitalized, token.text.containsASCII(UInt8(ascii: "-")) else {
            return false
        }
        let parts = token.text.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let head = parts[1].unicodeScalars.first,
            ScalarClass.isLetter(head), !ScalarClass.isUpper(head)
        else { return false }
        // `Ross-van Dam`: a name's particle may follow the hyphen, but not a run of lower-case
        // words (`Man-of-the-match`).
        return parts[1].containsASCII(UInt8(ascii: "-"))
            || !NameRuns.connectors.contains(String(parts[1]))
    }

    /// `China-watcher`, `Man-of-the-match`: a lower-tail compound that describes someone
    /// (a place before the hyphen, or several lower-case words after it), unlike a given name
    /// written with a lower-case second part (`Mong-koo`).
    static func isDescriptiveCompound(_ token: Token) -> Bool {
        guard isLowerTailCompound(token) else { return false }
        let parts = token.text.split(separator: "-", maxSplits: 1)
        return parts[1].containsASCII(UInt8(ascii: "-"))
            || Gazetteer.isPlace(parts[0].lowercased())
    }

    /// The title holds a title word (`Sen.`, `President`), not only modifiers.
    func hasTitleHead(_ p: Passage, _ title: Range<Int>?) -> Bool {
        guard let title else { return false }
        return p.tokens[title].contains {
            $0.isWord && Titles.titleHeads.contains($0.lower.droppingFinalDot())
        }
    }

    /// A capitalised word that reads as a plural: an acronym with a plural `s` (`PACs`), a
    /// people (`Syrians`), a word the article also writes in lower case without its `s`
    /// (`Debates`), a plural noun for people (`Investigators`), or people at large (`People
    /// say`).
    func isPlural(_ word: Token) -> Bool {
        // A byte test first: most words end in no `s`, and need no array of their scalars.
        guard word.text.lastByte == UInt8(ascii: "s") else {
            return SpeakerResolver.everyone.contains(word.lower)
        }
        let scalars = Array(word.text.unicodeScalars)
        guard scalars.count >= 3, scalars.last == "s" else { return false }
        if scalars.dropLast().allSatisfy({ ScalarClass.isUpper($0) }) { return true }
        let w = word.lower
        guard !w.hasSuffix("ss") else { return false }
        // `Syrians`, `Europeans`, `Millennials`: peoples and generations.
        if ["ians", "eans", "ials"].contains(where: { w.hasSuffix($0) }) { return true }
        return lowercaseWords.contains(String(w.dropLast()))
            || (w.hasSuffix("es") && lowercaseWords.contains(String(w.dropLast(2))))
            || Titles.isPluralRoleNoun(w)
    }

    /// Words that part a run into a name and the body or place it belongs to (`Mr Bailey of
    /// Norfolk Police`), or into two names.
    static let runSplitters: WordSet = ["of", "for", "at", "and", "&"]

    /// Lower-case modifiers that open a title before a capitalised one (`his shadow
    /// Chancellor`).
    static let titleOpeners: WordSet = [
        "shadow", "deputy", "vice", "former", "acting", "interim", "junior", "assistant",
    ]

    /// Capitalised words that open a place's name, not a person's (`River Thames`).
    static let placeWordsBefore: WordSet = [
        "river", "lake", "mount", "cape", "port", "fort", "sea",
    ]

    /// Honorifics that stay in the name of a person named without a given name.
    static let nameHonorifics: WordSet = [
        "lord", "lady", "baroness", "baron", "sir", "dame", "prince", "princess", "king",
        "queen", "duke", "duchess", "earl", "countess", "viscount",
    ]

    /// Sentence adverbs and other words that open a clause before a name.
    static let clauseAdverbs: WordSet = [
        "instead", "however", "meanwhile", "indeed", "nevertheless", "nonetheless", "moreover",
        "furthermore", "neither", "nor", "either", "thus", "hence", "perhaps", "maybe",
        "finally", "eventually", "otherwise", "separately", "elsewhere", "afterwards",
        "overall", "plus", "like", "unlike", "besides", "whereas", "sadly", "happily",
        "six", "three", "four", "five", "seven", "eight", "nine", "ten", "twelve", "twenty",
        "new", "ex", "then", "now", "vote", "join", "ask", "tell", "meet",
    ]

    /// A capitalised word that stands before a name or title in a run but belongs to neither:
    /// a day or month, a sentence adverb, a gerund, a place, an organisation or an ordinary
    /// word the article writes in lower case.
    func isLeadingJunk(_ p: Passage, _ i: Int) -> Bool {
        let t = p.tokens
        guard t[i].isWord else { return true }
        let w = t[i].lower.replacingDots()
        if Titles.honorifics[w] != nil || FirstNames.contains(w) { return false }
        if Attribution.capitalisedFunctionWords.contains(w) || Self.openers.contains(w)
            || Self.clauseAdverbs.contains(w) || Self.titleCaseWords.contains(w)
            || OrganisationLexicon.notNames.contains(w)
                && !isTitleWord(t[i].lower)
        {
            return true
        }
        if isTitleWord(t[i].lower) { return false }
        if Self.isLowerTailCompound(t[i]) { return true }
        if (w.hasSuffix("ing") || w.hasSuffix("ly")) && w.count > 4 { return true }
        if Gazetteer.isPlace(w) || OrganisationLexicon.known.contains(w) { return true }
        if t[i].isAllCaps, !["pm", "mp", "mep", "msp", "qc"].contains(w) { return true }
        return lowercaseWords.contains(w) && !Titles.roleNouns.contains(w)
    }

    /// The title before a name without leading junk; a title that ends in an honorific
    /// (`Foreign Policy Centre Mr`) keeps its other words only when they hold a title word.
    func cleanTitle(_ p: Passage, _ range: Range<Int>) -> Range<Int>? {
        let t = p.tokens
        var lo = range.lowerBound
        while lo < range.upperBound, isLeadingJunk(p, lo) { lo += 1 }
        guard let last = (lo..<range.upperBound).last(where: { t[$0].isWord }) else { return nil }
        if Titles.honorifics[t[last].lower.replacingDots()] != nil,
            !t[lo..<last].contains(where: {
                $0.isWord
                    && (Titles.titleHeads.contains($0.lower.replacingDots())
                        || Self.partyWords.contains($0.lower))
            })
        {
            lo = last
        }
        return lo..<range.upperBound
    }

    /// Party names and members that describe a politician before the name.
    static let partyWords: WordSet = [
        "labour", "tory", "conservative", "liberal", "democrat", "democratic", "republican",
        "green", "snp", "ukip", "independent", "blairite", "brownite",
    ]

    /// Two or three plain capitalised words inside a sentence (`Arianna Huffington`) that no
    /// lexicon claims: in news copy these are nearly always a person's name.
    /// Whether the name's words, the tokens at `words`, look like a person's full name.
    func looksLikeFullName(_ p: Passage, _ name: Range<Int>, _ words: [Int]) -> Bool {
        guard (2...3).contains(words.count) else { return false }
        let t = p.tokens
        // `Jamal Simmons is a consultant.`: a sentence may open with an unknown full name when
        // its first word is no ordinary word and a verb or an appositive follows.
        if isSentenceInitial(p, name.lowerBound) {
            let first = t[words[0]]
            let after = name.upperBound
            guard let next = after < p.tokens.count ? p.tokens[after] : nil,
                ["is", "was", "has", "had", ","].contains(next.lower) || followedByCue(p, after),
                !lowercaseWords.contains(first.lower), !Self.openers.contains(first.lower),
                !Attribution.capitalisedFunctionWords.contains(first.lower),
                !Self.clauseAdverbs.contains(first.lower), !isLeadingJunk(p, name.lowerBound)
            else { return false }
        }
        // Titles of works and events (`Million Dollar Baby`, `Buenos Aires Open`) are named
        // once; a person is usually named again by surname.
        guard let last = words.last.map({ t[$0].lower }),
            capitalisedWordOccurs(last, atLeast: 2), !Self.nonPersonHeads.contains(last)
        else { return false }
        // `in El Paso`, `from Sioux City`: after these prepositions, an unknown name is a place.
        if name.lowerBound > 0,
            [
                "in", "at", "to", "near", "across", "outside", "inside",
                "into", "throughout", "around", "toward", "towards",
            ]
            .contains(p.tokens[name.lowerBound - 1].lower)
        {
            return false
        }
        if p.section == .headline { return false }
        for w in words {
            if t[w].isAllCaps || t[w].kind != .word { return false }
            let l = t[w].lower
            if OrganisationLexicon.notNames.contains(l) || Gazetteer.isPlace(l)
                || OrganisationLexicon.heads.contains(l) || OrganisationLexicon.known.contains(l)
                || isTitleWord(l) || lowercaseWords.contains(l) || NameRuns.connectors.contains(l)
            {
                return false
            }
        }
        return true
    }

    /// `his wife, Jane,`, `Lee's son Tom`, `sister Ilsa is`: a name of one word in apposition
    /// to a noun for a relative names a person of its own; the gender is the given name's, or
    /// the noun's when the name tells none.
    func kinGender(_ p: Passage, _ name: Range<Int>) -> Gender? {
        let t = p.tokens
        guard name.count == 1 else { return nil }
        var before = name.lowerBound - 1
        if before >= 0, t[before].text == "," { before -= 1 }
        guard before >= 0, t[before].isWord, !t[before].isCapitalized,
            Self.kinNouns.contains(t[before].lower)
        else { return nil }
        let after = name.upperBound
        guard after == t.count || !t[after].isWord || !t[after].isCapitalized else { return nil }
        if let gender = FirstNames.gender(of: t[name.lowerBound].lower) { return gender }
        // `its sister Xiluodu dam`, `the sister ship Aurora`: a thing's kin has no gender.
        guard before == 0 || !["its", "the", "a", "an"].contains(t[before - 1].lower) else {
            return nil
        }
        return Self.kinNounGenders[t[before].lower] ?? nil
    }

    /// Nouns for relatives, each with the gender it tells, if any.
    private static let kinNounList: [String: Gender?] = [
        "wife": .female, "husband": .male, "son": .male, "daughter": .female,
        "brother": .male, "sister": .female, "mother": .female, "father": .male,
        "widow": .female, "widower": .male, "cousin": nil, "uncle": .male, "aunt": .female,
        "nephew": .male, "niece": .female, "grandson": .male, "granddaughter": .female,
        "fiancee": .female, "fiancée": .female, "fiance": .male, "fiancé": .male,
        "stepson": .male, "stepdaughter": .female,
    ]

    /// The gender that a noun for a relative tells.
    static let kinNounGenders = WordMap(kinNounList)

    /// Nouns for relatives, before the given name of one of them.
    static let kinNouns = WordSet(kinNounList.keys)

    /// The run stands where a speaker stands: before a reporting verb, after an inverted one,
    /// after `according to`, after a role noun, or before an appositive.
    func speakerContext(_ p: Passage, _ range: Range<Int>) -> Bool {
        let t = p.tokens
        if followedByCue(p, range.upperBound) { return true }
        let before = range.lowerBound - 1
        if before >= 0, t[before].isWord {
            let w = t[before].lower
            // `told Today` names an audience, not a speaker; `reporting Freeview box sales`,
            // `a test called Linpack` and `criticised Kestrel` are no inverted `said Smith`.
            if let lemma = CueVerbs.lemma(w), !CueVerbs.takesObject.contains(lemma),
                !CueVerbs.weak.contains(lemma), !CueVerbs.isParticiple(w)
            {
                return true
            }
            // `spokesman Jo`, `band members Kai Rowe and ...`, but not `leaders Chelsea`.
            // `record company Kestrel` and `analysts Kestrel` stay strong for the body they
            // name to take them over (``findBodyNames(_:)``).
            let isOneWord = range.count(where: { t[$0].isWord }) == 1
            if Titles.roleNouns.contains(w), !Titles.documentNouns.contains(w),
                !isOneWord || !Titles.isPluralPersonNoun(w)
                    || Self.bodyNounsBeforeOneWord.contains(w)
            {
                return true
            }
            if Attribution.isAccordingTo(t, preposition: before) { return true }
        }
        let after = range.upperBound
        if after + 1 < t.count, t[after].text == "," {
            let next = t[after + 1]
            if ["a", "an", "the", "who", "whose"].contains(next.lower) || isAge(p, after + 1) {
                // `Further, the scale of ...`, `Curiously, the jury ...`: a sentence adverb
                // heads no appositive.
                if isSentenceAdverb(p, range) { return false }
                // `Sana, the capital of Yemen,`, `Perrier, the French mineral water,`: an
                // appositive for a place or a thing.
                if let head = appositiveHead(p, from: after + 1),
                    Self.placeOrThingNouns.contains(t[head].lower)
                {
                    return false
                }
                guard isUnprovenOpener(p, range) else { return true }
                return closesAppositive(p, from: after + 1)
            }
            // `Kestrel, which builds ferries, said`: a body that speaks (see ``movingBodies``).
            if next.lower == "which", range.count == 1,
                bodyNames.contains(t[range.lowerBound].lower),
                let comma = closingComma(p, from: after + 1)
            {
                return followedByCue(p, comma + 1)
            }
        }
        return false
    }

    /// The head noun of an appositive that opens with a determiner at `start` (`capital` in
    /// `the capital of Yemen,`, `engine` in `a blog search engine,`): its last word before a
    /// comma, a preposition, a relative pronoun or the sentence's end, if in lower case.
    func appositiveHead(_ p: Passage, from start: Int) -> Int? {
        let t = p.tokens
        guard Titles.determiners.contains(t[start].lower) else { return nil }
        let end = p.sentence(of: start).upperBound
        var head: Int? = nil
        var k = start + 1
        while k < end, k - start <= 8 {
            let token = t[k]
            if !token.isWord || Self.appositiveEnders.contains(token.lower) { break }
            head = k
            k += 1
        }
        guard let head, !t[head].isCapitalized, !t[head].isPossessive else { return nil }
        return head
    }

    /// Words that end an appositive's noun phrase.
    static let appositiveEnders: WordSet = [
        "of", "in", "at", "on", "for", "with", "from", "by", "to", "who", "which", "that",
        "where", "whose", "based", "owned", "known", "run", "founded", "and", "or",
    ]

    /// Heads of appositives that describe a place or a thing, never a person.
    static let placeOrThingNouns: WordSet = [
        "capital", "city", "town", "village", "county", "state", "country", "nation", "region",
        "province", "island", "suburb", "district", "neighbourhood", "neighborhood", "area",
        "port", "resort", "borough", "territory", "enclave", "valley", "river", "lake",
        "mountain", "airport", "stadium", "arena", "hotel", "venue", "engine", "water",
        "drink", "beer", "brand", "product", "drug", "medicine", "vaccine", "virus", "worm",
        "game", "console", "device", "phone", "handset", "software", "program", "programme",
        "system", "browser", "app", "film", "movie", "comedy", "drama", "thriller", "series",
        "show", "album", "song", "single", "novel", "book", "musical", "opera", "festival",
        "tournament", "award", "prize", "mine", "dam", "factory", "ship", "car", "vehicle",
        "aircraft", "plane", "satellite", "rocket", "language", "dialect", "religion",
        "disease", "syndrome", "storm", "hurricane", "law", "bill", "treaty", "currency",
        "technology", "standard", "format", "protocol", "network", "site", "website",
        "chip", "processor", "tablet", "camera", "dish",
    ]

    /// `Jo Reyes, 45, said`: a number set off by commas, or ending the sentence, after a name
    /// is an age, and `6-1` a score; `the Premiership, 15 points behind` is no appositive.
    func isAge(_ p: Passage, _ i: Int) -> Bool {
        let t = p.tokens
        guard t[i].kind == .number else { return false }
        // `Ivan Reyes, 6-1 6-4`: a score after a player's name.
        if t[i].text.contains("-") { return true }
        guard t[i].text.utf8.count <= 3 else { return false }
        let next = i + 1
        return next == p.sentence(of: i).upperBound
            || [",", ".", ")", ";"].contains(t[next].text)
    }

    /// `Further, the scale ...`, `Additionally, the president's ...`: a lone word opening its
    /// sentence that reads as an adverb (an ending in `-ly`, or a known one), and is no given
    /// name or surname the article uses.
    func isSentenceAdverb(_ p: Passage, _ range: Range<Int>) -> Bool {
        let words = range.filter { p.tokens[$0].isWord }
        guard words.count == 1, isSentenceInitial(p, words[0]) else { return false }
        let w = p.tokens[words[0]].lower
        guard !FirstNames.contains(w), !knownSurnames.contains(w) else { return false }
        return w.hasSuffix("ly") || Self.clauseAdverbs.contains(w)
            || Self.sentenceAdverbs.contains(w)
    }

    /// Words that open a sentence before a comma as adverbs or interjections, beside
    /// ``clauseAdverbs``.
    static let sentenceAdverbs: WordSet = [
        "further", "again", "still", "please", "anyway", "regardless", "yes", "no", "well",
        "together", "combined", "altogether", "alone", "first", "second", "third", "lastly",
        "also", "likewise", "therefore", "ok", "okay", "sure", "alas",
    ]

    /// A comma later in the sentence, then a word: the phrase from `start` is an appositive
    /// (`Kestrel, the engine maker, said`), not the sentence's subject (`Meanwhile, a rival
    /// arrives`).
    func closesAppositive(_ p: Passage, from start: Int) -> Bool {
        guard let comma = closingComma(p, from: start) else { return false }
        return p.tokens[comma + 1].isWord
    }

    /// The first comma from `start` on that has a token after it in the same sentence.
    func closingComma(_ p: Passage, from start: Int) -> Int? {
        let t = p.tokens
        let sentenceEnd = p.sentence(of: start).upperBound
        guard let comma = (start..<sentenceEnd).first(where: { t[$0].text == "," }),
            comma + 1 < sentenceEnd
        else { return nil }
        return comma
    }

    /// A single word that opens a sentence and is capitalised nowhere else in the article:
    /// its capital tells nothing, so `Curiously, the jury ...` is no appositive.
    func isUnprovenOpener(_ p: Passage, _ range: Range<Int>) -> Bool {
        let words = range.filter { p.tokens[$0].isWord }
        guard words.count == 1, isSentenceInitial(p, words[0]) else { return false }
        let w = p.tokens[words[0]].lower
        return !FirstNames.contains(w) && !knownSurnames.contains(w)
            && !capitalisedWordOccurs(w, atLeast: 2)
    }

    func followedByCue(_ p: Passage, _ index: Int) -> Bool {
        guard let lemma = Self.cueLemma(in: p, at: index) else { return false }
        return !CueVerbs.weak.contains(lemma) || lemma == "ask"
    }

    /// The lemma of a reporting verb at token `index`, past up to three auxiliaries and
    /// adverbs (`has repeatedly said`).
    static func cueLemma(in p: Passage, at index: Int) -> String? {
        var i = index
        var skipped = 0
        let t = p.tokens
        while i < t.count, skipped < 3 {
            guard t[i].isWord else { return nil }
            let w = t[i].lower
            if let lemma = CueVerbs.lemma(w), !CueVerbs.isParticiple(w) { return lemma }
            guard Attribution.auxiliaries.contains(w) || w.hasSuffix("ly") else {
                return nil
            }
            skipped += 1
            i += 1
        }
        return nil
    }

    /// `Speculation suggests`, `Recently announced changes`: a lone word that opens its
    /// sentence, is capitalised nowhere else, and is followed by a reporting verb other than
    /// `say` or `tell` (which a name opening a sentence often is: `Quennel said`) shows
    /// nothing of a name.
    func isUnprovenSubject(_ p: Passage, _ name: Range<Int>) -> Bool {
        guard isUnprovenOpener(p, name), p.opensSentence(at: name.lowerBound),
            let lemma = Self.cueLemma(in: p, at: name.upperBound)
        else { return false }
        return !CueVerbs.plainSpeech.contains(lemma)
    }
}
