/// Finds the people and organisations an article names and groups each one's mentions.
///
/// Names come from capitalised runs of words, sorted by what surrounds them: honorifics and
/// titles, known given names, organisation heads and acronyms, places, reporting verbs
/// (`Bailey said`), appositives and captions. `Simon Bailey`, `Chief Constable Simon Bailey`,
/// `Mr Bailey` and `Bailey` become one person named "Simon Bailey".
struct EntityExtractor {
    let passages: [Passage]
    let publication: String?
    /// Words the article writes in lower case somewhere: a capitalised sentence opener that is
    /// also written in lower case is an ordinary word.
    let lowercaseWords: Vocabulary
    /// Surnames of people named in full somewhere in the article.
    var knownSurnames: Set<String> = []
    /// Last words of capitalised runs of two words or more (`Young` of `Dai Young`): a word
    /// that ends a name somewhere may be a surname, whatever else the article writes.
    var nameEnds: Set<String> = []
    /// Names the article shows to be bodies (``findBodyNames(_:)``), lower case.
    var bodyNames: Set<String> = []

    /// One classified capitalised run.
    enum Finding {
        case person(name: Range<Int>, title: Range<Int>?, strong: Bool)
        case organisation(name: String, range: Range<Int>)
    }

    /// A person mention waiting to be grouped.
    struct PersonCandidate {
        var passage: Int
        var range: Range<Int>
        var name: Range<Int>
        var title: Range<Int>?
        var words: [String]
        var strong: Bool
        /// `jr` for `Trump Jr.`: kept out of ``words`` so that the name still reads as a
        /// Trump, and compared on its own so that it is not the Trump without it.
        var suffix: String?
    }

    init(passages: [Passage], publication: String?) {
        self.passages = passages
        self.publication = publication?.lowercased()
        // Room for as many words as the article has tokens, up to a few thousand: growing
        // the table rehashed every word so far, several times an article.
        let tokenCount = passages.reduce(0) { $0 + $1.tokens.count }
        var words = Vocabulary(capacity: min(tokenCount, Self.vocabularyCapacity))
        for p in passages {
            // By index: `for t in p.tokens` copies each token, retaining its two strings.
            for i in p.tokens.indices where p.tokens[i].isWord && !p.tokens[i].isCapitalized {
                words.insert(p.tokens[i].lower)
            }
        }
        lowercaseWords = words
    }

    /// The most words an article's vocabulary has room for before it grows.
    static let vocabularyCapacity = 4096

    /// Whether a capitalised word occurs at least `minimum` times in the article.
    func capitalisedWordOccurs(_ lower: String, atLeast minimum: Int) -> Bool {
        // A scan that stops early, rather than counting every capitalised word up front: few
        // names ever ask, and hashing every word cost more than these scans.
        var count = 0
        for p in passages {
            for i in p.tokens.indices
            where p.tokens[i].isWord && p.tokens[i].isCapitalized && p.tokens[i].lower == lower {
                count += 1
                if count >= minimum { return true }
            }
        }
        return false
    }

    /// Runs the extraction over every passage.
    static func extract(passages: [Passage], publication: String?) -> EntityTable {
        var extractor = EntityExtractor(passages: passages, publication: publication)
        // `PENCE:` opening a transcript line is resolved as a speaker and `VIDEO:` is a
        // heading: neither is read as an acronym's body.
        var runs = passages.map { p in
            let label = QuoteExtractor.lineLabel(in: p)
            return NameRuns.runs(in: p).filter { run in label.map { !run.overlaps($0) } ?? true }
        }
        for (order, p) in passages.enumerated() where p.section == .headline {
            runs[order] =
                p.isTitleCase(p.tokens.indices)
                ? extractor.trimmingTitleCase(runs[order], of: p)
                : extractor.trimmingOpeningEpithet(runs, of: p)
        }
        extractor.knownSurnames = extractor.surnames(runs)
        extractor.nameEnds = extractor.lastWords(runs)
        extractor.bodyNames = extractor.findBodyNames(runs)
        var table = EntityTable()
        table.vocabulary = extractor.lowercaseWords
        var candidates: [PersonCandidate] = []
        var orgMentions: [(Int, Range<Int>, String, String)] = []
        for (order, p) in passages.enumerated() {
            for run in runs[order] {
                for finding in extractor.classify(p, run) {
                    switch finding {
                    case .person(let name, let title, let strong):
                        let lo = title?.lowerBound ?? name.lowerBound
                        candidates.append(
                            PersonCandidate(
                                passage: order, range: lo..<name.upperBound, name: name,
                                title: title, words: extractor.nameWords(p, name), strong: strong,
                                suffix: extractor.generationalSuffix(p, name)))
                    case .organisation(let name, let range):
                        orgMentions.append((order, range, name, extractor.text(p, range)))
                    }
                }
            }
        }
        let companies = companiesByFirstWord(orgMentions.map(\.2))
        for (order, range, name, mention) in orgMentions {
            // `Kestrel Chemicals ... a Kestrel spokeswoman`: one company.
            let canonical = name.containsSpace ? name : companies[name.lowercased()] ?? name
            let index = table.organisation(named: canonical, mention: mention)
            table.mentions.append(
                EntityMention(
                    reference: .organisation(index), passage: order, tokens: range,
                    isInsideQuote: passages[order].tokens[range.lowerBound].isInsideQuote))
        }
        extractor.group(extractor.withoutWorks(candidates), into: &table)
        table = extractor.movingBodies(table)
        Affiliations.link(passages: passages, table: &table)
        return table
    }

