/// A fixed set of lower-case words, such as a lexicon, with a fast membership test.
///
/// Behaves as `Set<String>.contains` does; see ``WordTable`` for why it is faster.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable

    init(_ words: some Sequence<String>) {
        table = WordTable(Array(words))
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool {
        table.index(of: word) != nil
    }
}
