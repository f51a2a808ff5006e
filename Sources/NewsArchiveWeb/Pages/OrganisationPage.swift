import NewsArchive

/// One organisation: name, aliases, counts, the people tied to it, its quotes and the articles
/// that name it.
enum OrganisationPage {
    static let pageSize = 20
    static let parameterNames: Set<String> = ["q", "page"]

    static func render(_ store: ArchiveStore, id: Int, words: String?, page: Int) throws
        -> WebResponse
    {
        let queries = WebQueries(connection: store.connection)
        guard let organisation = try queries.organisation(id: Int64(id)) else {
            throw WebError.notFound(
                "There is no organisation \(id). See the list of organisations.")
        }
        let name = organisation.text("name") ?? ""
        let query = words.flatMap(SearchQuery.init(words:))
        let offset = (page - 1) * pageSize
        let rows = try queries.quotes(
            by: .organisation, id: Int64(id), matching: query, limit: pageSize, offset: offset)
        let shown = Array(rows.prefix(pageSize))
        let members = try queries.members(ofOrganisation: Int64(id), limit: 20)
        let articles = try queries.articles(mentioningOrganisation: Int64(id), limit: 10)
        let aliases = organisation.list("aliases")
        let path = "/organisations/\(id)"
        let content: HTML = """
            <h1>\(name)</h1>
            <dl class="cols">
            <div><dt class="muted">Also called</dt><dd>\(aliases.isEmpty ? "—" : aliases.joined(separator: "; "))</dd></div>
            <div><dt class="muted">Seen</dt><dd>\(Layout.date(organisation.text("first_seen"))) to \(Layout.date(organisation.text("last_seen"))) · \(organisation.int("articles") ?? 0) articles · \(organisation.int("quotes") ?? 0) quotes</dd></div>
            </dl>
            <div class="cols">
            <section><h2>People</h2>\(members.isEmpty ? "<p class=\"muted\">No one is tied to it.</p>" : PersonList.render(members))</section>
            <section><h2>Latest articles naming it</h2>\(articles.isEmpty ? "<p class=\"muted\">None.</p>" : ArticleList.render(articles))</section>
            </div>
            <h2>Its quotes, newest first</h2>
            <form class="filters" action="\(path)" method="get">
            <label>Words in the quotes<input type="search" name="q" value="\(words ?? "")"></label>
            <button type="submit">Search</button>
            </form>
            \(shown.isEmpty ? "<p class=\"muted\">No quotes.</p>" : QuoteList.render(shown))
            \(Layout.pager(path: path, parameters: [("q", words)], page: page, hasMore: rows.count > pageSize))
            \(Layout.exports("/api/quotes", [("speaker", name), ("q", words)]))
            """
        return .page(Layout.page(title: name, content))
    }
}
