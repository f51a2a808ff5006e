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
    static let openMarker: Unicode.Scalar = "\u{E000}"
    static let closeMarker: Unicode.Scalar = "\u{E001}"
    /// The SQL arguments of snippet() that produce the markers.
    static let sqlMarkers = "char(57344), char(57345), '…'"

    /// The snippet text in a style, and the matches as [start, end) offsets in Unicode scalars
    /// of the text without markers.
    static func render(_ marked: String, style: SnippetStyle) -> (text: String, matches: [[Int]]) {
        var text = String.UnicodeScalarView()
        var matches: [[Int]] = []
        var count = 0
        var openedAt = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case openMarker:
                openedAt = count
                switch style {
                case .bold: text.append(contentsOf: "\u{1B}[1m".unicodeScalars)
                case .markers(let open, _): text.append(contentsOf: open.unicodeScalars)
                case .offsets: break
                }
            case closeMarker:
                matches.append([openedAt, count])
                switch style {
                case .bold: text.append(contentsOf: "\u{1B}[0m".unicodeScalars)
                case .markers(_, let close): text.append(contentsOf: close.unicodeScalars)
                case .offsets: break
                }
            case "\n", "\r":
                text.append(" ")
                count += 1
            default:
                text.append(scalar)
                count += 1
            }
        }
        return (String(text), matches)
    }
}
