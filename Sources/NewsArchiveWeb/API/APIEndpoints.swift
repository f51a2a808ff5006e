import NewsArchive

/// The JSON API under `/api/`: the rows and documents of the command line's `search`, `quotes`,
/// `people`, `organisations`, `show` and `person`, in the same fields and order.
///
/// `/api/quotes?speaker=Simon%20Bailey` answers what
/// `newsarchive quotes --speaker "Simon Bailey" --format json` prints. `format=csv` or `jsonl`
/// gives the other formats; `limit` and `offset` work as on the command line (every row
/// without `limit`).
enum APIEndpoints {
    /// The most rows one request may ask for with `limit`.
    static let maximumLimit = 10_000
    /// The furthest `offset`.
    static let maximumOffset = 1_000_000

    static let listingNames: Set<String> = ["limit", "offset", "format"]
    static let searchNames = SearchForm.parameterNames.union(listingNames)
    static let entityNames: Set<String> = listingNames.union(["q"])

    /// The rows of `newsarchive search`.
    static func search(_ store: ArchiveStore, _ parameters: QueryParameters) throws -> WebResponse {
        let form = try SearchForm(parameters)
        let (format, limit, offset) = try listing(parameters)
        guard let words = form.words else {
            throw WebError.badRequest(
                "'q' is required: give the words to search for, such as q=technology.")
        }
        guard let query = form.query else {
            throw WebError.badRequest("Nothing to search: '\(words)' holds no letters or digits.")
        }
        let search = ArchiveSearch(connection: store.connection, snippetStyle: format.snippetStyle)
        let rows =
            switch form.target {
            case .articles:
                try search.articles(
                    matching: query, filters: form.filters, limit: limit, offset: offset)
            case .quotes:
                try search.quotes(
                    matching: query, filters: form.filters, limit: limit, offset: offset)
            }
        return try format.response(rows, limit: limit, name: "search")
    }

    /// The rows of `newsarchive quotes`.
    static func quotes(_ store: ArchiveStore, _ parameters: QueryParameters) throws -> WebResponse {
        let form = try SearchForm(parameters, defaultTarget: .quotes)
        let (format, limit, offset) = try listing(parameters)
        var query: SearchQuery?
        if let words = form.words {
            guard let built = form.query else {
                throw WebError.badRequest(
                    "Nothing to search: '\(words)' holds no letters or digits.")
            }
            query = built
        }
        let search = ArchiveSearch(connection: store.connection, snippetStyle: format.snippetStyle)
        let rows = try search.quotes(
            matching: query, filters: form.filters, limit: limit, offset: offset)
        return try format.response(rows, limit: limit, name: "quotes")
    }

    /// The rows of `newsarchive people` or `newsarchive organisations`.
    static func entities(_ store: ArchiveStore, kind: EntityKind, _ parameters: QueryParameters)
        throws -> WebResponse
    {
        let (format, limit, offset) = try listing(parameters)
        let search = ArchiveSearch(connection: store.connection)
        let words = parameters.string("q")
        let rows =
            kind == .person
            ? try search.people(matching: words, limit: limit, offset: offset)
            : try search.organisations(matching: words, limit: limit, offset: offset)
        return try format.response(
            rows, limit: limit, name: kind.rawValue == "person" ? "people" : "organisations")
    }

    /// The newest articles (the front page's list).
    static func articles(_ store: ArchiveStore, _ parameters: QueryParameters) throws -> WebResponse
    {
        let (format, limit, offset) = try listing(parameters)
        let rows = try WebQueries(connection: store.connection).recentArticles(
            limit: limit ?? maximumLimit, offset: offset)
        let columns = ["id", "key", "headline", "publication", "published", "byline"]
        return try format.response(
            columns: columns, rows: Array(rows.prefix(limit ?? maximumLimit)), name: "articles")
    }

    /// The document of `newsarchive show ARTICLE --format json`.
    static func show(_ store: ArchiveStore, _ parameters: QueryParameters) throws -> WebResponse {
        guard let article = parameters.string("article") else {
            throw WebError.badRequest(
                "'article' is required: give an article's id or key, such as article=12.")
        }
        guard
            let document = try ArchiveSearch(connection: store.connection).articleDocument(article)
        else {
            throw WebError.notFound("No article has the id or key '\(article)'.")
        }
        return .json(document.serialized() + "\n")
    }

    /// The document of `newsarchive person NAME --format json`.
    static func person(_ store: ArchiveStore, _ parameters: QueryParameters) throws -> WebResponse {
        guard let name = parameters.string("name") else {
            throw WebError.badRequest(
                "'name' is required: give a person's name or id, such as name=Bailey.")
        }
        let latest = try parameters.integer("quotes", in: 0...1000) ?? 10
        let document: JSONValue?
        do {
            document = try ArchiveSearch(connection: store.connection).personDocument(
                name, latest: latest)
        } catch let error as CorrectionError {
            throw WebError.badRequest(error.errorDescription ?? "'\(name)' names several people.")
        }
        guard let document else { throw WebError.notFound("No person is called '\(name)'.") }
        return .json(document.serialized() + "\n")
    }

    /// What the API offers, for a person exploring it.
    static func index() -> WebResponse {
        .json(
            """
            {
              "search": "/api/search?q=WORDS[&in=articles|quotes][&speaker=&publication=&since=YYYY-MM-DD&until=YYYY-MM-DD&kind=direct|mixed|indirect]",
              "quotes": "/api/quotes[?speaker=NAME][&q=WORDS][&publication=&since=&until=&kind=]",
              "people": "/api/people[?q=PART_OF_NAME]",
              "organisations": "/api/organisations[?q=PART_OF_NAME]",
              "articles": "/api/articles (newest first)",
              "show": "/api/show?article=ID_OR_KEY",
              "person": "/api/person?name=NAME_OR_ID[&quotes=N]",
              "listings also take": "format=json|jsonl|csv, limit=0...\(maximumLimit), offset=N"
            }

            """)
    }

    private static func listing(_ parameters: QueryParameters) throws
        -> (format: APIFormat, limit: Int?, offset: Int)
    {
        (
            try parameters.choice("format", of: APIFormat.self) ?? .json,
            try parameters.integer("limit", in: 0...maximumLimit),
            try parameters.integer("offset", in: 0...maximumOffset) ?? 0
        )
    }
}
