import NewsArchive

/// Search results for articles or quotes: highlighted snippets, filters, counts by speaker and
/// publication, and pages of ``pageSize`` results.
enum SearchPage {
    /// Results per page.
    static let pageSize = 20
    /// At most this many results are read for the counts; beyond it the page says "more than".
    static let scanLimit = 1000
    /// The parameters the page takes.
    static let parameterNames = SearchForm.parameterNames.union(["page"])

    static func render(_ store: ArchiveStore, form: SearchForm, page: Int) throws -> WebResponse {
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
        let rows: [Row]
        switch (form.target, form.query) {
        case (.articles, let query?):
            rows = try search.articles(matching: query, filters: form.filters, limit: scanLimit)
                .rows()
        case (.quotes, let query):
            rows = try search.quotes(matching: query, filters: form.filters, limit: scanLimit)
                .rows()
        case (.articles, nil):
            body.append(
                "<p class=\"muted\">Type some words to search the articles, or search quotes to list them by speaker, publication, date or kind.</p>"
            )
            return .page(Layout.page(title: title, query: form.words, .joined(body)))
        }
        let total = min(rows.count, scanLimit)
        let offset = (page - 1) * pageSize
        let shown = offset < total ? Array(rows[offset..<min(offset + pageSize, total)]) : []
        let count = rows.count > scanLimit ? "More than \(scanLimit)" : String(total)
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
            results = """
                <p class="muted">\(count) \(noun)\(total == 1 ? "" : "s") · showing \(offset + 1)–\(offset + shown.count)</p>
                <ol class="results">\(items)</ol>
                \(Layout.pager(path: "/search", parameters: form.parameters, page: page, hasMore: offset + pageSize < total))
                \(Layout.exports(apiPath, apiParameters))
                """
        }
        let facets = try Facets.render(
            rows: Array(rows.prefix(total)), form: form, connection: store.connection)
        body.append("<div class=\"layout\"><section>\(results)</section>\(facets)</div>")
        return .page(Layout.page(title: title, query: form.words, .joined(body)))
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
    static let length = 10

    static func render(rows: [Row], form: SearchForm, connection: Connection) throws -> HTML {
        guard !rows.isEmpty else { return .empty }
        var publications: [String: Int] = [:]
        for row in rows { publications[row.text("publication") ?? "", default: 0] += 1 }
        publications.removeValue(forKey: "")
        let speakers: [(name: String, count: Int)]
        if form.target == .articles {
            speakers = try WebQueries(connection: connection).speakerCounts(
                inArticles: rows.compactMap { $0.int("id") }, limit: length)
        } else {
            var counts: [String: Int] = [:]
            for row in rows {
                if let speaker = row.text("speaker") { counts[speaker, default: 0] += 1 }
            }
            speakers = top(counts)
        }
        return """
            <aside class="facets">
            \(list("Speakers", speakers, parameter: "speaker", form: form))
            \(list("Publications", top(publications), parameter: "publication", form: form))
            </aside>
            """
    }

    private static func top(_ counts: [String: Int]) -> [(name: String, count: Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(length).map { ($0.key, $0.value) }
    }

    private static func list(
        _ title: String, _ counts: [(name: String, count: Int)], parameter: String, form: SearchForm
    ) -> HTML {
        guard !counts.isEmpty else { return .empty }
        let items = counts.map { name, count -> HTML in
            let parameters = form.parameters.filter { $0.0 != parameter } + [(parameter, name)]
            return
                "<li><a href=\"\(Link.to("/search", pairs: parameters))\">\(name)</a> <span class=\"muted\">\(count)</span></li>"
        }
        return "<h3>\(title)</h3><ul>\(items)</ul>"
    }
}
