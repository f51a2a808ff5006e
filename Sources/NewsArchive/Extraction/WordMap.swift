/// A fixed map from lower-case words to values, such as a lexicon's genders or lemmas, with a
/// fast look-up.
///
/// Behaves as `Dictionary<String, Value>`'s subscript does; see ``WordTable`` for why it is
/// faster.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let table: WordTable
    private let values: [Value]

    init(_ dictionary: [String: Value]) {
        table = WordTable(Array(dictionary.keys))
        values = Array(dictionary.values)
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }

    subscript(word: String) -> Value? {
        table.index(of: word).map { values[$0] }
    }
}
