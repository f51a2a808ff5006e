import NewsArchive

/// Where a search looks.
enum SearchTarget: String, CaseIterable, Sendable {
    case articles
    case quotes
}

/// The search form's fields, read from a query string and checked.
struct SearchForm: Sendable {
    /// The words typed, as typed; nil when none.
    var words: String?
    /// Articles or quotes.
    var target: SearchTarget
    /// The filters, with the same meaning as the command line's.
    var filters: SearchFilters

    /// The names of the parameters the form takes.
    static let parameterNames: Set<String> = [
        "q", "in", "speaker", "publication", "since", "until", "kind",
    ]

    /// Reads and checks the form's fields.
    /// - Throws: ``WebError/badRequest(_:)`` for a bad date, kind or target.
    init(_ parameters: QueryParameters, defaultTarget: SearchTarget = .articles) throws {
        words = parameters.string("q")
        target = try parameters.choice("in", of: SearchTarget.self) ?? defaultTarget
        filters = SearchFilters(
            speaker: parameters.string("speaker"), publication: parameters.string("publication"),
            since: try parameters.date("since"), until: try parameters.date("until"),
            kind: try parameters.choice("kind", of: QuoteKind.self))
        if let since = filters.since, let until = filters.until, since > until {
            throw WebError.badRequest(
                "'since' \(since) is after 'until' \(until): no date can match.")
        }
    }

    /// The query, or nil when the words hold nothing searchable.
    var query: SearchQuery? { words.flatMap(SearchQuery.init(words:)) }

    /// The form as query parameters, for links that keep it.
    var parameters: [(String, String?)] {
        [
            ("q", words), ("in", target == .articles ? nil : target.rawValue),
            ("speaker", filters.speaker), ("publication", filters.publication),
            ("since", filters.since), ("until", filters.until), ("kind", filters.kind?.rawValue),
        ]
    }

    /// The form's parameters for the matching API address (`in` always spelled out).
    var apiParameters: [(String, String?)] {
        [
            ("q", words), ("speaker", filters.speaker), ("publication", filters.publication),
            ("since", filters.since), ("until", filters.until), ("kind", filters.kind?.rawValue),
        ]
    }
}