    /// The names of companies (`Kestrel Chemicals`, ending in one of
    /// ``companyHeads``) by their first word in lower case, when one company has that word.
    static func companiesByFirstWord(_ names: [String]) -> [String: String] {
        var result: [String: String] = [:]
        var ambiguous = Set<String>()
        for name in names {
            guard let key = companyKey(name) else { continue }
            if let other = result[key], other != name { ambiguous.insert(key) }
            result[key] = name
        }
        for key in ambiguous { result[key] = nil }
        return result
    }

    /// The first word in lower case of a company's name of two words or more that ends in
    /// one of ``companyHeads``, or nil.
    static func companyKey(_ name: String) -> String? {
        // Most names are ASCII, where each character is one byte: their words are found by the
        // space byte, without the grapheme breaking of a split by characters.
        if name.isASCII, let key = name.utf8.withContiguousStorageIfAvailable(asciiCompanyKey) {
            return key
        }
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.first, let last = words.last,
            companyHeads.contains(last.lowercased())
        else { return nil }
        return first.lowercased()
    }

    /// ``companyKey(_:)`` of a name in ASCII, from its bytes.
    private static func asciiCompanyKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let space = UInt8(ascii: " ")
        guard let lo = bytes.firstIndex(where: { $0 != space }),
            let hi = bytes.lastIndex(where: { $0 != space }),
            let firstEnd = bytes[lo...hi].firstIndex(of: space),
            let lastSpace = bytes[lo...hi].lastIndex(of: space)
        else { return nil }
        func lowercased(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                .lowercased()
        }
        guard companyHeads.contains(lowercased((lastSpace + 1)..<(hi + 1))) else { return nil }
        return lowercased(lo..<firstEnd)
    }

    /// Nouns for works and products that stand before a work's title (`the film Vera Drake`,
    /// `his gaming moniker Deathifier`); none of them is also a common verb (`to show Ann
    /// Lee`, `Lee hit Vale`).
    static let workNounsBefore: WordSet = [
        "film", "films", "movie", "movies", "drama", "novel", "biopic", "bio-pic", "sitcom",
        "documentary", "musical", "album", "thriller", "opera", "franchise", "sequel", "comedy",
        "epic", "song", "single", "anthem", "ballad", "cartoon", "series", "soap", "programme",
        "moniker", "nickname", "codename", "console", "handset", "gadget", "browser", "app",
        "software", "virus", "worm", "dam",
    ]

    /// `star of`, `starring in`, `sequel to`: the words before a name that make it a work's
    /// title. (`director of` is not among them: companies have directors.)
    static let workFrames: [String: WordSet] = [
        "of": [
            "star", "stars", "writer", "creator", "creators", "author", "composer", "remake",
            "adaptation", "sequel", "cast", "premiere", "screening",
        ],
        "in": ["starring", "starred", "stars", "role", "roles", "cameo"],
        "to": ["sequel", "prequel", "follow-up"],
    ]

    /// Token `i` is a preposition that a work frame opens (`star of`, `starring in`), so the
    /// name after it is a work's title.
    func isWorkObject(_ t: [Token], _ i: Int) -> Bool {
        guard i >= 1, t[i].isWord, let heads = Self.workFrames[t[i].lower], t[i - 1].isWord,
            !t[i - 1].isCapitalized
        else { return false }
        return heads.contains(t[i - 1].lower)
    }

    /// Nouns for works that follow a title used as a modifier (`the Harry Potter books`).
    static let workNounsAfter: WordSet = [
        "film", "films", "movie", "movies", "books", "novels", "games", "dvd", "franchise",
        "series", "sequel", "soundtrack", "musical", "album",
    ]

    /// The candidates without the titles of films, books and the like: a full name right
    /// after or before a work noun (`the film Vera Drake`, `the Harry Potter books`) names a
    /// work throughout the article.
    func withoutWorks(_ candidates: [PersonCandidate]) -> [PersonCandidate] {
        var works = Set<[String]>()
        // One word after a work noun is a title too (`his hit single Vertigo`), unless it is a
        // given name or a surname the article uses (`the film Kinsey` about Alfred Kinsey).
        for cand in candidates where cand.title == nil {
            if cand.words.count == 1,
                FirstNames.contains(cand.words[0]) || knownSurnames.contains(cand.words[0])
            {
                continue
            }
            let t = passages[cand.passage].tokens
            let before = cand.range.lowerBound - 1
            let after = cand.range.upperBound
            let last = t[cand.range.upperBound - 1]
            if before >= 0, t[before].isWord, !t[before].isCapitalized,
                Self.workNounsBefore.contains(t[before].lower)
                    || (!last.isPossessive && isWorkObject(t, before)
                        && !(after < t.count && ["'", "’"].contains(t[after].text)))
            {
                works.insert(cand.words)
            } else if !last.isPossessive, after < t.count, t[after].isWord,
                Self.workNounsAfter.contains(t[after].lower)
            {
                works.insert(cand.words)
            }
        }
        guard !works.isEmpty else { return candidates }
        let workSurnames = Set(works.compactMap(\.last))
        let personSurnames = Set(
            candidates.filter { $0.words.count >= 2 && !works.contains($0.words) }
                .compactMap(\.words.last))
        return candidates.filter { cand in
            if works.contains(cand.words) { return false }
            if cand.words.count == 1, let w = cand.words.first, workSurnames.contains(w),
                !personSurnames.contains(w)
            {
                return false
            }
            return true
        }
    }

    // MARK: - Surnames

    /// The last words of full names: a word after a given name or an honorific that ends its
    /// run or the run's part before a connector (`Sen. Peter Rivers of Vermont`).
    func surnames(_ runs: [[Range<Int>]]) -> Set<String> {
        var result = Set<String>()
        for (order, p) in passages.enumerated() {
            for run in runs[order] where run.count >= 2 {
                // Indices, not a filtered copy of the tokens, which retains their strings.
                let words = run.filter { p.tokens[$0].isWord }
                for k in words.indices.dropFirst()
                where k == words.count - 1 || !p.tokens[words[k + 1]].isCapitalized {
                    let before = p.tokens[words[k - 1]].lower
                    if p.tokens[words[k]].isCapitalized,
                        FirstNames.contains(before) || Titles.honorifics[before] != nil
                    {
                        result.insert(p.tokens[words[k]].lower)
                    }
                }
            }
        }
        return result
    }

    /// The last words of runs of two capitalised words or more, lower case.
    func lastWords(_ runs: [[Range<Int>]]) -> Set<String> {
        var result = Set<String>()
        for (order, p) in passages.enumerated() {
            for run in runs[order] where run.count >= 2 {
                guard let last = run.last(where: { p.tokens[$0].isWord }),
                    run.contains(where: { $0 < last && p.tokens[$0].isWord })
                else { continue }
                result.insert(p.tokens[last].lower)
            }
        }
        return result
    }
}

extension String {
    /// The string with its full stops removed (`Sen.` → `Sen`).
    func replacingDots() -> String {
        // Most words hold no full stop: no split and join for them.
        guard containsASCII(UInt8(ascii: ".")) else { return self }
        return split(separator: ".").joined()
    }

    /// Whether the string holds a space (the character `" "`).
    var containsSpace: Bool {
        // In ASCII each character is one byte: a byte test, without grapheme breaking.
        isASCII ? containsASCII(UInt8(ascii: " ")) : contains(" ")
    }

    /// The string without a final full stop (`Sen.` → `Sen`).
    func droppingFinalDot() -> String {
        // The byte test first: `hasSuffix` compares characters, which costs far more.
        lastByte == UInt8(ascii: ".") && hasSuffix(".") ? String(dropLast()) : self
    }
}
