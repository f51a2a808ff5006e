/// A fragment of HTML that is safe to send: literal markup written in this module, with every
/// interpolated `String` escaped.
///
/// Escaping is the default rather than something to remember: `"<p>\(headline)</p>"` as an
/// `HTML` value escapes `headline`, and only another `HTML` value is inserted as markup.
///
/// ```swift
/// let name = "<script>alert(1)</script>"
/// let html: HTML = "<h1>\(name)</h1>"   // <h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>
/// ```
struct HTML: ExpressibleByStringInterpolation, Sendable {
    /// The markup.
    private(set) var markup: String

    init(stringLiteral literal: String) { markup = literal }

    init(stringInterpolation: StringInterpolation) { markup = stringInterpolation.markup }

    private init(markup: String) { self.markup = markup }

    /// No markup.
    static let empty = HTML(markup: "")

    /// Text shown as it is, whatever characters it holds.
    static func text(_ text: String) -> HTML { HTML(markup: escape(text)) }

    /// The fragments one after another.
    static func joined(_ parts: [HTML], separator: HTML = .empty) -> HTML {
        HTML(markup: parts.map(\.markup).joined(separator: separator.markup))
    }

    /// The one escaping function: text made safe inside elements and inside double- or
    /// single-quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) { markup += literal }

        /// Text, escaped.
        mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }

        /// A number.
        mutating func appendInterpolation(_ number: Int) { markup += String(number) }

        /// Markup, inserted as it is.
        mutating func appendInterpolation(_ html: HTML) { markup += html.markup }

        /// Fragments one after another.
        mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { markup += part.markup }
        }
    }
}
