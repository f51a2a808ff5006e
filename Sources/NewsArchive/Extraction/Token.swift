/// One word, number or punctuation mark of a passage, with its place in the passage's scalars.
struct Token: Sendable {
    /// What kind of text a token is.
    enum Kind: UInt8, Sendable {
        case word
        case number
        case punctuation
        case quoteMark
        case dash
    }

    var kind: Kind
    /// Offset of the first scalar, within the passage.
    var start: Int
    /// Offset just past the last scalar, within the passage.
    var end: Int
    /// The token as written, possessive ending included.
    var text: String
    /// The lower-cased token without a possessive `’s`.
    var lower: String
    /// The first letter is upper case.
    var isCapitalized: Bool
    /// Every letter is upper case (two letters or more).
    var isAllCaps: Bool
    /// The token ends in `’s` or `'s`.
    var isPossessive: Bool
    /// The index of the quotation span (in ``Passage/quotes``) the token stands inside, or -1.
    var quote: Int = -1
    /// The index of the sentence the token belongs to.
    var sentence: Int = 0

    var isWord: Bool { kind == .word }

    /// The token as written without a possessive `’s`.
    var base: String {
        isPossessive ? String(String.UnicodeScalarView(text.unicodeScalars.dropLast(2))) : text
    }
    var isInsideQuote: Bool { quote >= 0 }
}
