/// Reads an article's fields out of its text.
///
/// The parser knows the layouts of web pages copied as text (a publication line, the headline,
/// a standfirst, "Published" and "Updated" labels, a byline, photo captions with credits, the
/// body, then sharing and comment boilerplate), of corpora such as the BBC's (headline line,
/// then paragraphs) and of newswire copy ("By NAME" bylines, "LONDON (Reuters) - " datelines).
/// Text in any other layout gives its first line as the headline and the rest as the body.
///
/// ```swift
/// let article = ArticleParser.parse(text, key: "news/042.txt", sourcePath: "news/042.txt")
/// article.headline    // "Council approves harbour plan"
/// article.paragraphs  // body paragraphs, boilerplate removed
/// ```
public enum ArticleParser {
    /// Parses one article; never fails, whatever the text.
    ///
    /// Paragraphs are the blocks between blank lines. Within a block, line breaks are kept as
    /// paragraph breaks, except that a block wrapped at a fixed width is joined with spaces.
    /// Paragraph text is otherwise kept exactly as written (quotation marks, inner white space),
    /// trimmed at both ends.
    ///
    /// - Parameters:
    ///   - text: The article's text, as decoded by ``TextDecoding``.
    ///   - key: The key the article is stored under.
    ///   - sourcePath: Where the text was read from, if anywhere.
    ///   - hints: Fields the input already gives; each overrides what the layout suggests.
    public static func parse(
        _ text: String,
        key: String,
        sourcePath: String? = nil,
        hints: ArticleHints = ArticleHints()
    ) -> Article {
        let units = ParagraphSplitter.paragraphs(of: normalisingLineEnds(text))
        var reader = LayoutReader(units: units, hints: hints)
        reader.readHead()
        reader.readFrontMatter()
        let paragraphs = reader.readBody()

        var published = hints.published.flatMap { PublishedDate.iso8601(from: $0) }
        if published == nil { published = reader.published }
        return Article(
            key: key,
            publication: nonEmpty(hints.publication) ?? reader.publication,
            headline: reader.headline,
            standfirst: reader.standfirst,
            byline: nonEmpty(hints.byline) ?? reader.byline,
            published: published,
            url: nonEmpty(hints.url),
            captions: reader.captions,
            paragraphs: paragraphs,
            sourcePath: sourcePath
        )
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingWhiteSpace()
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// The text with CR LF and lone CR as LF and without a leading byte order mark, for callers
    /// that did not go through ``TextDecoding``.
    private static func normalisingLineEnds(_ text: String) -> String {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        guard text.utf8.firstIndex(of: 0x0D, from: text.utf8.startIndex) != nil else {
            return text
        }
        let units = Array(text.utf8)
        let normalised = units.withUnsafeBufferPointer {
            LineEnds.normalised($0, carriageReturn: 0x0D, lineFeed: 0x0A)
        }
        return String(decoding: normalised, as: UTF8.self)
    }
}

/// Walks an article's paragraphs once, front to back, collecting fields.
struct LayoutReader {
    let units: [Substring]
    let hints: ArticleHints
    private(set) var position = 0

    private(set) var publication: String?
    private(set) var headline = ""
    private(set) var standfirst: String?
    private(set) var byline: String?
    private(set) var published: String?
    private(set) var captions: [String] = []

    /// How many paragraphs after the headline may hold front matter.
    private static let frontMatterLimit = 10

    init(units: [Substring], hints: ArticleHints) {
        self.units = units
        self.hints = hints
    }

