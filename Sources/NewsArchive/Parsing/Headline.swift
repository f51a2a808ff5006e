/// Tests on headline and name lines.
enum Headline {
    /// Whether two lines say the same, ignoring case, runs of white space and punctuation or
    /// quotation marks at the end: "Council backs plan." repeats "Council backs plan".
    static func sameText(_ line: some StringProtocol, _ other: some StringProtocol) -> Bool {
        // Cheaper rejection first, from byte counts (counting scalars reads every byte): a
        // text has at least a quarter as many scalars as UTF-8 bytes, and at most as many.
        let lineBytes = line.utf8.count
        let otherBytes = other.utf8.count
        guard (lineBytes + 3) / 4 - otherBytes <= 8, (otherBytes + 3) / 4 - lineBytes <= 8 else {
            return false
        }
        let lineScalars = Substring(line).scalarCount
        let otherScalars = Substring(other).scalarCount
        // Cheap rejection: trailing punctuation differs by a few characters at most.
        guard abs(lineScalars - otherScalars) <= 8 else { return false }
        return comparable(line) == comparable(other)
    }

    private static func comparable(_ text: some StringProtocol) -> String {
        var scalars = Substring(text).trimmingWhiteSpace().unicodeScalars[...]
        while let last = scalars.last,
            last.isWhiteSpace || trailingMarks.unicodeScalars.contains(last)
        {
            scalars.removeLast()
        }
        var result = ""
        var pendingSpace = false
        for scalar in scalars {
            if scalar.isWhiteSpace {
                pendingSpace = true
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            scalar.appendLowercased(to: &result)
        }
        return result
    }

    private static let trailingMarks = ".,;:!?…\"'’”»)]-–—"

    /// Short enough to be a headline: at most 30 words and 250 bytes.
    static func isHeadlineLike(_ line: Substring) -> Bool {
        line.utf8.count <= 250 && line.wordCount <= 30
    }

    /// A name such as "Express & Star" or "The Evening Herald": one to five capitalised words
    /// (small joining words allowed), no digits, no closing punctuation.
    static func isShortName(_ line: Substring) -> Bool {
        guard line.utf8.count <= 40, let last = line.unicodeScalars.last,
            last.isLetter
        else { return false }
        let words = line.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        let joining: Set<Substring> = ["&", "and", "of", "the", "on", "de", "la", "du"]
        for (index, word) in words.enumerated() {
            if index > 0 && joining.contains(word) { continue }
            let isNameWord = word.unicodeScalars.allSatisfy {
                $0.isLetter || "-'’.".unicodeScalars.contains($0)
            }
            guard let first = word.unicodeScalars.first, first.isUppercaseLetter, isNameWord
            else { return false }
        }
        return true
    }

    /// A headline for a text that has none: its first sentence, cut to about twelve words with an
    /// ellipsis.
    static func derived(from paragraph: Substring) -> String {
        let words = paragraph.split(separator: " ", maxSplits: 12)
        var result: [Substring] = []
        for word in words.prefix(12) {
            result.append(word)
            if word.hasSuffix(".") || word.hasSuffix("?") || word.hasSuffix("!") {
                return result.joined(separator: " ")
            }
        }
        let joined = result.joined(separator: " ")
        return words.count > 12 ? joined + "…" : joined
    }
}
