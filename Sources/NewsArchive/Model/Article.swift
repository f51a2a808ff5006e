/// One news article as the archive stores it: its fields parsed out of the raw text.
///
/// The body is kept as paragraphs; ``body`` joins them with a blank line, and every offset the
/// archive stores for the body (quote spans, for instance) counts Unicode scalars in that string.
public struct Article: Sendable, Equatable {
    /// The stable key the article is stored under: the JSON Lines `id`, else its `url`, else the
    /// file path as given.
    public var key: String
    /// The publication's name, such as "Express & Star".
    public var publication: String?
    /// The headline; the first line of an article in an unknown layout.
    public var headline: String
    /// The summary paragraph printed under the headline, when the layout has one.
    public var standfirst: String?
    /// The authors as printed ("By Jane Smith and Ravi Patel"), without the leading "By".
    public var byline: String?
    /// The publication date as ISO 8601 (`2019-03-12` or `2019-03-12T14:05:00Z`).
    public var published: String?
    /// The article's web address, when the input gives one.
    public var url: String?
    /// Photo captions with their credits, as printed.
    public var captions: [String]
    /// The body paragraphs, boilerplate removed.
    public var paragraphs: [String]
    /// Where the article was read from (a file path, or `-` for standard input).
    public var sourcePath: String?

    /// Creates an article from its parsed fields.
    public init(
        key: String,
        publication: String? = nil,
        headline: String,
        standfirst: String? = nil,
        byline: String? = nil,
        published: String? = nil,
        url: String? = nil,
        captions: [String] = [],
        paragraphs: [String],
        sourcePath: String? = nil
    ) {
        self.key = key
        self.publication = publication
        self.headline = headline
        self.standfirst = standfirst
        self.byline = byline
        self.published = published
        self.url = url
        self.captions = captions
        self.paragraphs = paragraphs
        self.sourcePath = sourcePath
    }

    /// The body as stored: the paragraphs separated by one blank line.
    public var body: String { paragraphs.joined(separator: "\n\n") }
}
