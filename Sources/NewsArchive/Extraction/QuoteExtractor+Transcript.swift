/// Transcript lines: a passage that opens with a speaker's name in capitals and a colon
/// (`PENCE: Well, look ...`, `"JAKE TAPPER: And obviously ...`) quotes that speaker word for
/// word.
extension QuoteExtractor {
    /// The transcript line the passage is, taken whole as its speaker's direct quote; false
    /// when the passage is no transcript line. A quoted line under a heading in capitals
    /// (`"VIDEO: ...`) is a quotation whose speaker the heading does not name, and it
    /// continues no one.
    mutating func transcriptLine() -> Bool {
        let t = p.tokens
        guard let label = Self.capitalLabel(in: p) else { return false }
        let speaks = Self.namesSpeaker(label, in: p)
        guard speaks || t[0].kind == .quoteMark else { return false }
        let colon = label.upperBound
        let s = colon + 1
        var e = t.count
        // The mark that closes a line quoted whole is no part of what was said.
        if t[0].kind == .quoteMark, let q = p.quoteByOpen[t[0].start],
            t[e - 1].kind == .quoteMark, t[e - 1].start == p.quotes[q].close
        {
            e -= 1
        }
        guard e > s, t[s..<e].filter(\.isWord).count >= 2 else { return false }
        for q in consumed.indices { consumed[q] = true }
        quotes.append(
            QuoteCandidate(
                kind: .direct, passage: p.order, fragments: [t[s].start..<t[e - 1].end],
                cue: ":", speaker: speaks ? SpeakerMention(kind: .name, tokens: label) : nil,
                anchor: colon))
        return true
    }

    /// The speaker's label that opens a transcript line, up to its colon (`PENCE:`,
    /// `"JAKE TAPPER:`), or nil.
    static func transcriptLabel(in p: Passage) -> Range<Int>? {
        capitalLabel(in: p).flatMap { namesSpeaker($0, in: p) ? $0 : nil }
    }

    /// The label of a transcript line or a heading in capitals (`PENCE:`, `VIDEO:`): words
    /// that name no organisation, or nil.
    static func lineLabel(in p: Passage) -> Range<Int>? {
        guard let label = capitalLabel(in: p) else { return nil }
        let isHeading = p.tokens[label].contains { $0.isWord && sectionWords.contains($0.lower) }
        return isHeading || namesSpeaker(label, in: p) ? label : nil
    }

    /// One to three words in capitals and a colon opening a body passage, after an opening
    /// quotation mark at most, or a name in title case after one (`"Ann Lee: Seriously, ...`):
    /// the words' range.
    private static func capitalLabel(in p: Passage) -> Range<Int>? {
        let t = p.tokens
        guard p.section == .body else { return nil }
        var start = 0
        if start < t.count, t[start].kind == .quoteMark { start += 1 }
        var colon = start
        while colon < t.count, colon - start < 6, t[colon].isWord || t[colon].text == "." {
            colon += 1
        }
        guard colon > start, colon + 1 < t.count, t[colon].text == ":", t[start].isWord,
            !t[colon].isInsideQuote || t[colon].quote == t[start].quote
        else { return nil }
        let words = t[start..<colon].filter(\.isWord)
        guard (1...3).contains(words.count), words.contains(where: { $0.lower.count >= 3 })
        else { return nil }
        if words.allSatisfy({ isCapitalLetters($0) }) { return start..<colon }
        // A quoted line that opens with a person's name in title case is a transcript's too;
        // unquoted, such a line is as often a heading (`Ann Lee: A Life in Politics`).
        let isQuotedName =
            start == 1 && words.count >= 2 && words.allSatisfy(\.isCapitalized)
            && FirstNames.contains(words[0].lower)
        return isQuotedName ? start..<colon : nil
    }

    /// The label names a speaker: it holds no heading's word (`CORRECTION:`, `UPDATE:`); one
    /// word is no place or body; more words open with a given name or an honorific
    /// (`JAKE TAPPER:`, `SEN. CRUZ:`, not `SHORT READS:`).
    private static func namesSpeaker(_ label: Range<Int>, in p: Passage) -> Bool {
        let words = p.tokens[label].filter(\.isWord)
        guard !words.contains(where: { sectionWords.contains($0.lower) }) else { return false }
        if words.count == 1 {
            let word = words[0].lower
            return word.count >= 3 && !Gazetteer.isPlace(word)
                && !OrganisationLexicon.known.contains(word)
        }
        let first = words[0].lower.droppingFinalDot()
        return FirstNames.contains(first) || Titles.honorifics[first] != nil
            || Titles.titleHeads.contains(first)
    }

    /// A label's name as a name is written: `JAKE O'NEIL` is Jake O'Neil.
    static func labelName(_ label: String) -> String {
        var name = ""
        var opensWord = true
        for c in label {
            name += opensWord ? c.uppercased() : c.lowercased()
            opensWord = !c.isLetter
        }
        return name
    }

    /// The word is written in capitals: two letters or more, or one with its full stop.
    private static func isCapitalLetters(_ token: Token) -> Bool {
        token.isAllCaps
            || (token.text.unicodeScalars.count <= 2 && token.isCapitalized
                && token.lower.droppingFinalDot().unicodeScalars.count == 1)
    }

    /// Headings that open a passage with a colon in capitals but name no speaker.
    private static let sectionWords: WordSet = [
        "correction", "corrections", "clarification", "update", "updated", "updates", "video",
        "videos", "watch", "byline", "exclusive", "breaking", "previously", "note", "editor",
        "editors", "source", "sources", "photo", "photos", "read", "more", "related", "click",
        "listen", "advertisement", "disclosure", "warning", "transcript", "excerpt", "full",
        "partial", "live", "analysis", "opinion", "stat", "week", "short", "reads", "busted",
        "readers", "also", "see", "plus", "bonus", "news", "headline", "question", "answer",
        "summary", "background", "context", "why", "what", "how", "who", "when", "where",
        "the", "of", "and", "in", "on", "for", "to", "a", "an", "poll", "polls", "chart",
        "graphic", "map", "audio", "podcast", "quiz", "tip", "tips", "fact", "facts", "check",
        "verdict", "claim", "rating", "ratings", "result", "results", "today", "tonight",
        "yesterday", "latest", "top", "first", "last", "next", "now", "then", "here", "there",
        "this", "that", "these", "those", "it", "we", "you", "he", "she", "they", "i", "q",
        "faq", "ps", "nb", "edit", "edited", "via", "credit", "credits", "image", "images",
        "caption", "sign", "signs", "feature", "special", "report", "reporting", "contact",
        "email", "follow", "share", "subscribe", "trending", "sport", "sports", "weather",
        "politics", "business", "world", "us", "uk", "usa", "eu", "un", "nato", "gop", "dnc",
        "rnc", "fbi", "cia", "nsa", "cnn", "bbc", "nbc", "abc", "cbs", "msnbc", "ap", "afp",
        "upi", "npr", "pbs", "clip", "clips", "sot", "vo", "crosstalk", "applause", "laughter",
        "inaudible", "unidentified", "unknown", "male", "female", "announcer", "narrator",
        "voice", "begin", "end", "audience", "crowd",
    ]
}
