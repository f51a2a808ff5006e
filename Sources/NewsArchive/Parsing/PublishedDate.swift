import FoundationEssentials

/// Publication dates: the ways articles print them, turned into ISO 8601.
///
/// ```swift
/// PublishedDate.iso8601(from: "12 March 2019, 14:05 GMT")  // "2019-03-12T14:05:00Z"
/// PublishedDate.iso8601(from: "March 12, 2019")            // "2019-03-12"
/// PublishedDate.iso8601(from: "12/03/2019")                // "2019-03-12" (day first)
/// PublishedDate.iso8601(from: "last Tuesday")              // nil
/// ```
public enum PublishedDate {
    /// The date written in `text` as ISO 8601, or nil when the text is not clearly one date.
    ///
    /// Reads ISO 8601 dates and date-times, "12 March 2019", "March 12, 2019", "Tue 12 Mar 2019
    /// 14.05 GMT" and numeric dates with the day first ("12/03/2019", as in the UK). A leading
    /// weekday and words such as "Published", "Updated", "on" and "at" are skipped. A time gives
    /// a UTC date-time (`2019-03-12T14:05:00Z`) only when a zone says what it means (`Z`, `GMT`,
    /// `UTC`, `BST`, `EST`, an offset such as `+01:00`); otherwise the result is the date alone.
    public static func iso8601(from text: String) -> String? {
        var scanner = DateScanner(text)
        return scanner.scan()?.iso8601
    }

    /// Checks a date typed by a user (for `--since` and `--until`) and returns it in the form the
    /// archive stores: `2019`, `2019-03`, `2019-03-12` or `2019-03-12T14:05:00Z`.
    ///
    /// Accepts ISO 8601 only, with optional zero padding ("2019-3-2"), so that "03/04/2019" is
    /// never read in a way the user did not mean.
    ///
    /// - Throws: ``PublishedDateError/notISO8601(_:)`` for anything else, and
    ///   ``PublishedDateError/noSuchDate(_:)`` for a date that does not exist (2019-02-30).
    public static func validatedUserDate(_ input: String) throws(PublishedDateError) -> String {
        let trimmed = input.trimmingWhiteSpace()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let isNumeric = { (part: Substring) in
            !part.isEmpty && part.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        if (1...2).contains(parts.count), parts.allSatisfy(isNumeric), parts[0].count == 4 {
            if parts.count == 1 { return String(parts[0]) }
            guard parts[1].count <= 2, let month = Int(parts[1]), (1...12).contains(month) else {
                throw .noSuchDate(input)
            }
            return "\(parts[0])-\(twoDigits(month))"
        }
        var scanner = DateScanner(trimmed)
        guard let date = scanner.scanISO8601(), scanner.isAtEnd else {
            throw .notISO8601(input)
        }
        guard date.isValid else { throw .noSuchDate(input) }
        return date.iso8601
    }

    static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

/// Why a date typed by a user was refused.
public enum PublishedDateError: Error, Equatable, Sendable {
    /// The input is not an ISO 8601 date.
    case notISO8601(String)
    /// The input has the form of a date that does not exist, such as 2019-02-30.
    case noSuchDate(String)
}

extension PublishedDateError: CustomStringConvertible {
    /// A one-line reason with the form that is expected.
    public var description: String {
        switch self {
        case .notISO8601(let input):
            return "'\(input)' is not an ISO 8601 date; write it as YYYY-MM-DD (for example"
                + " 2019-03-12), YYYY-MM or YYYY"
        case .noSuchDate(let input):
            return "'\(input)' is not a real date"
        }
    }
}

extension PublishedDateError: LocalizedError {
    /// The same text as ``description``.
    public var errorDescription: String? { description }
}
