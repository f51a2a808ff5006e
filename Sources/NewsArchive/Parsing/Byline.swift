/// "By NAME" lines: "By Jane Smith", "By Jane Smith, Reuters", "By Jane Smith and Ravi Patel",
/// "BY JANE SMITH".
enum Byline {
    /// The authors as printed, without the leading "By"; nil when the line is not a byline.
    static func authors(in line: Substring) -> Substring? {
        guard line.utf8.count <= 160, line.prefix(3).asciiLowercased() == "by " else { return nil }
        let names = line.dropFirst(3).trimmingWhiteSpace()
        let words = names.split(separator: " ")
        guard (1...14).contains(words.count), let first = names.unicodeScalars.first,
            first.isUppercaseLetter
        else { return nil }
        // Prose starting with "By" ("By Tuesday the talks had failed.") ends like a sentence;
        // a name list does not, apart from an initial ("By Jane Q.").
        if let last = words.last, last.hasSuffix("."), last.unicodeScalars.count > 2 {
            return nil
        }
        // Every word of a name is capitalised, apart from joining words and particles.
        let lowercaseAllowed: Set<Substring> = [
            "and", "&", "in", "for", "of", "de", "da", "van", "von", "der", "la", "le", "du",
            "bin", "al", "el", "y", "at", "with", "|", "-", "–", "—",
        ]
        var lowercaseWords = 0
        for word in words {
            guard let scalar = word.unicodeScalars.first else { continue }
            if scalar.isLetter && !scalar.isUppercaseLetter && !lowercaseAllowed.contains(word) {
                lowercaseWords += 1
            }
            if scalar.isASCIIDigit { return nil }
        }
        guard lowercaseWords == 0 else { return nil }
        return names
    }
}
