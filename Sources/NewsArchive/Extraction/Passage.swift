/// One piece of an article's text (the headline, the standfirst, a caption or a body
/// paragraph), analysed once and shared by every extractor.
struct Passage: Sendable {
    /// The section the passage belongs to.
    var section: ArticleSection
    /// The passage's index within its section.
    var index: Int
    /// Offset of the passage's first scalar in its section's text.
    var baseOffset: Int
    /// The passage as Unicode scalars.
    var scalars: [Unicode.Scalar]
    /// The passage's quotation spans.
    var quotes: [QuoteSpan]
    /// The passage's tokens.
    var tokens: [Token]
    /// The token ranges of its sentences.
    var sentences: [Range<Int>]
    /// The passage's order among all passages of the article.
    var order: Int
    /// The index of the quotation span opening at each offset.
    var quoteByOpen: [Int: Int] = [:]
    /// The index of the closed quotation span closing at each offset.
    var quoteByClose: [Int: Int] = [:]

    init(text: String, section: ArticleSection, index: Int, baseOffset: Int, order: Int) {
        self.section = section
        self.index = index
        self.baseOffset = baseOffset
        self.order = order
        scalars = Self.scalars(of: text)
        var quotes = QuotationMarks.spans(in: scalars)
        // A nickname in marks (`Juan "Chico" Manriquez`) is no quotation, and its words are
        // no words of the name: they get no tokens, so the name's words are `Juan Manriquez`.
        let nicknames = QuotationMarks.nicknames(quotes, in: scalars)
        var skipped = nicknames.map { quotes[$0].open..<(quotes[$0].close + 1) }
        for q in nicknames.reversed() { quotes.remove(at: q) }
        // Where double marks are used, single ones make no spans: their nicknames are found
        // on their own.
        for range in QuotationMarks.singleMarkNicknames(in: scalars)
        where !skipped.contains(where: { $0.overlaps(range) }) {
            skipped.append(range)
        }
        skipped.sort { $0.lowerBound < $1.lowerBound }
        self.quotes = quotes
        tokens = Tokenizer.tokens(in: scalars, quotes: quotes, skipping: skipped)
        sentences = SentenceSplitter.split(&tokens)
        for (q, span) in quotes.enumerated() {
            quoteByOpen[span.open] = q
            if !span.isUnclosed { quoteByClose[span.close] = q }
        }
    }

    /// The scalars of `text`, decoded in one pass into room for the worst case (a scalar per
    /// byte): `Array(text.unicodeScalars)` counts the scalars first, and the scalar view's
    /// iterator costs several times more than this loop on the ASCII bytes most text is made of.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            Array(unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0
                while i < bytes.count {
                    // Eight ASCII bytes at a time, with one test for the eight.
                    if i + 8 <= bytes.count, let base = bytes.baseAddress,
                        UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                            & 0x8080_8080_8080_8080 == 0
                    {
                        for k in 0..<8 { buffer[count + k] = Unicode.Scalar(bytes[i + k]) }
                        count += 8
                        i += 8
                        continue
                    }
                    let byte = bytes[i]
                    if byte < 0x80 {
                        buffer[count] = Unicode.Scalar(byte)
                        count += 1
                        i += 1
                        continue
                    }
                    let lead = UInt32(byte)
                    let value: UInt32
                    if lead >= 0xF0 {
                        value =
                            (lead & 0x07) << 18 | continuation(bytes, i + 1) << 12
                            | continuation(bytes, i + 2) << 6 | continuation(bytes, i + 3)
                        i += 4
                    } else if lead >= 0xE0 {
                        value =
                            (lead & 0x0F) << 12 | continuation(bytes, i + 1) << 6
                            | continuation(bytes, i + 2)
                        i += 3
                    } else {
                        value = (lead & 0x1F) << 6 | continuation(bytes, i + 1)
                        i += 2
                    }
                    // A `String` holds valid UTF-8, so every value decoded here is a scalar.
                    buffer[count] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    count += 1
                }
            }
        }
    }

    private static func continuation(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        UInt32(bytes[i] & 0x3F)
    }

    /// The index of the first token that starts at or after `offset` (binary search).
    func tokenIndex(atOrAfter offset: Int) -> Int {
        Self.firstIndex(in: tokens, atOrAfter: offset) { $0.start }
    }

    /// The index of the first quotation span that opens at or after `offset`.
    func quoteIndex(openingAtOrAfter offset: Int) -> Int {
        Self.firstIndex(in: quotes, atOrAfter: offset) { $0.open }
    }

    /// Binary search for the first element whose position is at or after `offset`, in an
    /// array sorted by that position.
    private static func firstIndex<Element>(
        in elements: [Element], atOrAfter offset: Int, position: (Element) -> Int
    ) -> Int {
        var lo = 0
        var hi = elements.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if position(elements[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether the tokens in `range` are written in title case, as headlines often are: of
    /// their words of four letters or more outside quotation marks there are three or more,
    /// and four in five are capitalised.
    func isTitleCase(_ range: Range<Int>) -> Bool {
        var words = 0
        var capitalised = 0
        for k in range
        where tokens[k].isWord && !tokens[k].isInsideQuote && tokens[k].end - tokens[k].start > 3 {
            words += 1
            if tokens[k].isCapitalized { capitalised += 1 }
        }
        return words >= 3 && capitalised * 5 >= words * 4
    }

    /// The token range of the sentence holding token `i`.
    func sentence(of i: Int) -> Range<Int> { sentences[tokens[i].sentence] }

    /// Token `i` is the first word of its sentence, so that its capital may be the
    /// sentence's alone; an attribution after a quotation (`“...!” Lee said`) opens none.
    func opensSentence(at i: Int) -> Bool {
        guard sentence(of: i).first(where: { tokens[$0].isWord }) == i else { return false }
        return !(i >= 2 && tokens[i - 1].kind == .quoteMark && tokens[i - 2].isInsideQuote)
    }

    /// The text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        return Tokenizer.makeString(scalars, lo, hi)
    }

    /// The text a token range covers, from its first token's start to its last token's end.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// All passages of an article in reading order: headline, standfirst, captions, body.
    static func passages(of article: Article) -> [Passage] {
        var result: [Passage] = []
        func add(_ text: String, _ section: ArticleSection, _ index: Int, _ base: Int) {
            result.append(
                Passage(
                    text: text, section: section, index: index, baseOffset: base,
                    order: result.count))
        }
        add(article.headline, .headline, 0, 0)
        if let standfirst = article.standfirst { add(standfirst, .standfirst, 0, 0) }
        for (i, caption) in article.captions.enumerated() { add(caption, .caption, i, 0) }
        var base = 0
        for (i, paragraph) in article.paragraphs.enumerated() {
            add(paragraph, .body, i, base)
            base += result[result.count - 1].scalars.count + 2
        }
        return result
    }
}
