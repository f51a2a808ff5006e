import Foundation

/// The folded form of a name that the archive matches names by: lower case, no diacritics,
/// straight apostrophes, single spaces.
///
/// `NameKey.make("  Seán  O’Brien ")` is `"sean o'brien"`.
public enum NameKey {
    /// Folds a name for matching.
    public static func make(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
