/// An immutable open-addressing table of words, the core of ``WordSet`` and ``WordMap``; a
/// class, so that a look-up retains one object rather than each of its arrays.
///
/// The lexicons are looked up for nearly every token, and `Set<String>` spends most of that
/// time in the seeded SipHash. Here an ASCII word is hashed with FNV-1a over its UTF-8 bytes
/// and compared byte for byte; words outside ASCII go through a `Dictionary`, so lookups keep
/// `String`'s equality (canonical equivalence) exactly.
final class WordTable: Sendable {
    /// The ASCII words' bytes, one after another.
    private let bytes: [UInt8]
    /// Where each ASCII word starts in `bytes`; one more entry than there are words.
    private let starts: [Int]
    /// The position among the ASCII words held in each slot, or -1 for an empty slot.
    private let slots: [Int]
    /// The word index of each ASCII word, by its position among the ASCII words.
    private let asciiIndices: [Int]
    /// A bit for each length, first byte and last byte of an ASCII word (``shapeBit(_:_:_:)``):
    /// most queries are no word, and most of those have a shape no word has.
    private let shapes: [UInt64]
    /// The word index of every word, ASCII or not, for queries outside ASCII.
    private let all: [String: Int]
    /// Some word is not ASCII, so a query outside ASCII may be one.
    private let hasOtherWords: Bool
    /// Some word outside ASCII is equal to an ASCII string (`\u{212A}ing` is `King`), so an
    /// ASCII query that misses the table asks `all` too.
    private let hasASCIIEquivalents: Bool

    /// Indexes `words`; a word's index is its position in the sequence (the first one wins).
    init(_ words: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        var asciiIndex: [Int] = []
        var all: [String: Int] = [:]
        var shapes = [UInt64](repeating: 0, count: Self.shapeBits / 64)
        var hasASCIIEquivalents = false
        for (index, word) in words.enumerated() {
            guard all[word] == nil else { continue }
            all[word] = index
            guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
                hasASCIIEquivalents = hasASCIIEquivalents || Self.mayEqualASCII(word)
                continue
            }
            let bit = Self.shapeBit(word.utf8.count, word.utf8.first, word.utf8.last)
            shapes[bit / 64] |= 1 << UInt64(bit % 64)
            bytes.append(contentsOf: word.utf8)
            starts.append(bytes.count)
            asciiIndex.append(index)
        }
        var capacity = 8
        while capacity < asciiIndex.count * 2 { capacity *= 2 }
        var slots = [Int](repeating: -1, count: capacity)
        for k in asciiIndex.indices {
            var slot = Self.hash(bytes[starts[k]..<starts[k + 1]]) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = k
        }
        self.slots = slots
        self.asciiIndices = asciiIndex
        self.bytes = bytes
        self.starts = starts
        self.shapes = shapes
        self.all = all
        hasOtherWords = asciiIndex.count < all.count
        self.hasASCIIEquivalents = hasASCIIEquivalents
    }

    /// The index of `word`, if the table holds it.
    func index(of word: String) -> Int? {
        let found = word.utf8.withContiguousStorageIfAvailable { asciiIndex(of: $0) } ?? notASCII
        if found >= 0 { return found }
        if found == asciiMiss { return hasASCIIEquivalents ? all[word] : nil }
        // `don’t`, `o’malley`: a word outside ASCII that only ASCII words could equal is none
        // of them, with no need to hash it.
        return hasOtherWords || Self.mayEqualASCII(word) ? all[word] : nil
    }

    /// Whether `word` may equal an ASCII string: each of its scalars is ASCII or one of the
    /// three that stand for ASCII ones (``ScalarClass/standsForASCII(_:)``).
    private static func mayEqualASCII(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.isASCII || ScalarClass.standsForASCII($0) }
    }

    /// What ``asciiIndex(of:)`` returns for a miss, and for a query that is not ASCII.
    private var asciiMiss: Int { -1 }
    private var notASCII: Int { -2 }

    /// The index of an ASCII word, `asciiMiss`, or `notASCII`.
    private func asciiIndex(of query: UnsafeBufferPointer<UInt8>) -> Int {
        // Most queries have a shape no word has: tell them apart without hashing.
        let bit = Self.shapeBit(query.count, query.first, query.last)
        if shapes[bit / 64] & (1 << UInt64(bit % 64)) == 0 {
            for byte in query where byte >= 0x80 { return notASCII }
            return asciiMiss
        }
        var hash: UInt32 = 2_166_136_261
        var high: UInt8 = 0
        for byte in query {
            high |= byte
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        guard high < 0x80 else { return notASCII }
        // Probing through buffer pointers: the arrays' bounds checks and the loads of the
        // class's stored constants were a fifth of a look-up.
        return slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { bytes in
                    let mask = slots.count - 1
                    var slot = Int(hash) & mask
                    while true {
                        let k = slots[slot]
                        if k < 0 { return asciiMiss }
                        let start = starts[k]
                        if starts[k + 1] - start == query.count,
                            !query.indices.contains(where: { bytes[start + $0] != query[$0] })
                        {
                            return asciiIndices[k]
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// How many bits ``shapes`` has.
    private static let shapeBits = 4096

    /// The bit of ``shapes`` for a word's length, first byte and last byte.
    private static func shapeBit(_ count: Int, _ first: UInt8?, _ last: UInt8?) -> Int {
        let key =
            UInt32(truncatingIfNeeded: count) << 16 | UInt32(first ?? 0) << 8 | UInt32(last ?? 0)
        // Fibonacci hashing: the product's top bits mix all three.
        return Int((key &* 0x9E37_79B1) >> 20)
    }

    private static func hash(_ word: ArraySlice<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash)
    }
}
