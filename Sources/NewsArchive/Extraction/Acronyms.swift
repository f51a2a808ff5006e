/// Acronyms that stand for a body the same article names in full (`FT` and `Financial
/// Times`, `METI` and `Ministry of Economy, Trade and Industry`).
enum Acronyms {
    /// The full name each acronym among these organisation names stands for, when exactly one
    /// of the names has the acronym's initials.
    static func fullNames(_ names: [String]) -> [String: String] {
        let acronyms = Set(names.filter(isAcronym))
        guard !acronyms.isEmpty else { return [:] }
        var fullNames: [String: String] = [:]
        var ambiguous = Set<String>()
        for name in names where name.containsSpace {
            guard let initials = initials(of: name), acronyms.contains(initials) else { continue }
            if let other = fullNames[initials], other != name { ambiguous.insert(initials) }
            fullNames[initials] = name
        }
        for acronym in ambiguous { fullNames[acronym] = nil }
        return fullNames
    }

    /// Two to six capital letters and nothing else.
    static func isAcronym(_ name: String) -> Bool {
        (2...6).contains(name.utf8.count)
            && name.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// The capitals that open the words of a name, past the small words between them
    /// (`of`, `and`, `the`); nil when another word opens in lower case or with no letter.
    static func initials(of name: String) -> String? {
        var initials = ""
        for word in name.split(whereSeparator: { $0 == " " || $0 == "-" }) {
            let bare = String(word).trimmingPunctuation()
            guard let first = bare.unicodeScalars.first else { continue }
            if smallWords.contains(bare.lowercased()) { continue }
            guard first.isASCII, first.properties.isUppercase else { return nil }
            initials.unicodeScalars.append(first)
        }
        return initials.isEmpty ? nil : initials
    }

    private static let smallWords: WordSet = [
        "of", "and", "the", "for", "&", "on", "in", "de", "du", "des", "la", "le", "y",
    ]
}
