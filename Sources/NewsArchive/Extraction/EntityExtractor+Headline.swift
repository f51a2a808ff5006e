/// Name runs in a headline written in title case (`Glenn Moss Blasts Harbour Plan`), where
/// every word is capitalised and capitals tell nothing.
extension EntityExtractor {
    /// The runs of a title-case headline cut to their longest beginning whose words the
    /// article capitalises elsewhere too: `Glenn Moss Blasts Harbour Plan` keeps `Glenn Moss`
    /// when the body names him, and a run whose first word the body never capitalises goes.
    func trimmingTitleCase(_ runs: [Range<Int>], of headline: Passage) -> [Range<Int>] {
        var capitalised = Set<String>()
        for p in passages where p.section != .headline {
            for i in p.tokens.indices where p.tokens[i].isWord && p.tokens[i].isCapitalized {
                capitalised.insert(p.tokens[i].lower)
            }
        }
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
}
