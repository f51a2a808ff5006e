// Stand-ins until Parsing/ and Extraction/ land.
public struct ArticleHints: Sendable {
    public var headline: String?
    public var publication: String?
    public var published: String?
    public var byline: String?
    public var url: String?
    public init(headline: String? = nil, publication: String? = nil, published: String? = nil, byline: String? = nil, url: String? = nil) {
        self.headline = headline; self.publication = publication; self.published = published; self.byline = byline; self.url = url
    }
}
public enum ArticleParser {
    public static func parse(_ text: String, key: String, sourcePath: String?, hints: ArticleHints = .init()) -> Article {
        var paras = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let headline = hints.headline ?? (paras.isEmpty ? "" : paras.removeFirst())
        return Article(key: key, publication: hints.publication, headline: headline, published: hints.published, url: hints.url, paragraphs: paras, sourcePath: sourcePath)
    }
}
public enum ArticleExtractor {
    public static func extract(from article: Article) -> ArticleExtraction { ArticleExtraction() }
}
import Foundation
public struct DecodedText: Sendable { public var text: String; public var usedFallback: Bool }
public enum TextDecoding {
    public static func decode(_ data: Data) throws -> DecodedText {
        if data.contains(0) { throw InterimError.reason("contains NUL bytes") }
        if let s = String(data: data, encoding: .utf8) { return DecodedText(text: s, usedFallback: false) }
        return DecodedText(text: String(decoding: data, as: UTF8.self), usedFallback: true)
    }
}
public enum InterimError: Error, CustomStringConvertible { case reason(String); public var description: String { if case .reason(let r) = self { return r }; return "" } }
public enum ArticleRecord {
    public static func parse(line: Data, fallbackKey: String, sourcePath: String?) throws -> Article {
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else { throw InterimError.reason("not a JSON object") }
        guard let text = (object["text"] ?? object["body"]) as? String else { throw InterimError.reason("missing \"text\"") }
        let key = (object["id"] as? String) ?? (object["url"] as? String) ?? fallbackKey
        return ArticleParser.parse(text, key: key, sourcePath: sourcePath, hints: ArticleHints(headline: (object["title"] ?? object["headline"]) as? String, publication: (object["publication"] ?? object["source"]) as? String))
    }
}
