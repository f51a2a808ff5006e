/// Fields an input already gives apart from the article's text, such as those of a JSON Lines
/// record or the `--publication` option. Each one overrides what ``ArticleParser`` would read
/// from the layout.
public struct ArticleHints: Sendable, Equatable {
    /// The headline. When the text's first paragraph repeats it (ignoring case, white space and
    /// trailing punctuation), that paragraph is not kept in the body.
    public var headline: String?
    /// The publication's name. A first line equal to it is taken as the publication line.
    public var publication: String?
    /// The publication date as written; read with ``PublishedDate/iso8601(from:)``.
    public var published: String?
    /// The authors, without a leading "By".
    public var byline: String?
    /// The article's web address.
    public var url: String?

    /// Creates hints; every field is optional.
    public init(
        headline: String? = nil,
        publication: String? = nil,
        published: String? = nil,
        byline: String? = nil,
        url: String? = nil
    ) {
        self.headline = headline
        self.publication = publication
        self.published = published
        self.byline = byline
        self.url = url
    }
}
