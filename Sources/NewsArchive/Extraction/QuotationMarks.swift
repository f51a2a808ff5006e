/// A stretch of a passage between an opening and a closing quotation mark.
struct QuoteSpan: Sendable, Equatable {
    /// Offset of the opening mark.
    var open: Int
    /// Offset of the closing mark; for a quotation that runs on (newswire style: a quotation
    /// that continues in the next paragraph is not closed), the passage's length, or the end
    /// of its last sentence when the next paragraph's opening mark follows in the same passage.
    var close: Int
    /// The quotation has no closing mark in this passage.
    var isUnclosed: Bool
    /// Single marks (‘…’) rather than double ones.
    var isSingle: Bool
    /// The opening mark's length in scalars: 2 for the `''` and ``` `` ``` of some wire copy.
    var openLength = 1

    /// Offset of the first scalar inside the marks.
    var contentStart: Int { open + openLength }
    /// Offset just past the last scalar inside the marks.
    var contentEnd: Int { close }
}

/// Finds quotation spans in a passage in one linear pass.
///
/// Double marks of every style pair up at the top level; single marks make spans only in a
/// passage without double marks (headlines such as `'Stop this' says minister`), and an
/// apostrophe (`don’t`, `Bailey’s`, `’90s`, `officers’`) never opens or closes one.
enum QuotationMarks {
    enum Role { case open, close, either }

