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

    let kind: Kind
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
    var quote: Int = -1 { didSet { isInsideQuote = quote >= 0 } }
    /// The index of the sentence the token belongs to.
    var sentence: Int = 0
    // `isWord` and `isInsideQuote` are stored rather than computed: a computed property read
    // from an array's element made the compiler copy the whole token, retaining and releasing
    // its two strings, on each of the extractors' many reads.
    let isWord: Bool
    private(set) var isInsideQuote = false

    init(
        kind: Kind, start: Int, end: Int, text: String, lower: String, isCapitalized: Bool,
        isAllCaps: Bool, isPossessive: Bool
    ) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.lower = lower
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.isPossessive = isPossessive
        isWord = kind == .word
    }

    /// The token as written without a possessive `’s`.
    var base: String {
        isPossessive ? String(String.UnicodeScalarView(text.unicodeScalars.dropLast(2))) : text
    }
}