    /// Reads the publication line, if any, and the headline.
    mutating func readHead() {
        let hintedHeadline = hints.headline.map { $0.trimmingWhiteSpace() }.flatMap {
            $0.isEmpty ? nil : $0
        }
        if let first = units.first {
            if let hinted = hints.publication, Headline.sameText(first, hinted) {
                publication = String(first)
                position = 1
            } else if hintedHeadline.map({ !Headline.sameText(first, $0) }) ?? true,
                let name = publicationName(first)
            {
                publication = name
                position = 1
            }
        }
        if let hintedHeadline {
            headline = String(hintedHeadline)
            if position < units.count, Headline.sameText(units[position], hintedHeadline) {
                position += 1
            } else if position + 1 < units.count,
                Headline.sameText(units[position] + " " + units[position + 1], hintedHeadline)
            {
                // A headline broken over two lines: "Paris attacks test strategy;\nNew focus".
                position += 2
            }
        } else if position < units.count {
            let candidate = units[position]
            if Headline.isHeadlineLike(candidate) {
                headline = String(candidate)
                position += 1
            } else {
                // A text without a headline line: name it by its opening words and keep the
                // paragraph in the body.
                headline = Headline.derived(from: candidate)
            }
        }
    }

    /// The first paragraph is a publication line when it is a known name, or when it is a
    /// short capitalised name standing above a headline-like line with the article after it.
    private func publicationName(_ first: Substring) -> String? {
        if let known = KnownPublications.name(matching: first) {
            return known
        }
        guard units.count >= 3, Headline.isShortName(first) else { return nil }
        let next = units[1]
        guard Headline.isHeadlineLike(next), next.wordCount <= 20, !next.hasSuffix("."),
            !LayoutReader.isMetadata(next)
        else { return nil }
        return String(first)
    }

    /// Whether the paragraph is a byline, a date label, a caption or boilerplate: never a
    /// headline.
    static func isMetadata(_ unit: Substring) -> Bool {
        Byline.authors(in: unit) != nil || Boilerplate.dateLabel(unit) != nil
            || Caption.caption(in: unit) != nil || Boilerplate.isBoilerplate(unit)
    }

    /// Reads the standfirst, bylines, date labels and captions between the headline and the
    /// body.
    ///
    /// A standfirst is the one paragraph that sits between the headline and the article's
    /// metadata (a byline, a "Published" label, a date, a caption); a paragraph with no
    /// metadata after it is the body's first.
    mutating func readFrontMatter() {
        var candidate: Int?
        var sawMetadata = false
        var index = position
        let limit = min(units.count, position + LayoutReader.frontMatterLimit)
        scan: while index < limit {
            let unit = units[index]
            if let authors = Byline.authors(in: unit) {
                if byline == nil { byline = String(authors) }
                sawMetadata = true
            } else if let label = Boilerplate.dateLabel(unit) {
                if case .published(let date?) = label, published == nil { published = date }
                sawMetadata = true
            } else if unit.utf8.count <= 60, let date = PublishedDate.iso8601(from: String(unit)) {
                if published == nil { published = date }
                sawMetadata = true
            } else if let caption = Caption.caption(in: unit) {
                captions.append(String(caption))
                sawMetadata = true
            } else if Boilerplate.isBoilerplate(unit) {
                // Dropped here as in the body; not a sign of front matter on its own.
            } else if candidate == nil && !sawMetadata && unit.wordCount <= 100 {
                candidate = index
            } else {
                break scan
            }
            index += 1
        }
        // A standfirst needs a body after it: a lone paragraph above a "Published" label is the
        // article itself.
        if let candidate, sawMetadata, index < units.count {
            standfirst = String(units[candidate])
            position = index
        } else if let candidate {
            position = candidate
            // Metadata before the candidate cannot happen: a candidate needs none before it.
        } else {
            position = index
        }
    }

    /// The body paragraphs: boilerplate, date labels and captions removed, and the dateline
    /// taken off the first paragraph.
    mutating func readBody() -> [String] {
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(units.count - position)
        while position < units.count {
            let unit = units[position]
            position += 1
            if Boilerplate.isBoilerplate(unit) || Boilerplate.dateLabel(unit) != nil { continue }
            if let caption = Caption.caption(in: unit) {
                captions.append(String(caption))
                continue
            }
            if paragraphs.isEmpty, let (_, rest) = Dateline.split(unit) {
                paragraphs.append(String(rest))
                continue
            }
            paragraphs.append(String(unit))
        }
        return paragraphs
    }
}
