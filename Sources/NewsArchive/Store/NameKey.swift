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

    /// Unicode's full case folding, which the standard library does not offer: the lower-case
    /// form, or for the few letters whose lower case still folds (ß, ς, ligatures such as ﬁ)
    /// the lower case of the upper case ("ss", "σ", "fi").
    private static func caseFolded(_ scalar: Unicode.Scalar) -> String {
        let lower = scalar.properties.lowercaseMapping
        guard lower == String(scalar) else { return lower }
        return scalar.properties.uppercaseMapping.lowercased()
    }
}
