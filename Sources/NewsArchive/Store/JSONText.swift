import Foundation

/// JSON text for the list-valued columns (captions, aliases, titles, mentions).
enum JSONText {
    /// A JSON array of strings.
    static func array(_ values: [String]) -> String {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: values, options: [.withoutEscapingSlashes])
        else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
