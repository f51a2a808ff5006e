/// Conditions that narrow a search or a listing of quotes.
public struct SearchFilters: Sendable, Hashable {
    /// A speaker's name in any form the archive knows ("Bailey", "Mr Bailey", "Simon Bailey").
    public var speaker: String?
    /// A publication name, matched without regard to case.
    public var publication: String?
    /// The earliest publication date, inclusive, as ISO 8601 (`2019-03-12`).
    public var since: String?
    /// The latest publication date, inclusive, as ISO 8601.
    public var until: String?
    /// Only quotes of this kind.
    public var kind: QuoteKind?

    /// Creates filters; nil means "any".
    public init(
        speaker: String? = nil, publication: String? = nil, since: String? = nil,
        until: String? = nil, kind: QuoteKind? = nil
    ) {
        self.speaker = speaker
        self.publication = publication
        self.since = since
        self.until = until
        self.kind = kind
    }
}
