import NewsArchive

/// The people or the organisations, most quoted first, filtered by part of a name.
enum EntityListPage {
    static let pageSize = 50
    static let parameterNames: Set<String> = ["q", "page"]

    static func render(_ store: ArchiveStore, kind: EntityKind, words: String?, page: Int) throws
        -> WebResponse
    {
        let search = ArchiveSearch(connection: store.connection)
        let offset = (page - 1) * pageSize
        let rows =
            try
            (kind == .person
            ? search.people(matching: words, limit: pageSize, offset: offset)
            : search.organisations(matching: words, limit: pageSize, offset: offset)).rows()
        let shown = Array(rows.prefix(pageSize))
        let title = kind == .person ? "People" : "Organisations"
        let path = kind == .person ? "/people" : "/organisations"
        let list: HTML
        if shown.isEmpty {
            list = "<p class=\"muted\">No \(title.lowercased()) found.</p>"
        } else if kind == .person {
            list = PersonList.render(shown)
        } else {
            let items = shown.map { row -> HTML in
                """
                <li><a href="/organisations/\(row.int("id") ?? 0)">\(row.text("name") ?? "")</a> \
                <span class="muted">\(row.int("quotes") ?? 0) quotes · \(row.int("articles") ?? 0) articles</span></li>
                """
            }
            list = "<ul class=\"plain\">\(items)</ul>"
        }
        let content: HTML = """
            <h1>\(title)</h1>
            <form class="filters" action="\(path)" method="get">
            <label>Part of a name<input type="search" name="q" value="\(words ?? "")"></label>
            <button type="submit">Filter</button>
            </form>
            \(list)
            \(Layout.pager(path: path, parameters: [("q", words)], page: page, hasMore: rows.count > pageSize))
            \(Layout.exports("/api\(path)", [("q", words)]))
            """
        return .page(Layout.page(title: title, content))
    }
}
