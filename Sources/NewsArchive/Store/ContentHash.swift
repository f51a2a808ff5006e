/// A 128-bit fingerprint of an article's content, used to find the same article under
/// another key.
///
/// It covers the headline, standfirst and body with white space folded, so a copy that differs
/// only in line ends, indentation or trailing spaces has the same hash. It is FNV-1a over
/// UTF-8: fast and stable across runs and platforms, not a defence against forged collisions.
public enum ContentHash {
    private static let offsetBasis: UInt128 = 0x6c62272e07bb0142_62b821756295c58d
    private static let prime: UInt128 = 0x0000000001000000_000000000000013B

    /// Each byte as a `UInt128`, looked up: converting with `UInt128(byte)` goes through the
    /// generic integer conversion in unoptimised builds, which made hashing a 50 MB article take
    /// seconds in the debug build the tests run.
    private static let byteValues: [UInt128] = (0...255).map { UInt128($0) }

    /// The hash of an article as 32 lower-case hexadecimal digits.
    public static func make(_ article: Article) -> String {
        // Locals, not statics, in the loop: each static read is a call in unoptimised builds.
        let prime = Self.prime
        let byteValues = Self.byteValues
        var hash = offsetBasis
        for var part in [article.headline, article.standfirst ?? ""] + article.paragraphs {
            var pendingSpace = false
            part.withUTF8 { bytes in
                for byte in bytes {
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                        pendingSpace = true
                        continue
                    }
                    if pendingSpace {
                        hash = (hash ^ 0x20) &* prime
                        pendingSpace = false
                    }
                    hash = (hash ^ byteValues[Int(byte)]) &* prime
                }
            }
            // A separator no text contains, so moving words between fields changes the hash.
            hash = (hash ^ 0x1E) &* prime
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 32 - text.count) + text
    }
}
