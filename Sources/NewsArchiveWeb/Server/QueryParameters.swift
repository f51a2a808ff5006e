import Foundation

/// The query string of a request, checked: unknown names and unusable values are a
/// ``WebError/badRequest(_:)`` with a sentence that says what to send instead.
struct QueryParameters {
    private var values: [String: String] = [:]

    /// The longest value accepted, in characters.
    static let maximumLength = 500

    /// Parses a raw query string (`a=1&b=two+words`), accepting only the names in `allowed`.
    /// - Throws: ``WebError/badRequest(_:)``.
    init(query: String?, allowed: Set<String>) throws {
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = try parts.count > 1 ? Self.decode(parts[1]) : ""
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw WebError.badRequest(
                    "Unknown parameter '\(name)'. "
                        + (known.isEmpty ? "This page takes none." : "This page takes: \(known)."))
            }
            guard value.count <= Self.maximumLength else {
                throw WebError.badRequest(
                    "The value of '\(name)' is longer than \(Self.maximumLength) characters; shorten it."
                )
            }
            values[name] = value
        }
    }

    private static func decode(_ component: Substring) throws -> String {
        let spaced = component.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw WebError.badRequest(
                "'\(component)' is not a valid percent-encoded query component.")
        }
        return decoded
    }

    /// The value with surrounding white space removed; nil when absent or blank.
    func string(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines),
            !value.isEmpty
        else { return nil }
        return value
    }

    /// A whole number within `range`; nil when absent.
    /// - Throws: ``WebError/badRequest(_:)`` for anything else.
    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw WebError.badRequest(
                "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound); got '\(text)'."
            )
        }
        return number
    }

    /// An ISO 8601 calendar date (`2019-03-12`); nil when absent.
    /// - Throws: ``WebError/badRequest(_:)`` for anything else.
    func date(_ name: String) throws -> String? {
        guard let text = string(name) else { return nil }
        guard Self.isISODate(text) else {
            throw WebError.badRequest(
                "'\(name)' needs a date as YYYY-MM-DD, such as 2019-03-12; got '\(text)'.")
        }
        return text
    }

    /// One of a closed set of values; nil when absent.
    /// - Throws: ``WebError/badRequest(_:)`` for a value outside the set.
    func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, of type: Choice.Type)
        throws -> Choice? where Choice.RawValue == String
    {
        guard let text = string(name) else { return nil }
        guard let choice = Choice(rawValue: text.lowercased()) else {
            let options = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw WebError.badRequest("'\(name)' must be one of \(options); got '\(text)'.")
        }
        return choice
    }

    private static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        // Rejects 2019-02-30 as well as 2019-13-01.
        return year > 0 && (1...12).contains(month) && (1...31).contains(day)
            && Calendar(identifier: .gregorian).date(from: components).map {
                Calendar(identifier: .gregorian).component(.day, from: $0) == day
            } ?? false
    }
}
