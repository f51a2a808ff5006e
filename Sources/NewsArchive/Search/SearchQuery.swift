/// A full-text query that SQLite's FTS5 always accepts, built from what a user typed.
///
/// Every word becomes a quoted FTS5 string, so `AND`, `NEAR`, `-`, `:` and brackets are plain
/// text; "double-quoted" (straight or curly) runs stay phrases; a trailing `*` keeps a prefix
/// search. Raw FTS5 syntax is passed through only with ``init(raw:)``.
///
/// ```swift
/// SearchQuery(words: "prime minister*")?.fts5   // "prime" "minister"*
/// SearchQuery(words: "“prime minister”")?.fts5  // "prime minister"
/// SearchQuery(words: "  ( ")                    // nil: nothing to search
/// ```
public struct SearchQuery: Sendable, Equatable {
    /// The text given to FTS5's MATCH.
    public let fts5: String
    /// True when the text is the user's own FTS5 syntax.
    public let isRaw: Bool

    /// Builds a safe query from a user's words; nil when they hold no searchable word.
    public init?(words: String) {
        var terms: [String] = []
        for piece in Self.pieces(of: words) {
            let isPrefix = !piece.isPhrase && piece.text.hasSuffix("*")
            let text = piece.text.trimmingSuffix(while: { $0 == "*" })
            // A term with no letter or digit tokenizes to nothing and matches nothing.
            guard text.unicodeScalars.contains(where: Self.isSearchable) else { continue }
            terms.append("\"" + Self.doublingQuotes(text) + "\"" + (isPrefix ? "*" : ""))
        }
        guard !terms.isEmpty else { return nil }
        fts5 = terms.concatenated(separator: " ")
        isRaw = false
    }

    /// Passes FTS5 syntax through as typed; SQLite checks it when the search runs.
    public init?(raw: String) {
        guard raw.unicodeScalars.contains(where: Self.isSearchable) else { return nil }
        fts5 = raw
        isRaw = true
    }

    /// The text with every quotation-mark scalar doubled, as FTS5 strings require.
    private static func doublingQuotes(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\"" { escaped.append(scalar) }
            escaped.append(scalar)
        }
        return String(escaped)
    }

    private static func isSearchable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private struct Piece {
        var text: String
        var isPhrase: Bool
    }

    /// Splits on white space, keeping quoted runs together; an unclosed quote runs to the end.
    ///
    /// It works on Unicode scalars, not characters: a quotation mark followed by a combining
    /// mark is one character but still a quotation mark to SQLite.
    private static func pieces(of input: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = String.UnicodeScalarView()
        var inPhrase = false
        func finish() {
            let trimmed = String(current).trimmingSuffix(while: \.isWhitespace)
            if !trimmed.isEmpty { pieces.append(Piece(text: trimmed, isPhrase: inPhrase)) }
            current = String.UnicodeScalarView()
        }
        for scalar in input.unicodeScalars {
            // Control characters (NUL among them, which would cut the query short inside
            // SQLite) separate words like white space.
            let isSpace =
                scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .control
            if isQuotationMark(scalar) {
                finish()
                inPhrase.toggle()
            } else if isSpace && !inPhrase {
                finish()
            } else if isSpace {
                if !current.isEmpty { current.append(" ") }
            } else {
                current.append(scalar)
            }
        }
        finish()
        return pieces
    }
}

/// The quotation marks that open or close a phrase in a query. (A switch: a literal `Set` is
/// built at run time, which costs a search's start more than the scan it speeds up.)
private func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "“", "”", "„", "«", "»": true
    default: false
    }
}

extension String {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var result = self
        while let last = result.last, predicate(last) { result.removeLast() }
        return result
    }
}
