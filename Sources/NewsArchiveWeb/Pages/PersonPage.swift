import NewsArchive

/// One person: name, aliases, titles, organisations, first and last seen, and their quotes
/// newest first, searchable.
enum PersonPage {
    static let pageSize = 20
    static let parameterNames: Set<String> = ["q", "page"]

    static func render(_ store: ArchiveStore, id: Int, words: String?, page: Int) throws
        -> WebResponse
    {
        let search = ArchiveSearch(connection: store.connection)
        guard let person = try search.personDocument(String(id), latest: 0),
            person["id"]?.int == id
        else {
            throw WebError.notFound("There is no person \(id). See the list of people.")
        }
        let name = person["name"]?.text ?? ""
        let query = words.flatMap(SearchQuery.init(words:))
        let offset = (page - 1) * pageSize
        let rows = try WebQueries(connection: store.connection).quotes(
            by: .person, id: Int64(id), matching: query, limit: pageSize, offset: offset)
        let shown = Array(rows.prefix(pageSize))
        func list(_ key: String) -> String {
            let items = person[key]?.items.compactMap(\.text) ?? []
            return items.isEmpty ? "—" : items.joined(separator: "; ")
        }
        let quotes: HTML
        if words != nil && query == nil {
            quotes =
                "<p class=\"error\">Nothing to search: the words hold no letters or digits.</p>"
        } else if shown.isEmpty {
            quotes = "<p class=\"muted\">\(words == nil ? "No quotes." : "No quotes match.")</p>"
        } else {
            quotes = QuoteList.render(shown)
        }
        let path = "/people/\(id)"
        let content: HTML = """
            <h1>\(name)</h1>
            <dl class="cols">
            <div><dt class="muted">Also called</dt><dd>\(list("aliases"))</dd></div>
            <div><dt class="muted">Titles</dt><dd>\(list("titles"))</dd></div>
            <div><dt class="muted">Organisations</dt><dd>\(list("organisations"))</dd></div>
            <div><dt class="muted">Seen</dt><dd>\(Layout.date(person["first_seen"]?.text)) to \(Layout.date(person["last_seen"]?.text)) · \(person["articles"]?.int ?? 0) articles · \(person["quotes"]?.int ?? 0) quotes</dd></div>
            </dl>
            <h2>Quotes, newest first</h2>
            <form class="filters" action="\(path)" method="get">
            <label>Words in the quotes<input type="search" name="q" value="\(words ?? "")"></label>
            <button type="submit">Search</button>
            </form>
            \(quotes)
            \(Layout.pager(path: path, parameters: [("q", words)], page: page, hasMore: rows.count > pageSize))
            \(Layout.exports("/api/quotes", [("speaker", name), ("q", words)]))
            """
        return .page(Layout.page(title: name, content))
    }
}

/// Quotes of one speaker: the text (matches highlighted) with its article.
enum QuoteList {
    static func render(_ rows: [Row]) -> HTML {
        let items = rows.map { row -> HTML in
            let article = "/articles/\(row.int("article_id") ?? 0)#q\(row.int("id") ?? 0)"
            return """
                <li><blockquote>\(HTML.highlighted(row.text("text") ?? ""))</blockquote>
                <div class="meta">\(row.text("cue") ?? "") <span class="tag">\(row.text("kind") ?? "")</span> · \
                <a href="\(article)">\(row.text("headline") ?? "article")</a> · \
                \(Layout.meta(row.text("publication"), Layout.date(row.text("published"))))</div></li>
                """
        }
        return "<ol class=\"results\">\(items)</ol>"
    }
}
