/// Groups a passage's tokens into sentences, never breaking inside a quotation.
enum SentenceSplitter {
    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
        "det", "supt", "insp", "prof", "rev", "cllr", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "v", "jr", "sr", "mt", "ft", "u.s",
        "calif", "fla", "ariz", "mass", "conn", "penn", "wash", "mich", "ill", "ind", "va", "md",
        "ga", "pa", "tenn", "ky", "la", "wis", "minn", "colo", "nev", "okla", "ore", "ala", "miss",
        "sens", "reps", "govs", "gens", "del", "adm", "pres", "fr", "sec", "atty", "maj", "cmdr",
        "cpl", "pvt",
    ]

    /// Abbreviations that stand before a name or a number, so never end a sentence.
    private static let titles: WordSet = [
        "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
        "det", "supt", "insp", "prof", "rev", "cllr", "no", "vs", "v", "mt", "ft", "sens",
        "reps", "govs", "gens", "adm", "pres", "fr", "sec", "atty", "maj", "cmdr", "cpl", "pvt",
    ]

    /// Words that open a sentence and are seldom part of a name or a date.
    private static let openers: WordSet = [
        "he", "she", "it", "they", "we", "i", "the", "but", "and", "this", "that", "his",
        "her", "their", "its", "there", "however", "in", "a", "an",
    ]

    /// Assigns ``Token/sentence`` and returns each sentence's token range.
    static func split(_ tokens: inout [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        let n = tokens.count
        // The sentences' ends first, reading the tokens; then one pass of writes, through a
        // buffer: a write to the array per token checked its uniqueness each time.
        for i in 0..<n where endsSentence(tokens, at: i) {
            ranges.append(start..<(i + 1))
            start = i + 1
        }
        if start < n { ranges.append(start..<n) }
        tokens.withUnsafeMutableBufferPointer { buffer in
            for (sentence, range) in ranges.enumerated() {
                for i in range { buffer[i].sentence = sentence }
            }
        }
        return ranges
    }

    // Reads the tokens' fields in place: copying a `Token` retains its two strings.
    private static func endsSentence(_ t: [Token], at i: Int) -> Bool {
        guard i + 1 < t.count else { return false }
        let startsNew =
            t[i + 1].isCapitalized || t[i + 1].kind == .quoteMark || t[i + 1].kind == .number
            // `... last summer. (A spokesman said ...)`: a bracket may open the next sentence.
            || t[i + 1].text == "(" && i + 2 < t.count
                && (t[i + 2].isCapitalized || t[i + 2].kind == .quoteMark)
        // `"We will win. "Nobody doubts it," he said`: a quotation that ran on ends with its
        // sentence where the next one opens.
        if t[i].kind == .punctuation, t[i].isInsideQuote, opensQuotation(t, at: i + 1),
            t[i].text == "." || t[i].text == "!" || t[i].text == "?"
        {
            return t[i + 1].start > t[i].end
        }
        if t[i].kind == .punctuation, !t[i].isInsideQuote {
            // `(... a snapshot.) Many officials`: a bracket closes a sentence after its stop.
            if t[i].text == ")", i > 0, [".", "!", "?"].contains(t[i - 1].text) {
                return startsNew && t[i + 1].start > t[i].end
            }
            let isFullStop = t[i].text == "."
            guard isFullStop || t[i].text == "!" || t[i].text == "?" else { return false }
            guard startsNew, t[i + 1].start > t[i].end else { return false }
            if isFullStop, i > 0, t[i - 1].isWord {
                // `... Hank Williams Jr. He wrote`, `... in Fresno, Calif. The`: a suffix or a
                // state ends a sentence before a word that opens one; a title never does.
                if abbreviations.contains(t[i - 1].lower) {
                    return !titles.contains(t[i - 1].lower)
                        && openers.contains(t[i + 1].lower)
                }
                if t[i - 1].end - t[i - 1].start == 1 && t[i - 1].isCapitalized { return false }
            }
            return true
        }
        // A closing quotation mark after ".", "!" or "?" ends the sentence when a capital follows,
        // or a bracket before one (`... a "great heart." (That said, ...)`), also after a nested
        // quotation's closing mark (`... 'China bad.''' But`).
        guard t[i].kind == .quoteMark, !t[i].isInsideQuote, i > 0, t[i + 1].kind != .number,
            startsNew, !opensQuotation(t, at: i)
        else { return false }
        var k = i - 1
        while k > 0, t[k].kind == .quoteMark, t[k].isInsideQuote { k -= 1 }
        return t[k].isInsideQuote && (t[k].text == "." || t[k].text == "!" || t[k].text == "?")
    }

    /// The token at `i` is a mark that opens a quotation: the words after it are quoted.
    private static func opensQuotation(_ t: [Token], at i: Int) -> Bool {
        i + 1 < t.count && t[i].kind == .quoteMark && !t[i].isInsideQuote && t[i + 1].isInsideQuote
    }
}
