/// A fixed set of lower-case words, such as a lexicon, with a fast membership test.
///
/// Behaves as `Set<String>.contains` does; see ``WordTable`` for why it is faster.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable
    /// The first words of the entries that are phrases (`new york` gives `new`).
    private let phraseHeads: WordTable

    init(_ words: some Sequence<String>) {
        let words = Array(words)
        table = WordTable(words)
        phraseHeads = WordTable(
            words.compactMap { word in
                word.firstIndex(of: " ").map { String(word[..<$0]) }
            })
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool {
        table.index(of: word) != nil
    }

    /// Whether some entry is a phrase that opens with `word`: when none does, a phrase of
    /// several words need not be joined to be looked up.
    func hasPhrase(startingWith word: String) -> Bool {
        phraseHeads.index(of: word) != nil
    }
}
