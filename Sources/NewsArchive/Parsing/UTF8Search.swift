import Glibc

extension String.UTF8View {
    /// The index of the first `byte` at or after `start`, or nil.
    ///
    /// `firstIndex(of:)` on the view steps through its indices one byte at a time; this is
    /// `memchr` over the string's contiguous bytes, which every native string has.
    func firstIndex(of byte: UInt8, from start: Index) -> Index? {
        let offset = distance(from: startIndex, to: start)
        let found = withContiguousStorageIfAvailable { bytes -> Int? in
            guard offset < bytes.count, let base = bytes.baseAddress,
                let hit = memchr(base + offset, Int32(byte), bytes.count - offset)
            else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }
        guard let found else { return self[start...].firstIndex(of: byte) }
        return found.map { index(startIndex, offsetBy: $0) }
    }
}
