import NewsArchive

/// Search results for articles or quotes: highlighted snippets, filters, counts by speaker and
/// publication, and pages of ``pageSize`` results.
enum SearchPage {
    /// Results per page.
    static let pageSize = 20
    /// The parameters the page takes.
    static let parameterNames = SearchForm.parameterNames.union(["page"])
    /// How many of the best results the counts by speaker and publication cover.
    static let sampleSize = 1000

    /// The page of results for a form; `facets`, when given, are those of the form's search
    /// (kept by a ``SearchCache``), else they are worked out here.
    /// - Throws: ``SQLiteError``.
    static func render(
        _ store: ArchiveStore, form: SearchForm, page: Int, facets cached: SearchFacets? = nil
    ) throws -> WebResponse {
        let search = ArchiveSearch(
            connection: store.connection,
            snippetStyle: .markers(open: "\u{E000}", close: "\u{E001}"))
        let title = form.words.map { "Search: \($0)" } ?? "Search"
        var body: [HTML] = [filterForm(form)]
        if let speaker = form.filters.speaker, try !search.knowsSpeaker(speaker) {
            body.append(
                "<p class=\"error\">No speaker named ‘\(speaker)’ is in the archive. Try another form of the name, or <a href=\"/people\">browse people</a>.</p>"
            )
            return .page(Layout.page(title: title, query: form.words, .joined(body)))
        }
        if form.words != nil && form.query == nil {
            body.append(
                "<p class=\"error\">Nothing to search: the words hold no letters or digits.</p>")
            return .page(Layout.page(title: title, query: form.words, .joined(body)))
        }
        if form.target == .articles && form.query == nil {
            body.append(
                "<p class=\"muted\">Type some words to search the articles, or search quotes to list them by speaker, publication, date or kind.</p>"
            )
            return .page(Layout.page(title: title, query: form.words, .joined(body)))
        }
        let offset = (page - 1) * pageSize
        let facets = try cached ?? Self.facets(search, form: form)
        let total = facets.total
        let shown = offset < total ? try Self.rows(search, form: form, facets, offset: offset) : []
        let noun = form.target == .articles ? "article" : "quote"
        let apiPath = form.target == .articles || form.query != nil ? "/api/search" : "/api/quotes"
        let apiParameters =
            apiPath == "/api/search"
            ? [("in", form.target.rawValue)] + form.apiParameters : form.apiParameters
        var results: HTML
        if total == 0 {
            results = "<p>No \(noun)s found. Loosen a filter or try other words.</p>"
        } else if shown.isEmpty {
            results =
                "<p>No more results: there are \(total). <a href=\"\(Link.to("/search", pairs: form.parameters))\">Back to the first page</a>.</p>"
        } else {
            var links = SpeakerLinks(connection: store.connection)
            let items =
                form.target == .articles
                ? shown.map(articleItem) : try shown.map { try quoteItem($0, links: &links) }
            let hasMore = offset + shown.count < total && page < WebRoutes.lastPage
            results = """
                <p class="muted">\(total) \(noun)\(total == 1 ? "" : "s") · showing \(offset + 1)–\(offset + shown.count)</p>
                <ol class="results">\(items)</ol>
                \(Layout.pager(path: "/search", parameters: form.parameters, page: page, hasMore: hasMore))
                \(Layout.exports(apiPath, apiParameters))
                """
        }
        body.append(
            "<div class=\"layout\"><section>\(results)</section>\(Facets.render(facets, form: form))</div>"
        )
        return .page(Layout.page(title: title, query: form.words, .joined(body)))
    }

    /// The key the facets of the form's search are kept under; nil when the page shows no
    /// results (no words to search articles for, or words with nothing searchable in them).
    static func cacheKey(_ form: SearchForm) -> SearchKey? {
        if form.words != nil && form.query == nil { return nil }
        if form.target == .articles && form.query == nil { return nil }
        return SearchKey(target: form.target, query: form.query?.fts5, filters: form.filters)
    }

    /// The facets ``render(_:form:page:facets:)`` shows for a form that has a ``cacheKey(_:)``;
    /// none for a speaker the archive does not know, whose page shows none.
    /// - Throws: ``SQLiteError``.
    static func facets(_ store: ArchiveStore, form: SearchForm) throws -> SearchFacets {
        let search = ArchiveSearch(connection: store.connection)
        if let speaker = form.filters.speaker, try !search.knowsSpeaker(speaker) {
            return SearchFacets(total: 0)
        }
        return try facets(search, form: form)
    }

    /// The total, and the counts by speaker and publication over the best ``sampleSize``
    /// results, whose ids (in order) the page's rows are read by.
    private static func facets(_ search: ArchiveSearch, form: SearchForm) throws -> SearchFacets {
        switch (form.target, form.query) {
        case (.articles, let query?):
            try search.articleFacets(
                matching: query, filters: form.filters, limit: Facets.length,
                sampleSize: sampleSize)
        case (.articles, nil):
            SearchFacets(total: 0)
        case (.quotes, let query):
            try search.quoteFacets(
                matching: query, filters: form.filters, limit: Facets.length,
                sampleSize: sampleSize)
        }
    }

