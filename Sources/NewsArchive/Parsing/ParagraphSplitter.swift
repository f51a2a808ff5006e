/// Splits text into paragraphs: blocks between blank lines, each either one soft-wrapped
/// paragraph or, when its lines were broken by hand, one paragraph per line.
///
/// Paragraph text is kept as written, apart from white space trimmed at both ends and the line
/// breaks of a soft-wrapped block, which become single spaces.
enum ParagraphSplitter {
    /// The paragraphs of `text`, in order.
    static func paragraphs(of text: String) -> [Substring] {
        var paragraphs: [Substring] = []
        var block: [Substring] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        while lineStart < utf8.endIndex {
            let lineEnd = utf8.firstIndex(of: 0x0A, from: lineStart) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd].trimmingWhiteSpace()
            if line.isEmpty {
                flush(&block, into: &paragraphs)
            } else {
                block.append(line)
            }
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
        }
        flush(&block, into: &paragraphs)
        return paragraphs
    }

    private static func flush(_ block: inout [Substring], into paragraphs: inout [Substring]) {
        switch block.count {
        case 0:
            return
        case 1:
            paragraphs.append(block[0])
        default:
            if isSoftWrapped(block) {
                paragraphs.append(Substring(block.joined(separator: " ")))
            } else {
                paragraphs.append(contentsOf: block)
            }
        }
        block.removeAll(keepingCapacity: true)
    }

    /// Whether the lines of a block read as one paragraph wrapped at a fixed width.
    ///
    /// A greedy wrapper breaks a line only when the next word would not fit, so every line but
    /// the last, plus a space and the first word of the line after it, must be longer than the
    /// widest line. Lists and a short label above a caption fail that test and stay one
    /// paragraph per line.
    ///
    /// Two lines tell nothing of a width: the first is the widest whenever the second is
    /// shorter. Where the first ends a sentence and the second starts one, the pair is read as
    /// two lines broken by hand (a quotation and its credit, `Ann Lee, City University."`).
    static func isSoftWrapped(_ lines: [Substring]) -> Bool {
        let lengths = lines.map { $0.unicodeScalars.count }
        guard let width = lengths.max(), width >= 40, width <= 160 else { return false }
        if lines.count == 2, endsSentence(lines[0]), startsSentence(lines[1]) { return false }
        for (index, line) in lines.enumerated() {
            if startsWithListMarker(line) { return false }
            guard index + 1 < lines.count else { break }
            let nextWord = lines[index + 1].prefix { $0 != " " }.unicodeScalars.count
            if lengths[index] + 1 + nextWord <= width { return false }
        }
        return true
    }

    /// The line ends in `.`, `!` or `?`, with any closing quotation marks after it.
    private static func endsSentence(_ line: Substring) -> Bool {
        let last = line.unicodeScalars.reversed().first { !"\"”’'»)".unicodeScalars.contains($0) }
        return last.map { ".!?".unicodeScalars.contains($0) } ?? false
    }

    /// The line starts with a capital letter, or a quotation mark and one.
    private static func startsSentence(_ line: Substring) -> Bool {
        let first = line.unicodeScalars.first { !"\"“‘'«(".unicodeScalars.contains($0) }
        return first.map { $0.properties.isUppercase } ?? false
    }

    private static func startsWithListMarker(_ line: Substring) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        if "-*•–—·▪>".unicodeScalars.contains(first) { return true }
        if first.isASCIIDigit {
            let digits = line.unicodeScalars.prefix { $0.isASCIIDigit }
            let after = line.unicodeScalars.dropFirst(digits.count).first
            return digits.count <= 3 && (after == "." || after == ")")
                && line.unicodeScalars.dropFirst(digits.count + 1).first == " "
        }
        return false
    }
}