    static func spans(in s: [Unicode.Scalar]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openAt = -1
        var openLength = 1
        var openGlyph: Unicode.Scalar = "\""
        var sawDouble = false
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            // Most scalars are ASCII letters, digits and spaces: only three ASCII ones can be
            // part of a double mark.
            if c.value < 0x80, c != "\"", c != "`", c != "'" {
                i += 1
                continue
            }
            var isDouble = ScalarClass.isDoubleMark(c)
            var markLength = 1
            // `` and '' stand for double marks in some wire copy.
            if !isDouble, i + 1 < n, (c == "`" && s[i + 1] == "`") || (c == "'" && s[i + 1] == "'")
            {
                isDouble = true
                markLength = 2
            }
            guard isDouble else {
                i += 1
                continue
            }
            // `''We are told, 'it is a special case,''' he said`: in wire copy's `'''` after an
            // open quotation, the nested single mark closes first, then the double one.
            if markLength == 2, c == "'", openAt >= 0, i + 2 < n, s[i + 2] == "'" {
                i += 1
            }
            sawDouble = true
            var role = doubleRole(s, at: i, length: markLength)
            if c == "\u{201C}", openAt >= 0, openGlyph == "\u{201E}" { role = .close }
            // `“It's unusual,“ said Ann Lee`: a mistyped opening mark after the quotation's
            // last punctuation, before a space, closes it.
            if c == "\u{201C}", openAt >= 0, i > 0, ",.!?".unicodeScalars.contains(s[i - 1]),
                i + 1 == n || ScalarClass.isSpace(s[i + 1])
            {
                role = .close
            }
            if openAt < 0 {
                if role != .close {
                    openAt = i
                    openLength = markLength
                    openGlyph = c
                }
            } else if role != .open {
                spans.append(
                    QuoteSpan(
                        open: openAt, close: i, isUnclosed: false, isSingle: false,
                        openLength: openLength))
                openAt = -1
            } else {
                // `"We will win. "Nobody doubts it."`: wire copy with its paragraphs run
                // together opens each one with a mark and closes only the last; a sentence that
                // ended before the new mark ends the quotation that ran on.
                if let end = sentenceEnd(s, before: i) {
                    spans.append(
                        QuoteSpan(
                            open: openAt, close: end, isUnclosed: true, isSingle: false,
                            openLength: openLength))
                }
                openAt = i
                openLength = markLength
                openGlyph = c
            }
            i += markLength
        }
        if openAt >= 0 {
            spans.append(
                QuoteSpan(
                    open: openAt, close: n, isUnclosed: true, isSingle: false,
                    openLength: openLength))
        }
        if !sawDouble { spans = singleSpans(s) }
        return spans.filter { hasLetters(s, $0) }
    }

    /// Where a quotation that ran on up to an opening mark at `mark` ends: just past the
    /// sentence's final punctuation when only white space stands between it and the mark.
    private static func sentenceEnd(_ s: [Unicode.Scalar], before mark: Int) -> Int? {
        var k = mark
        while k > 0, ScalarClass.isSpace(s[k - 1]) { k -= 1 }
        guard k < mark, k > 0, ".!?".unicodeScalars.contains(s[k - 1]) else { return nil }
        return k
    }

    private static func doubleRole(_ s: [Unicode.Scalar], at i: Int, length: Int) -> Role {
        switch s[i] {
        case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{201F}", "`": return .open
        case "\u{201D}", "\u{00BB}": return .close
        default: break
        }
        let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        let afterIndex = i + length
        let after: Unicode.Scalar? = afterIndex < s.count ? s[afterIndex] : nil
        let openBefore =
            before.map {
                ScalarClass.isSpace($0) || "([{/".unicodeScalars.contains($0)
                    || ScalarClass.isDash($0)
            } ?? true
        let closeAfter =
            after.map {
                ScalarClass.isSpace($0) || ",.;:!?)]}".unicodeScalars.contains($0)
                    || ScalarClass.isDash($0) || ScalarClass.isSingleMark($0)
            } ?? true
        if openBefore && !closeAfter { return .open }
        if closeAfter && !openBefore { return .close }
        return .either
    }

    private static func singleSpans(_ s: [Unicode.Scalar]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openAt = -1
        let n = s.count
        for i in 0..<n where ScalarClass.isSingleMark(s[i]) {
            let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            let after: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
            let letterBefore = before.map(ScalarClass.isLetterOrDigit) ?? false
            let letterAfter = after.map(ScalarClass.isLetterOrDigit) ?? false
            if letterBefore && letterAfter { continue }  // don’t, O’Malley
            let spaceBefore =
                before.map { ScalarClass.isSpace($0) || "([".unicodeScalars.contains($0) } ?? true
            let glyph = s[i]
            if openAt < 0 {
                // ’90s is an elision, not an opening mark.
                if spaceBefore && letterAfter && glyph != "\u{2019}"
                    && !(after.map(ScalarClass.isDigit) ?? false)
                {
                    openAt = i
                }
            } else if !spaceBefore && !letterAfter && glyph != "\u{2018}" {
                spans.append(QuoteSpan(open: openAt, close: i, isUnclosed: false, isSingle: true))
                openAt = -1
            }
        }
        return spans
    }

    /// The spans that quote a nickname inside a name (`Juan "Chico" Manriquez`, `Marion
    /// "Suge" Knight`, `Jo "the Hammer" Vale`). They quote no one.
    static func nicknames(_ spans: [QuoteSpan], in s: [Unicode.Scalar]) -> [Int] {
        spans.indices.filter { q in
            !spans[q].isUnclosed && spans[q].openLength == 1
                && isNickname(open: spans[q].open, close: spans[q].close, in: s)
        }
    }

    /// The scalar ranges, marks included, of nicknames in single marks (`Ronnie 'The Rocket'
    /// O'Sullivan`) in a passage whose double marks keep single ones from making spans.
    static func singleMarkNicknames(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 1
        while i < s.count {
            defer { i += 1 }
            // Most scalars are ASCII, and only one ASCII scalar is a single mark.
            let c = s[i]
            if c.value < 0x80, c != "'" { continue }
            guard ScalarClass.isSingleMark(c), s[i - 1] == " " else { continue }
            var close = i + 1
            while close < s.count, close - i <= 30,
                !ScalarClass.isSingleMark(s[close])
                    || (ScalarClass.isLetterOrDigit(s[close - 1])
                        && close + 1 < s.count && ScalarClass.isLetterOrDigit(s[close + 1]))
            {
                close += 1
            }
            guard close < s.count, isNickname(open: i, close: close, in: s) else { continue }
            found.append(i..<(close + 1))
            i = close
        }
        return found
    }

    /// The marks at `open` and `close` hold a nickname: one to three capitalised words, the
    /// first maybe `the`, after a first name and before a capitalised word, each a space away.
    private static func isNickname(open: Int, close: Int, in s: [Unicode.Scalar]) -> Bool {
        guard close - open <= 30, open >= 3, close + 2 < s.count, s[open - 1] == " ",
            s[close + 1] == " ", ScalarClass.isUpper(s[close + 2])
        else { return false }
        var words = s[(open + 1)..<close].split(separator: " ")
        if words.count > 1, words[0].elementsEqual("the".unicodeScalars) { words.removeFirst() }
        guard (1...3).contains(words.count),
            words.allSatisfy({
                ScalarClass.isUpper($0[$0.startIndex])
                    && $0.allSatisfy { ScalarClass.isLetterOrDigit($0) || $0 == "." }
            })
        else { return false }
        var start = open - 1
        while start > 0, ScalarClass.isLetterOrDigit(s[start - 1]) { start -= 1 }
        guard start < open - 1, ScalarClass.isUpper(s[start]),
            start == 0 || !ScalarClass.isLetterOrDigit(s[start - 1])
        else { return false }
        let given = String(String.UnicodeScalarView(s[start..<(open - 1)]))
        return FirstNames.contains(given.lowercased())
    }

    private static func hasLetters(_ s: [Unicode.Scalar], _ span: QuoteSpan) -> Bool {
        var i = span.contentStart
        while i < span.contentEnd {
            if ScalarClass.isLetterOrDigit(s[i]) { return true }
            i += 1
        }
        return false
    }
}
