/// Name runs in a headline, whose capitals tell less than the body's: every word of one in
/// title case (`Glenn Moss Blasts Harbour Plan`), and the first word of any.
extension EntityExtractor {
    /// The runs of a title-case headline cut to their longest beginning whose words the
    /// article capitalises elsewhere too: `Glenn Moss Blasts Harbour Plan` keeps `Glenn Moss`
    /// when the body names him, and a run whose first word the body never capitalises goes.
    func trimmingTitleCase(_ runs: [Range<Int>], of headline: Passage) -> [Range<Int>] {
        let capitalised = capitalisedOutsideHeadlines()
        let t = headline.tokens
        return runs.compactMap { run in
            var end = run.lowerBound
            while end < run.upperBound, !t[end].isWord || capitalised.contains(t[end].lower) {
                end += 1
            }
            // `Glenn Moss In Row`, `Glenn Moss Is Right`: a function word or an auxiliary the
            // body capitalises opening a sentence.
            while end > run.lowerBound,
                !t[end - 1].isWord || Self.openers.contains(t[end - 1].lower)
                    || Attribution.auxiliaries.contains(t[end - 1].lower)
            {
                end -= 1
            }
            return end > run.lowerBound ? run.lowerBound..<end : nil
        }
    }

    /// The runs of a headline without the word that opens it when that word is an epithet of
    /// a name the article uses (`Veteran Martinez wins title` when the body names Conchita
    /// Martinez): no given name, and capitalised nowhere else, so that its capital is the
    /// headline's alone. `runs` are every passage's, by order.
    func trimmingOpeningEpithet(_ runs: [[Range<Int>]], of headline: Passage) -> [Range<Int>] {
        let t = headline.tokens
        guard let opening = t.indices.first(where: { t[$0].isWord }) else {
            return runs[headline.order]
        }
        let word = t[opening].lower
        // The runs first: most headlines open with no name, and a scan for one word costs less
        // than hashing every capitalised word of the article.
        guard runs[headline.order].contains(where: { $0.lowerBound == opening && $0.count >= 2 }),
            !FirstNames.contains(word), !isCapitalisedOutsideHeadlines(word)
        else { return runs[headline.order] }
        var nameEnds = Set<String>()
        for (order, p) in passages.enumerated() where p.section != .headline {
            for run in runs[order] {
                if let last = run.last(where: { p.tokens[$0].isWord }) {
                    nameEnds.insert(p.tokens[last].lower)
                }
            }
        }
        return runs[headline.order].map { run in
            guard run.lowerBound == opening, run.count >= 2, t[opening + 1].isWord,
                let last = run.last(where: { t[$0].isWord }), nameEnds.contains(t[last].lower)
            else { return run }
            return opening + 1..<run.upperBound
        }
    }

    /// The article capitalises this lower-cased word outside its headline.
    private func isCapitalisedOutsideHeadlines(_ word: String) -> Bool {
        passages.contains { p in
            p.section != .headline
                && p.tokens.contains { $0.isWord && $0.isCapitalized && $0.lower == word }
        }
    }

    /// The lower-cased words the article capitalises outside its headline.
    private func capitalisedOutsideHeadlines() -> Set<String> {
        var capitalised = Set<String>()
        for p in passages where p.section != .headline {
            for i in p.tokens.indices where p.tokens[i].isWord && p.tokens[i].isCapitalized {
                capitalised.insert(p.tokens[i].lower)
            }
        }
        return capitalised
    }
}
