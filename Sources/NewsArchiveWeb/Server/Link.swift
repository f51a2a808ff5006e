import Foundation

/// Addresses of the server's own pages, with their query strings percent-encoded.
enum Link {
    /// A path with query parameters; nil and empty values are left out.
    ///
    /// ```swift
    /// Link.to("/search", ["q": "flood risk", "page": "2"])  // /search?q=flood%20risk&page=2
    /// ```
    static func to(_ path: String, _ parameters: KeyValuePairs<String, String?> = [:]) -> String {
        let pairs = parameters.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return encode(name) + "=" + encode(value)
        }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    /// A path with query parameters given as a list, for links built up step by step.
    static func to(_ path: String, pairs parameters: [(String, String?)]) -> String {
        let pairs = parameters.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return encode(name) + "=" + encode(value)
        }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// A query component with everything but unreserved characters percent-encoded.
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
