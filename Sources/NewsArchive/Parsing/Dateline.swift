/// Newswire datelines at the start of a story: "LONDON (Reuters) - ", "DALLAS (AP) — ",
/// "WASHINGTON, Dec. 8 (UPI) — ", "CAMBRIDGE, Mass., Dec. 11 (UPI) — ", "NEW YORK — ".
enum Dateline {
    /// The place and the text after the dateline, or nil when the paragraph has none.
    static func split(_ paragraph: Substring) -> (place: Substring, rest: Substring)? {
        guard let dash = separator(in: paragraph) else { return nil }
        let prefix = paragraph[..<dash.lowerBound].trimmingWhiteSpace()
        let rest = paragraph[dash.upperBound...].trimmingWhiteSpace()
        guard !prefix.isEmpty, !rest.isEmpty, prefix.unicodeScalars.count <= 70 else {
            return nil
        }
        // The place: capitals, spaces and the punctuation of names such as "ST. LOUIS".
        let scalars = prefix.unicodeScalars
        let placeEnd =
            scalars.firstIndex { !($0.isLetter || " .-'’".unicodeScalars.contains($0)) }
            ?? scalars.endIndex
        let place = prefix[..<placeEnd].trimmingWhiteSpace()
        let details = prefix[placeEnd...].trimmingWhiteSpace()
        guard let first = place.unicodeScalars.first, first.isUppercaseLetter,
            place.split(separator: " ").count <= 4
        else { return nil }
        let isCapitals =
            place.unicodeScalars.allSatisfy { !$0.isLetter || $0.isUppercaseLetter }
            && place.unicodeScalars.filter(\.isUppercaseLetter).count >= 2
        let hasAgency = details.hasSuffix(")") && details.contains("(")
        if details.isEmpty {
            return isCapitals ? (place, rest) : nil
        }
        // Whatever follows the place is a date or a state, then the agency in brackets.
        guard details.hasPrefix(",") || details.hasPrefix("("), isCapitals || hasAgency,
            details.unicodeScalars.count <= 40
        else { return nil }
        if details.hasPrefix(","), !hasAgency, !isCapitals { return nil }
        return (place, rest)
    }

    /// The first dash that ends a dateline: " - ", " -- ", " – ", " — " or "—" after ")".
    private static func separator(in paragraph: Substring) -> Range<Substring.Index>? {
        let scalars = paragraph.unicodeScalars
        var index = scalars.startIndex
        var count = 0
        while index < scalars.endIndex && count < 80 {
            let scalar = scalars[index]
            if scalar == "-" || scalar == "–" || scalar == "—" {
                var end = scalars.index(after: index)
                if scalar == "-", end < scalars.endIndex, scalars[end] == "-" {
                    end = scalars.index(after: end)
                }
                let before =
                    index > scalars.startIndex ? scalars[scalars.index(before: index)] : " "
                let after = end < scalars.endIndex ? scalars[end] : "x"
                let spacedBefore = before == " " || before == ")" && scalar != "-"
                if spacedBefore && (after == " " || scalar != "-" && after.isLetter) {
                    return index..<end
                }
            }
            index = scalars.index(after: index)
            count += 1
        }
        return nil
    }
}
