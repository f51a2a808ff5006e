/// Highlighted snippets: SQLite marks matches with two private-use characters, and each output
/// format turns them into its own highlighting.
public enum SnippetStyle: Sendable {
    /// Bold on a terminal (ANSI escape codes).
    case bold
    /// Plain markers around each match, such as `**word**`.
    case markers(open: String, close: String)
    /// No markers: the match positions go in a separate `matches` column instead.
    case offsets
}

enum Snippet {
    /// The SQL arguments of snippet() that produce the markers: U+E000 before a match, U+E001
    /// after it.
    static let sqlMarkers = "char(57344), char(57345), '…'"

    /// The snippet text in a style, and the matches as [start, end) offsets in Unicode scalars
    /// of the text without markers.
    static func render(_ marked: String, style: SnippetStyle) -> (text: String, matches: [[Int]]) {
        var marked = marked
        return marked.withUTF8 { render($0, style: style) }
    }

    /// The matches as the JSON array `[[start,end],...]`.
    static func json(_ matches: [[Int]]) -> String {
        var bytes: [UInt8] = [0x5B]
        for (position, match) in matches.enumerated() {
            bytes.append(contentsOf: position == 0 ? [0x5B] : [0x2C, 0x5B])
            CSVField.appendDecimal(Int64(match[0]), to: &bytes)
            bytes.append(0x2C)
            CSVField.appendDecimal(Int64(match[1]), to: &bytes)
            bytes.append(0x5D)
        }
        bytes.append(0x5D)
        return String(decoding: bytes, as: UTF8.self)
    }

    // Over UTF-8: each marker is the three bytes EE 80 80 (open) or EE 80 81 (close), a line
    // end one byte, and a scalar starts at every byte that is not a continuation byte
    // (10xxxxxx). Building the text scalar by scalar cost several times more, about a tenth of
    // a search that prints twenty snippets.
    private static func render(_ marked: UnsafeBufferPointer<UInt8>, style: SnippetStyle)
        -> (text: String, matches: [[Int]])
    {
        let (open, close): (String, String) =
            switch style {
            case .bold: ("\u{1B}[1m", "\u{1B}[0m")
            case .markers(let open, let close): (open, close)
            case .offsets: ("", "")
            }
        var text: [UInt8] = []
        text.reserveCapacity(marked.count + 16)
        var matches: [[Int]] = []
        var count = 0
        var openedAt = 0
        var runStart = 0
        var index = 0
        // Runs between markers and line ends are copied whole; the loop only counts scalars.
        while index < marked.count {
            let byte = marked[index]
            let isMarker =
                byte == 0xEE && index + 2 < marked.count && marked[index + 1] == 0x80
                && marked[index + 2] & 0xFE == 0x80
            guard isMarker || byte == 0x0A || byte == 0x0D else {
                if byte & 0xC0 != 0x80 { count += 1 }
                index += 1
                continue
            }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: marked[runStart..<index]))
            if !isMarker {
                text.append(0x20)
                count += 1
                index += 1
            } else if marked[index + 2] == 0x80 {
                openedAt = count
                text.append(contentsOf: open.utf8)
                index += 3
            } else {
                matches.append([openedAt, count])
                text.append(contentsOf: close.utf8)
                index += 3
            }
            runStart = index
        }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: marked[runStart..<marked.count]))
        return (String(decoding: text, as: UTF8.self), matches)
    }
}
