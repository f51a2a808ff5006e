/// Groups a passage's tokens into sentences, never breaking inside a quotation.
enum SentenceSplitter {
    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
        "det", "supt", "insp", "prof", "rev", "cllr", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "v", "jr", "sr", "mt", "ft", "u.s",
        "calif", "fla", "ariz", "mass", "conn", "penn", "wash", "mich", "ill", "ind", "va", "md",
        "ga", "pa", "tenn", "ky", "la", "wis", "minn", "colo", "nev", "okla", "ore", "ala", "miss",
    ]

    /// Assigns ``Token/sentence`` and returns each sentence's token range.
    static func split(_ tokens: inout [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var sentence = 0
        var i = 0
        let n = tokens.count
        while i < n {
            tokens[i].sentence = sentence
            if endsSentence(tokens, at: i) {
                ranges.append(start..<(i + 1))
                start = i + 1
                sentence += 1
            }
            i += 1
        }
        if start < n { ranges.append(start..<n) }
        return ranges
    }

    private static func endsSentence(_ t: [Token], at i: Int) -> Bool {
        guard i + 1 < t.count else { return false }
        let tok = t[i]
        let next = t[i + 1]
        let startsNew = next.isCapitalized || next.kind == .quoteMark || next.kind == .number
        if tok.kind == .punctuation, !tok.isInsideQuote {
            let c = tok.text
            guard c == "." || c == "!" || c == "?" else { return false }
            guard startsNew, next.start > tok.end else { return false }
            if c == ".", i > 0, t[i - 1].isWord {
                let prev = t[i - 1]
                if abbreviations.contains(prev.lower) { return false }
                if prev.end - prev.start == 1 && prev.isCapitalized { return false }
            }
            return true
        }
        // A closing quotation mark after ".", "!" or "?" ends the sentence when a capital follows.
        if tok.kind == .quoteMark, !tok.isInsideQuote, i > 0, t[i - 1].isInsideQuote,
            [".", "!", "?"].contains(t[i - 1].text), next.isCapitalized || next.kind == .quoteMark
        {
            return true
        }
        return false
    }
}
