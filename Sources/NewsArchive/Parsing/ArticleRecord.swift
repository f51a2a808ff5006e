import FoundationEssentials

/// One article from a JSON Lines input: the fields a record gives, before its text is parsed.
///
/// `text` (or `body`) is required; `id`, `url`, `title`/`headline`, `published`/`date`,
/// `publication`/`source` and `authors`/`byline`/`author` are optional, and other fields are
/// ignored. When both names of a pair are present the first wins. `null` counts as absent.
///
/// ```swift
/// for (number, line) in lines.enumerated() {
///     do {
///         let record = try ArticleRecord(jsonLine: line)
///         let article = record.makeArticle(fallbackKey: "\(path):\(number + 1)", sourcePath: path)
///     } catch {
///         warn("\(path):\(number + 1): \(error)")
///     }
/// }
/// ```
public struct ArticleRecord: Sendable, Equatable {
    /// The record's `id`, a number written as text ("42").
    public var id: String?
    /// The record's `url`.
    public var url: String?
    /// The `title` or `headline`.
    public var headline: String?
    /// The `published` or `date` value as written.
    public var published: String?
    /// The `publication` or `source`.
    public var publication: String?
    /// The authors (`authors`, `byline` or `author`), a list joined as "A, B and C".
    public var byline: String?
    /// The article's text (`text` or `body`), never blank.
    public var text: String

    /// Creates a record from its fields.
    public init(
        text: String,
        id: String? = nil,
        url: String? = nil,
        headline: String? = nil,
        published: String? = nil,
        publication: String? = nil,
        byline: String? = nil
    ) {
        self.text = text
        self.id = id
        self.url = url
        self.headline = headline
        self.published = published
        self.publication = publication
        self.byline = byline
    }

    /// Reads one line of JSON Lines.
    ///
    /// - Throws: ``ArticleRecordError`` when the line is blank, is not valid JSON, is not an
    ///   object, lacks a text, or has a field of the wrong type.
    public init(jsonLine: Data) throws(ArticleRecordError) {
        var data = jsonLine
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .blankLine
        }
        // The plain reader takes nearly every line; JSONDecoder takes the rest and explains
        // the lines that are not valid JSON.
        let fields: RecordFields
        if let plain = RecordFields.plain(data) {
            fields = plain
        } else {
            fields = try Self.decodedFields(data)
        }
        try self.init(fields: fields)
    }

    /// The known fields of a line, read by `JSONDecoder`.
    ///
    /// - Throws: ``ArticleRecordError`` when the line is not a JSON object.
    static func decodedFields(_ data: Data) throws(ArticleRecordError) -> RecordFields {
        do {
            return try ArticleRecord.decoder.decode(RecordFields.self, from: data)
        } catch let error as ArticleRecordError {
            throw error
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            let found = (try? ArticleRecord.decoder.decode(JSONField.self, from: data))?.kind
            throw .notAnObject(found: found ?? "something else")
        } catch {
            throw JSONSyntax.error(in: data)
        }
    }

    /// Reads one line of JSON Lines; see ``init(jsonLine:)-(Data)``.
    ///
    /// - Throws: ``ArticleRecordError`` as the `Data` form does.
    public init(jsonLine: some StringProtocol) throws(ArticleRecordError) {
        try self.init(jsonLine: Data(jsonLine.utf8))
    }

    private init(fields: RecordFields) throws(ArticleRecordError) {
        guard let (textField, textName) = fields.first(of: "text", "body") else {
            throw .missingText
        }
        guard case .string(let text) = textField else {
            throw .wrongType(field: textName, expected: "a string", found: textField.kind)
        }
        guard !text.trimmingWhiteSpace().isEmpty else { throw .blankText(field: textName) }
        self.text = text
        id = try fields.identifier()
        url = try fields.string("url")
        headline = try fields.string("title", "headline")
        published = try fields.string("published", "date")
        publication = try fields.string("publication", "source")
        byline = try fields.authors("authors", "byline", "author")
    }

    /// The key the article is stored under: the `id`, else the `url`, else `fallback` (such as
    /// "articles.jsonl:12").
    public func key(fallback: String) -> String {
        id ?? url ?? fallback
    }

    /// The fields the record gives besides its text, for ``ArticleParser``.
    public var hints: ArticleHints {
        ArticleHints(
            headline: headline, publication: publication, published: published,
            byline: byline, url: url)
    }

    /// Parses the record's text into an article, its own fields overriding the layout's.
    public func makeArticle(fallbackKey: String, sourcePath: String? = nil) -> Article {
        ArticleParser.parse(
            text, key: key(fallback: fallbackKey), sourcePath: sourcePath, hints: hints)
    }

    // JSONDecoder skips unknown fields without building them, which makes it about four times
    // faster than JSONSerialization on records that carry large extra fields (measured on
    // PolNeAR lines: 23,000 against 5,600 lines/s; on small records both exceed 60,000).
    private static var decoder: JSONDecoder { JSONDecoder() }
}

/// Why a JSON Lines record could not be read.
public enum ArticleRecordError: Error, Equatable, Sendable {
    /// The line holds only white space.
    case blankLine
    /// The line is not JSON; the reason says what and where.
    case invalidJSON(reason: String)
    /// The line is JSON but not an object.
    case notAnObject(found: String)
    /// Neither `text` nor `body` is present.
    case missingText
    /// The text is empty or white space.
    case blankText(field: String)
    /// A field holds the wrong kind of value.
    case wrongType(field: String, expected: String, found: String)
}

extension ArticleRecordError: CustomStringConvertible, LocalizedError {
    /// A plain one-line reason, such as `"text" must be a string, found a number`.
    public var description: String {
        switch self {
        case .blankLine:
            return "blank line"
        case .invalidJSON(let reason):
            return "not valid JSON (\(reason))"
        case .notAnObject(let found):
            return "expected a JSON object, found \(found)"
        case .missingText:
            return "missing \"text\" (or \"body\")"
        case .blankText(let field):
            return "\"\(field)\" is empty"
        case .wrongType(let field, let expected, let found):
            return "\"\(field)\" must be \(expected), found \(found)"
        }
    }

    /// The same text as ``description``.
    public var errorDescription: String? { description }
}
