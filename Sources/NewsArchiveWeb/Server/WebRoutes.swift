import Hummingbird
import NewsArchive

/// The server's routes: each reads its parameters, then reads the archive and renders on a
/// connection of its own. Nothing else is served: no files, no other paths.
struct WebRoutes: Sendable {
    let archive: ArchiveReader
    /// The rankings of recent searches, for the search page.
    let searchCache: SearchCache
    /// What the front page shows, until the archive changes.
    let homeCache: ArchiveValueCache<HomePage.Contents>

    func register(on router: Router<BasicRequestContext>) {
        home(router)
        search(router)
        page(router, "/articles/{id}", names: []) { store, _, id in
            try ArticlePage.render(store, id: id)
        }
        page(router, "/people", names: EntityListPage.parameterNames) { store, parameters, _ in
            try EntityListPage.render(
                store, kind: .person, words: parameters.string("q"), page: try Self.page(parameters)
            )
        }
        page(router, "/people/{id}", names: PersonPage.parameterNames) { store, parameters, id in
            try PersonPage.render(
                store, id: id, words: parameters.string("q"), page: try Self.page(parameters))
        }
        page(router, "/organisations", names: EntityListPage.parameterNames) {
            store, parameters, _ in
            try EntityListPage.render(
                store, kind: .organisation, words: parameters.string("q"),
                page: try Self.page(parameters))
        }
        page(router, "/organisations/{id}", names: OrganisationPage.parameterNames) {
            store, parameters, id in
            try OrganisationPage.render(
                store, id: id, words: parameters.string("q"), page: try Self.page(parameters))
        }
        router.get("/api") { _, _ in Self.response(APIEndpoints.index()) }
        page(router, "/api/search", names: APIEndpoints.searchNames) { store, parameters, _ in
            try APIEndpoints.search(store, parameters)
        }
        page(router, "/api/quotes", names: APIEndpoints.searchNames) { store, parameters, _ in
            try APIEndpoints.quotes(store, parameters)
        }
        page(router, "/api/people", names: APIEndpoints.entityNames) { store, parameters, _ in
            try APIEndpoints.entities(store, kind: .person, parameters)
        }
        page(router, "/api/organisations", names: APIEndpoints.entityNames) {
            store, parameters, _ in
            try APIEndpoints.entities(store, kind: .organisation, parameters)
        }
        page(router, "/api/articles", names: APIEndpoints.listingNames) { store, parameters, _ in
            try APIEndpoints.articles(store, parameters)
        }
        page(router, "/api/show", names: ["article"]) { store, parameters, _ in
            try APIEndpoints.show(store, parameters)
        }
        page(router, "/api/person", names: ["name", "quotes"]) { store, parameters, _ in
            try APIEndpoints.person(store, parameters)
        }
    }

    /// The furthest page of a paged listing.
    static let lastPage = 500

    /// The 1-based page number of a paged listing.
    static func page(_ parameters: QueryParameters) throws -> Int {
        try parameters.integer("page", in: 1...lastPage) ?? 1
    }

    /// Registers the search page, whose ranking comes from the cache when it can.
    private func search(_ router: Router<BasicRequestContext>) {
        let archive = archive
        let cache = searchCache
        router.get("/search") { request, _ -> Response in
            let parameters = try QueryParameters(
                query: request.uri.query, allowed: SearchPage.parameterNames)
            let form = try SearchForm(parameters)
            let page = try Self.page(parameters)
            var facets: SearchFacets?
            if let key = SearchPage.cacheKey(form) {
                facets = try await cache.value(for: key) {
                    try await archive.read { store in try SearchPage.facets(store, form: form) }
                }
            }
            let response = try await archive.read { [facets] store in
                try SearchPage.render(store, form: form, page: page, facets: facets)
            }
            return Self.response(response)
        }
    }

    /// Registers the front page, whose contents come from the cache when they can.
    private func home(_ router: Router<BasicRequestContext>) {
        let archive = archive
        let cache = homeCache
        router.get("/") { request, _ -> Response in
            // Parameters are refused as on every other page.
            _ = try QueryParameters(query: request.uri.query, allowed: [])
            let contents = try await cache.value {
                try await archive.read { store in try HomePage.contents(store) }
            }
            return Self.response(HomePage.render(contents))
        }
    }

    /// Registers a GET route whose parameters are checked before the archive is opened. `{id}`
    /// in the path must be a positive whole number.
    private func page(
        _ router: Router<BasicRequestContext>, _ path: String, names: Set<String>,
        _ render: @escaping @Sendable (ArchiveStore, QueryParameters, Int) throws -> WebResponse
    ) {
        let hummingbirdPath = path.replacingOccurrences(of: "{id}", with: ":id")
        let archive = archive
        router.get(RouterPath(hummingbirdPath)) { request, context -> Response in
            let id = try Self.id(in: path, context: context, request: request)
            let parameters = try QueryParameters(query: request.uri.query, allowed: names)
            let response = try await archive.read { store in try render(store, parameters, id) }
            return Self.response(response)
        }
    }

    /// The `{id}` of a path: a positive whole number; 0 for a path without one.
    private static func id(in path: String, context: BasicRequestContext, request: Request) throws
        -> Int
    {
        guard path.contains("{id}") else { return 0 }
        guard let text = context.parameters.get("id"), let number = Int(text), number > 0 else {
            throw WebError.notFound("There is no page at \(request.uri.path).")
        }
        return number
    }

    /// The HTTP response for a rendered answer, with headers that keep a browser from running
    /// anything a page might carry.
    static func response(_ web: WebResponse) -> Response {
        var headers: HTTPFields = [
            .contentType: web.contentType,
            .contentSecurityPolicy:
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ]
        for (name, value) in [
            ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
        ] {
            if let name = HTTPFields.Element.Name(name) { headers[name] = value }
        }
        if let filename = web.filename {
            headers[.contentDisposition] = "inline; filename=\"\(filename)\""
        }
        return Response(
            status: .init(code: web.status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: web.body)))
    }
}
