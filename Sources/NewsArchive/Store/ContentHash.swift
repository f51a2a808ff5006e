/// A 128-bit fingerprint of an article's content, used to find the same article under
/// another key.
///
/// It covers the headline, standfirst and body with white space folded, so a copy that differs
/// only in line ends, indentation or trailing spaces has the same hash. It is FNV-1a over
/// UTF-8: fast and stable across runs and platforms, not a defence against forged collisions.
public enum ContentHash {
    /// The 128-bit FNV offset basis, as its high and low halves.
    private static let offsetBasis = Halves(
        high: 0x6c62_272e_07bb_0142, low: 0x62b8_2175_6295_c58d)

    /// The hash of an article as 32 lower-case hexadecimal digits.
    public static func make(_ article: Article) -> String {
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
                        hash.mix(0x20)
                        pendingSpace = false
                    }
                    hash.mix(byte)
                }
            }
            // A separator no text contains, so moving words between fields changes the hash.
            hash.mix(0x1E)
        }
        return hash.hexadecimal
    }

    /// A 128-bit FNV-1a state as two 64-bit halves: the prime is 2^88 + 0x13B, so a step is
    /// one wide multiplication by a small number and a shift, where `UInt128`'s `&*` did a full
    /// 128-bit product (and, in unoptimised builds, a generic conversion of each byte).
    private struct Halves {
        var high: UInt64
        var low: UInt64

        mutating func mix(_ byte: UInt8) {
            let low = self.low ^ UInt64(byte)
            let product = low.multipliedFullWidth(by: 0x13B)
            high = high &* 0x13B &+ product.high &+ (low << 24)
            self.low = product.low
        }

        /// The 32 lower-case hexadecimal digits, high half first: `String(_:radix:)` on a
        /// `UInt128` took some 20,000 instructions.
        var hexadecimal: String {
            String(unsafeUninitializedCapacity: 32) { buffer in
                for (half, value) in [high, low].enumerated() {
                    for k in 0..<16 {
                        let digit = UInt8(truncatingIfNeeded: value >> UInt64(60 - 4 * k)) & 0xF
                        buffer[16 * half + k] = digit < 10 ? 0x30 + digit : 0x57 + digit
                    }
                }
                return 32
            }
        }
    }
}
