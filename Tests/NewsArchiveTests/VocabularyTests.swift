import Testing

@testable import NewsArchive

/// `Vocabulary` must answer as `Set<String>` does, for ASCII words, words outside ASCII and
/// the few scalars that `String` equality treats as ASCII.
@Suite("Vocabulary")
struct VocabularyTests {
    static let words = [
        "the", "said", "o’malley", "smith-jones", "u.s", "café", "cafe\u{301}", "müller",
        "straße", "\u{212A}elvin", "a", "", "don't", "1,000", "北京",
    ]

    static let queries =
        words + [
            "The", "sai", "saids", "cafe", "café", "mu\u{308}ller", "Kelvin", "kelvin",
            "\u{212A}", "K", "b", " ", "smith", "北",
        ]

    @Test("contains answers as Set<String>.contains does")
    func matchesSet() {
        var vocabulary = Vocabulary()
        var set = Set<String>()
        for word in Self.words {
            vocabulary.insert(word)
            set.insert(word)
            for query in Self.queries {
                #expect(vocabulary.contains(query) == set.contains(query), "\(query)")
            }
        }
    }

    @Test("a vocabulary keeps every word as it grows")
    func grows() {
        var vocabulary = Vocabulary()
        for n in 0..<5_000 { vocabulary.insert("w\(n)") }
        for n in 0..<5_000 { #expect(vocabulary.contains("w\(n)")) }
        #expect(!vocabulary.contains("w5000"))
    }

    @Test("a vocabulary made with room for words answers as a grown one does")
    func capacity() {
        var roomy = Vocabulary(capacity: 1_000)
        var grown = Vocabulary()
        for n in 0..<3_000 {
            roomy.insert("w\(n)")
            grown.insert("w\(n)")
        }
        for n in 0..<3_100 { #expect(roomy.contains("w\(n)") == grown.contains("w\(n)")) }
    }

    @Test("an array literal makes a vocabulary")
    func arrayLiteral() {
        let vocabulary: Vocabulary = ["minister", "police"]
        #expect(vocabulary.contains("police"))
        #expect(!vocabulary.contains("Police"))
    }

    @Test("a word set answers as a set of its words does, and knows its phrases' first words")
    func wordSet() {
        let words = ["new york", "the hague", "paris", "são paulo", "rio de janeiro"]
        let set = WordSet(words)
        for word in words + ["new", "york", "hague", "são", "rio de", "Paris", ""] {
            #expect(set.contains(word) == Set(words).contains(word), "\(word)")
        }
        #expect(set.hasPhrase(startingWith: "new"))
        #expect(set.hasPhrase(startingWith: "the"))
        #expect(set.hasPhrase(startingWith: "são"))
        #expect(set.hasPhrase(startingWith: "rio"))
        #expect(!set.hasPhrase(startingWith: "paris"))
        #expect(!set.hasPhrase(startingWith: "york"))
    }

    @Test("a word set answers as a set does for queries outside ASCII and for near misses")
    func wordSetQueries() {
        let ascii = ["king", "don't", "a;b", "kelvin", "new york"]
        let mixed = ["café", "\u{212A}ing", "o’malley", "a;b", "new york"]
        let queries = [
            "king", "King", "\u{212A}ing", "don’t", "don't", "a\u{037E}b", "cafe\u{301}", "café",
            "o’malley", "o'malley", "kelvim", "jelvin", "new yorc", "", "k", "\u{212A}",
        ]
        for words in [ascii, mixed] {
            let set = WordSet(words)
            for query in queries {
                #expect(set.contains(query) == Set(words).contains(query), "\(query)")
            }
        }
    }
}
