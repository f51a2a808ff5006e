/// The words of one article, gathered as it is read, with a fast membership test.
///
/// Behaves as `Set<String>`'s `insert` and `contains` do. Every token of an article is
/// inserted, and `Set<String>` spent most of that time in the seeded SipHash: here an ASCII word
/// is hashed with FNV-1a over its UTF-8 bytes and compared byte for byte, as in ``WordTable``;
/// words outside ASCII go into a `Set<String>`, so they keep `String`'s equality (canonical
/// equivalence) exactly.
struct Vocabulary: Sendable, ExpressibleByArrayLiteral {
    /// The ASCII words' bytes, one after another.
    private var bytes: [UInt8] = []
    /// Where each ASCII word starts in `bytes`; one more entry than there are words.
    private var starts: [Int] = [0]
    /// The position of the ASCII word held in each slot, or -1 for an empty slot.
    private var slots = [Int](repeating: -1, count: 64)
    /// The words outside ASCII.
    private var others: Set<String> = []

    /// An empty vocabulary.
    init() {}

    /// An empty vocabulary with room for `capacity` words before it grows.
    init(capacity: Int) {
        var slotCount = slots.count
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = [Int](repeating: -1, count: slotCount)
    }

    init(arrayLiteral words: String...) {
        for word in words { insert(word) }
    }

    /// Adds `word`.
    mutating func insert(_ word: String) {
        let asciiDone = word.utf8.withContiguousStorageIfAvailable { query -> Bool in
            guard Self.isASCII(query) else { return false }
            var slot = Self.hash(query) & (slots.count - 1)
            while true {
                let k = slots[slot]
                if k < 0 { break }
                if matches(query, word: k) { return true }
                slot = (slot + 1) & (slots.count - 1)
            }
            bytes.append(contentsOf: query)
            starts.append(bytes.count)
            slots[slot] = starts.count - 2
            if (starts.count - 1) * 2 > slots.count { grow() }
            return true
        }
        if asciiDone != true { others.insert(word) }
    }

    /// Whether `word` was inserted, or a word equal to it.
    func contains(_ word: String) -> Bool {
        let found = word.utf8.withContiguousStorageIfAvailable { query -> Bool? in
            Self.isASCII(query) ? asciiContains(query) : nil
        }.flatMap { $0 }
        if let found {
            return found || (!others.isEmpty && others.contains(word))
        }
        if others.contains(word) { return true }
        // Three scalars outside ASCII are canonically equivalent to ASCII ones (U+212A KELVIN
        // SIGN is "K"), and `String`'s equality sees through them: compare such a word with
        // every ASCII word, as `Set<String>` would find it.
        guard word.unicodeScalars.contains(where: ScalarClass.standsForASCII) else { return false }
        return starts.indices.dropLast().contains { k in
            String(decoding: bytes[starts[k]..<starts[k + 1]], as: UTF8.self) == word
        }
    }

    private func asciiContains(_ query: UnsafeBufferPointer<UInt8>) -> Bool {
        let mask = slots.count - 1
        var slot = Self.hash(query) & mask
        while true {
            let k = slots[slot]
            if k < 0 { return false }
            if matches(query, word: k) { return true }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ query: UnsafeBufferPointer<UInt8>, word k: Int) -> Bool {
        let start = starts[k]
        guard starts[k + 1] - start == query.count else { return false }
        for i in query.indices where bytes[start + i] != query[i] { return false }
        return true
    }

    private mutating func grow() {
        var slots = [Int](repeating: -1, count: self.slots.count * 2)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { all in
            for k in 0..<(starts.count - 1) {
                let word = UnsafeBufferPointer(rebasing: all[starts[k]..<starts[k + 1]])
                var slot = Self.hash(word) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = k
            }
        }
        self.slots = slots
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        return high < 0x80
    }

    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash)
    }
}
