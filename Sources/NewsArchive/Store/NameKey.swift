// The standard library's canonical decomposition (what Foundation's own string folding uses),
// so that folding names needs neither Foundation's Unicode tables nor ICU.
@_spi(_Unicode) import Swift

/// The folded form of a name that the archive matches names by: lower case, no diacritics,
/// straight apostrophes, single spaces.
///
/// `NameKey.make("  Seán  O’Brien ")` is `"sean o'brien"`.
public enum NameKey {
    /// Folds a name for matching.
    public static func make(_ name: String) -> String {
        foldedASCII(name) ?? foldedScalars(name)
    }

    /// The folding of any name, scalar by scalar after canonical decomposition.
    static func foldedScalars(_ name: String) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name._nfd {
            if scalar.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            // Diacritics are the combining marks that decomposition split off their letters.
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if pendingSpace {
                folded.append(" ")
                pendingSpace = false
            }
            if scalar == "’" {
                folded.append("'")
            } else if scalar.properties.changesWhenCaseFolded {
                folded.append(contentsOf: Self.caseFolded(scalar).unicodeScalars)
            } else {
                folded.append(scalar)
            }
        }
        return String(folded)
    }

    /// The same folding for a name that is all ASCII, byte by byte, or nil for any other name.
    /// ASCII is its own canonical decomposition and has no combining marks; its white space is
    /// tab to carriage return and the space, and only A to Z change when case folded.
    static func foldedASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace {
                        output[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    output[count] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }
    }

    /// Unicode's full case folding, which the standard library does not offer: the lower-case
    /// form, or for the few letters whose lower case still folds (ß, ς, ligatures such as ﬁ)
    /// the lower case of the upper case ("ss", "σ", "fi").
    private static func caseFolded(_ scalar: Unicode.Scalar) -> String {
        let lower = scalar.properties.lowercaseMapping
        guard lower == String(scalar) else { return lower }
        return scalar.properties.uppercaseMapping.lowercased()
    }
}