    /// The results of one page, with their snippets: by id from the ranked sample, or past its
    /// end by a search of their own.
    private static func rows(
        _ search: ArchiveSearch, form: SearchForm, _ facets: SearchFacets, offset: Int
    ) throws -> [Row] {
        let end = min(offset + pageSize, facets.total)
        let ids = end <= facets.sampleIDs.count ? facets.sampleIDs[offset..<end] : nil
        switch (form.target, form.query, ids) {
        case (.articles, let query?, let ids?):
            return try search.articles(ids: ids, highlighting: query).rows()
        case (.articles, let query?, nil):
            return try search.articles(
                matching: query, filters: form.filters, limit: pageSize, offset: offset
            ).rows(limit: pageSize)
        case (.articles, nil, _):
            return []
        case (.quotes, let query, let ids?):
            return try search.quotes(ids: ids, highlighting: query).rows()
        case (.quotes, let query, nil):
            return try search.quotes(
                matching: query, filters: form.filters, limit: pageSize, offset: offset
            ).rows(limit: pageSize)
        }
    }

    private static func articleItem(_ row: Row) -> HTML {
        """
        <li><a href="/articles/\(row.int("id") ?? 0)">\(row.text("headline") ?? "(no headline)")</a>
        <div class="meta">\(Layout.meta(row.text("publication"), Layout.date(row.text("published"))))</div>
        <div>\(HTML.highlighted(row.text("snippet") ?? ""))</div></li>
        """
    }

    private static func quoteItem(_ row: Row, links: inout SpeakerLinks) throws -> HTML {
        let text = HTML.highlighted(row.text("snippet") ?? row.text("text") ?? "")
        let speaker = try links.html(for: row.text("speaker"), mention: row.text("mention"))
        let article = "/articles/\(row.int("article_id") ?? 0)#q\(row.int("id") ?? 0)"
        return """
            <li><blockquote>\(text)</blockquote>
            <div class="meta">— \(speaker)\(row.text("cue").map { " (\($0))" } ?? "") \
            <span class="tag">\(row.text("kind") ?? "")</span> · \
            <a href="\(article)">\(row.text("headline") ?? "article")</a> · \
            \(Layout.meta(row.text("publication"), Layout.date(row.text("published"))))</div></li>
            """
    }

    private static func filterForm(_ form: SearchForm) -> HTML {
        func option(_ value: String, _ label: String, selected: Bool) -> HTML {
            let isSelected: HTML = selected ? " selected" : ""
            return "<option value=\"\(value)\"\(isSelected)>\(label)</option>"
        }
        let targets = SearchTarget.allCases.map {
            option($0.rawValue, $0.rawValue, selected: $0 == form.target)
        }
        let kinds =
            [option("", "any kind", selected: form.filters.kind == nil)]
            + QuoteKind.allCases.map {
                option($0.rawValue, $0.rawValue, selected: $0 == form.filters.kind)
            }
        return """
            <form class="filters" action="/search" method="get">
            <label>Words<input type="search" name="q" value="\(form.words ?? "")"></label>
            <label>In<select name="in">\(targets)</select></label>
            <label>Speaker<input name="speaker" value="\(form.filters.speaker ?? "")" size="14"></label>
            <label>Publication<input name="publication" value="\(form.filters.publication ?? "")" size="14"></label>
            <label>Since<input type="date" name="since" value="\(form.filters.since ?? "")"></label>
            <label>Until<input type="date" name="until" value="\(form.filters.until ?? "")"></label>
            <label>Quote kind<select name="kind">\(kinds)</select></label>
            <button type="submit">Search</button>
            </form>
            """
    }
}

/// Links from speaker names to their person or organisation pages, looked up once per name.
struct SpeakerLinks {
    let connection: Connection
    private var known: [String: String?] = [:]

    init(connection: Connection) { self.connection = connection }

    /// The speaker's name as a link, or the mention as written in brackets when the quote has
    /// no resolved speaker.
    mutating func html(for speaker: String?, mention: String?) throws -> HTML {
        guard let speaker else {
            return "<span class=\"muted\">(\(mention ?? "unknown speaker"))</span>"
        }
        if known[speaker] == nil {
            known[speaker] = .some(
                try WebQueries(connection: connection).speakerLink(named: speaker))
        }
        guard let link = known[speaker] ?? nil else { return .text(speaker) }
        return "<a href=\"\(link)\">\(speaker)</a>"
    }
}

/// The counts by speaker and by publication beside search results; each links to the same
/// search narrowed to it.
enum Facets {
    /// How many speakers and publications are listed.
    static let length = 10

    static func render(_ facets: SearchFacets, form: SearchForm) -> HTML {
        guard facets.total > 0 else { return .empty }
        let sample: HTML =
            facets.isSampled
            ? "<p class=\"muted\">Counted in the first \(facets.sampleIDs.count) of \(facets.total) results.</p>"
            : ""
        return """
            <aside class="facets">
            \(sample)\(list("Speakers", facets.speakers, parameter: "speaker", form: form))
            \(list("Publications", facets.publications, parameter: "publication", form: form))
            </aside>
            """
    }

    private static func list(
        _ title: String, _ counts: [FacetCount], parameter: String, form: SearchForm
    ) -> HTML {
        guard !counts.isEmpty else { return .empty }
        let items = counts.map { facet -> HTML in
            let parameters =
                form.parameters.filter { $0.0 != parameter } + [(parameter, facet.value)]
            return
                "<li><a href=\"\(Link.to("/search", pairs: parameters))\">\(facet.value)</a> <span class=\"muted\">\(facet.count)</span></li>"
        }
        return "<h3>\(title)</h3><ul>\(items)</ul>"
    }
}
