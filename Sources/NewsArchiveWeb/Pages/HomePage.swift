import NewsArchive

/// The front page: what the archive holds, a search box, the most quoted people and the newest
/// articles.
enum HomePage {
    /// How many people and articles each list shows.
    static let listLength = 10

    /// What the page shows, read from the archive; the server keeps it until the archive
    /// changes (``ArchiveValueCache``).
    struct Contents: Sendable {
        /// The counts of ``statistics``, by item (`articles`, `people`, ...).
        var counts: [String: String]
        /// The most quoted people, at most ``listLength``.
        var people: [Row]
        /// The newest articles, at most ``listLength``.
        var articles: [Row]
    }

    /// The counts the page shows, in order.
    static let statistics = ["articles", "people", "organisations", "quotes"]

    /// Reads what the page shows.
    /// - Throws: ``SQLiteError``.
    static func contents(_ store: ArchiveStore) throws -> Contents {
        let search = ArchiveSearch(connection: store.connection)
        var counts: [String: String] = [:]
        for row in try search.statistics().rows() {
            if let item = row.text("item"), let value = row.text("value") { counts[item] = value }
        }
        let people = try search.people(matching: nil, limit: listLength).rows(limit: listLength)
        let articles = try WebQueries(connection: store.connection).recentArticles(
            limit: listLength
        ).prefix(listLength)
        return Contents(counts: counts, people: people, articles: Array(articles))
    }

    /// The page, read from the archive on the spot.
    /// - Throws: ``SQLiteError``.
    static func render(_ store: ArchiveStore) throws -> WebResponse {
        render(try contents(store))
    }

    /// The page for contents read before.
    static func render(_ contents: Contents) -> WebResponse {
        let (counts, people, articles) = (contents.counts, contents.people, contents.articles)
        let stats = statistics.map { item -> HTML in
            "<li><b>\(counts[item] ?? "0")</b> \(item)</li>"
        }
        let content: HTML = """
            <h1>The archive</h1>
            <ul class="stats">\(stats)</ul>
            <form class="filters" action="/search" method="get">
            <label>Words<input type="search" name="q" placeholder="e.g. technology"></label>
            <label>In<select name="in"><option value="articles">articles</option><option value="quotes">quotes</option></select></label>
            <button type="submit">Search</button>
            </form>
            <div class="cols">
            <section>
            <h2>Most quoted people</h2>
            \(people.isEmpty ? "<p class=\"muted\">No one is quoted yet.</p>" : PersonList.render(people))
            \(Layout.exports("/api/people", [("limit", String(listLength))]))
            </section>
            <section>
            <h2>Latest articles</h2>
            \(articles.isEmpty ? "<p class=\"muted\">No articles yet: ingest some with <code>newsarchive ingest</code>.</p>" : ArticleList.render(articles))
            \(Layout.exports("/api/articles", [("limit", String(listLength))]))
            </section>
            </div>
            """
        return .page(Layout.page(title: "Home", content))
    }
}

/// A list of people with their counts, linking to their pages.
enum PersonList {
    static func render(_ rows: [Row]) -> HTML {
        let items = rows.map { row -> HTML in
            let name = row.text("name") ?? ""
            let titles = row.list("titles").prefix(2).joined(separator: "; ")
            return """
                <li><a href="/people/\(row.int("id") ?? 0)">\(name)</a> \
                <span class="muted">\(row.int("quotes") ?? 0) quotes · \(row.int("articles") ?? 0) articles\
                \(titles.isEmpty ? "" : " · " + titles)</span></li>
                """
        }
        return "<ul class=\"plain\">\(items)</ul>"
    }
}

/// A list of articles with publication and date, linking to their pages.
enum ArticleList {
    static func render(_ rows: [Row]) -> HTML {
        let items = rows.map { row -> HTML in
            """
            <li><a href="/articles/\(row.int("id") ?? 0)">\(row.text("headline") ?? "(no headline)")</a>
            <div class="meta">\(Layout.meta(row.text("publication"), Layout.date(row.text("published")), row.text("byline")))</div></li>
            """
        }
        return "<ul class=\"plain\">\(items)</ul>"
    }
}
