/// Splits a passage's scalars into words, numbers, punctuation, dashes and quotation marks.
///
/// Words keep inner apostrophes and hyphens (`don’t`, `O’Malley`, `Smith-Jones`) and dotted
/// initialisms (`U.S.`); a final `’s` is noted as possessive. One linear pass.
enum Tokenizer {
    /// The tokens of `s`; `skipping` holds sorted, disjoint ranges of scalars, each starting
    /// after white space, that get no tokens.
    static func tokens(
        in s: [Unicode.Scalar], quotes: [QuoteSpan], skipping: [Range<Int>] = []
    ) -> [Token] {
        var tokens: [Token] = []
        // Room for a token every three scalars: growing the array copies every token.
        tokens.reserveCapacity(s.count / 3)
        // The spans' marks in ascending order (spans are sorted and disjoint), walked along
        // with `i`: cheaper than hashing every offset into a set.
        var quoteMarks: [Int] = []
        quoteMarks.reserveCapacity(quotes.count * 2)
        for span in quotes {
            quoteMarks.append(span.open)
            if !span.isUnclosed { quoteMarks.append(span.close) }
        }
        var nextMark = 0
        var nextSkipped = 0
        let marks = asciiMarks
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            if ScalarClass.isSpace(c) {
                i += 1
                continue
            }
            if nextSkipped < skipping.count, skipping[nextSkipped].lowerBound == i {
                i = skipping[nextSkipped].upperBound
                nextSkipped += 1
                continue
            }
            if ScalarClass.isLetterOrDigit(c) {
                let start = i
                i = wordEnd(s, from: i)
                tokens.append(makeWord(s, start, i))
                continue
            }
            while nextMark < quoteMarks.count && quoteMarks[nextMark] < i { nextMark += 1 }
            let isQuoteMark = nextMark < quoteMarks.count && quoteMarks[nextMark] == i
            var kind = Token.Kind.punctuation
            if ScalarClass.isDash(c) || (c == "-" && i + 1 < n && ScalarClass.isSpace(s[i + 1])) {
                kind = .dash
            } else if isQuoteMark || ScalarClass.isDoubleMark(c) {
                kind = .quoteMark
            } else if ScalarClass.isSingleMark(c) {
                // `Sanders' campaign`: a lone mark after an s that ends a word is an apostrophe.
                let pluralPossessive =
                    i > 0 && (s[i - 1] == "s" || s[i - 1] == "S")
                    && (i + 1 == n || ScalarClass.isSpace(s[i + 1]))
                if !pluralPossessive { kind = .quoteMark }
            }
            var end = i + 1
            if isQuoteMark, end < n, (c == "`" || c == "'"), s[end] == c { end += 1 }
            let text =
                end == i + 1 && c.value < 0x80 ? marks[Int(c.value)] : makeString(s, i, end)
            tokens.append(
                Token(
                    kind: kind, start: i, end: end, text: text, lower: text,
                    isCapitalized: false, isAllCaps: false, isPossessive: false))
            i = end
        }
        // Spans are sorted and disjoint, so one merge pass marks every token inside one.
        var q = 0
        for t in tokens.indices {
            let start = tokens[t].start
            while q < quotes.count && quotes[q].close <= start { q += 1 }
            if q < quotes.count && start > quotes[q].open && start < quotes[q].close {
                tokens[t].quote = q
            }
        }
        return tokens
    }

    /// The one-scalar string of each ASCII scalar, made once: nearly every token that is not
    /// a word is a single ASCII mark.
    private static let asciiMarks: [String] = (0..<128).map {
        String(Unicode.Scalar(UInt8($0)))
    }

    private static func wordEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let n = s.count
        var i = start
        var singleLetters = true
        var lettersInPart = 0
        while i < n {
            let c = s[i]
            if ScalarClass.isLetterOrDigit(c) {
                lettersInPart += 1
                i += 1
                continue
            }
            let next: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
            let nextIsLetter = next.map(ScalarClass.isLetterOrDigit) ?? false
            if (ScalarClass.isApostropheGlyph(c) || c == "-" || c == "\u{2010}") && nextIsLetter {
                singleLetters = false
                lettersInPart = 0
                i += 1
                continue
            }
            if c == "." {
                if lettersInPart > 1 { singleLetters = false }
                // U.S. and U.K.: single letters joined by dots.
                if singleLetters && lettersInPart == 1 && nextIsLetter,
                    i + 2 < n, s[i + 2] == "."
                {
                    lettersInPart = 0
                    i += 1
                    continue
                }
                if singleLetters && lettersInPart == 1 && i > start + 1 {
                    return i + 1
                }
                // Decimal numbers stay one token.
                if ScalarClass.isDigit(s[i - 1]), next.map(ScalarClass.isDigit) ?? false {
                    i += 1
                    continue
                }
                // `Gamesworld.com`, `bbc.co.uk`: a web address is one word.
                if lettersInPart > 1, let next, next.isASCII,
                    next.properties.isLowercase, ScalarClass.isLetterOrDigit(s[i - 1])
                {
                    singleLetters = false
                    lettersInPart = 0
                    i += 1
                    continue
                }
            }
            if c == ",", ScalarClass.isDigit(s[i - 1]), next.map(ScalarClass.isDigit) ?? false {
                i += 1
                continue
            }
            break
        }
        return i
    }

    private static func makeWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token {
        var baseEnd = end
        var possessive = false
        if end - start > 2, s[end - 1] == "s" || s[end - 1] == "S",
            ScalarClass.isApostropheGlyph(s[end - 2])
        {
            baseEnd = end - 2
            possessive = true
        }
        var letters = 0
        var upper = 0
        var high: UInt32 = 0
        for k in start..<end {
            let c = s[k]
            high |= c.value
            if ScalarClass.isLetter(c) {
                letters += 1
                if ScalarClass.isUpper(c) { upper += 1 }
            }
        }
        let text: String
        let lower: String
        if high < 0x80 {
            text = asciiString(s, start, end, lowercased: false)
            // Already lower case, as most words are: share the text.
            lower =
                upper == 0 && !possessive ? text : asciiString(s, start, baseEnd, lowercased: true)
        } else {
            text = makeString(s, start, end)
            lower = makeString(s, start, baseEnd).lowercased()
        }
        let first = s[start]
        return Token(
            kind: ScalarClass.isDigit(first) ? .number : .word, start: start, end: end, text: text,
            lower: lower, isCapitalized: ScalarClass.isUpper(first),
            isAllCaps: letters >= 2 && upper == letters, isPossessive: possessive)
    }

    /// A string of the ASCII scalars in `start..<end`, lower-cased if asked.
    private static func asciiString(
        _ s: [Unicode.Scalar], _ start: Int, _ end: Int, lowercased: Bool
    ) -> String {
        // Lower-casing sets one bit of the letters A to Z: no branch on the flag per byte.
        let caseBit: UInt8 = lowercased ? 0x20 : 0
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            s.withUnsafeBufferPointer { scalars in
                for k in start..<end {
                    let v = UInt8(truncatingIfNeeded: scalars[k].value)
                    buffer[k - start] = v &- 0x41 < 26 ? v | caseBit : v
                }
            }
            return end - start
        }
    }

    /// A string of the scalars in `start..<end`, built directly from bytes when they are ASCII.
    static func makeString(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var byteCount = 0
        for k in start..<end { byteCount += UTF8.width(s[k]) }
        if byteCount == end - start {
            return String(unsafeUninitializedCapacity: byteCount) { buffer in
                for k in start..<end { buffer[k - start] = UInt8(truncatingIfNeeded: s[k].value) }
                return byteCount
            }
        }
        // Encoded here: appending scalars to `unicodeScalars` one by one cost thousands of
        // instructions a quotation.
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var count = 0
            for k in start..<end {
                UTF8.encode(s[k]) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
