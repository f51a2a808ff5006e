import NewsArchive

/// One article: headline, publication, date, byline, and the text with every quote marked and
/// its speaker linked; then its people, organisations and quotes.
enum ArticlePage {
    static func render(_ store: ArchiveStore, id: Int) throws -> WebResponse {
        let search = ArchiveSearch(connection: store.connection)
        guard let document = try search.articleDocument(String(id)), document["id"]?.int == id
        else {
            throw WebError.notFound("There is no article \(id). Find one by searching.")
        }
        let people = document["people"]?.items ?? []
        let organisations = document["organisations"]?.items ?? []
        let quotes = document["quotes"]?.items ?? []
        let personIDs = Set(people.compactMap { $0["id"]?.int })
        let organisationIDs = Set(organisations.compactMap { $0["id"]?.int })
        var links = SpeakerLinks(connection: store.connection)

        func speakerHTML(_ quote: JSONValue) throws -> HTML {
            let name = quote["speaker"]?.text
            if let name, let id = quote["speaker_id"]?.int {
                if personIDs.contains(id) { return "<a href=\"/people/\(id)\">\(name)</a>" }
                if organisationIDs.contains(id) {
                    return "<a href=\"/organisations/\(id)\">\(name)</a>"
                }
            }
            return try links.html(for: name, mention: quote["mention"]?.text)
        }
        var spans: [String: [Int: [QuoteSpan]]] = [:]
        var quoteItems: [HTML] = []
        for quote in quotes {
            let speaker = try speakerHTML(quote)
            let quoteID = quote["id"]?.int ?? 0
            let kind = quote["kind"]?.text ?? ""
            let section = quote["section"]?.text ?? "body"
            // Offsets in the body count across the whole stored body, whatever the paragraph;
            // in the other sections they count within the one piece of text.
            let piece = section == "body" ? 0 : quote["paragraph"]?.int ?? 0
            spans[section, default: [:]][piece, default: []].append(
                QuoteSpan(
                    id: quoteID, start: quote["start"]?.int ?? -1, end: quote["end"]?.int ?? -1,
                    kind: kind, speaker: speaker))
            quoteItems.append(
                """
                <li><blockquote>\(quote["text"]?.text ?? "")</blockquote>
                <div class="meta">— \(speaker)\(quote["cue"]?.text.map { " (\($0))" } ?? "") \
                <span class="tag">\(kind)</span> · <a href="#q\(quoteID)">in the text</a></div></li>
                """)
        }
        let headline = document["headline"]?.text ?? ""
        let meta = Layout.meta(
            document["publication"]?.text, Layout.date(document["published"]?.text),
            document["byline"]?.text.map { "By \($0)" })
        let standfirst: HTML =
            document["standfirst"]?.text.map {
                "<p><strong>\(MarkedText.line($0, spans: spans["standfirst"]?[0] ?? []))</strong></p>"
            } ?? ""
        let captions = (document["captions"]?.items ?? []).enumerated().map {
            index, caption -> HTML in
            "<p class=\"muted\"><em>\(MarkedText.line(caption.text ?? "", spans: spans["caption"]?[index] ?? []))</em></p>"
        }
        let paragraphs = MarkedText.paragraphs(
            of: document["body"]?.text ?? "", spans: spans["body"]?[0] ?? []
        ).map { paragraph -> HTML in "<p>\(paragraph)</p>" }
        let personItems = people.map { person -> HTML in
            let mentions =
                person["mentions"]?.items.compactMap(\.text).joined(separator: ", ") ?? ""
            return """
                <li><a href="/people/\(person["id"]?.int ?? 0)">\(person["name"]?.text ?? "")</a> \
                <span class="muted">\(mentions)</span></li>
                """
        }
        let organisationItems = organisations.map { organisation -> HTML in
            """
            <li><a href="/organisations/\(organisation["id"]?.int ?? 0)">\(organisation["name"]?.text ?? "")</a></li>
            """
        }
        let content: HTML = """
            <article>
            <h1>\(MarkedText.line(headline, spans: spans["headline"]?[0] ?? []))</h1>
            <p class="meta">\(meta)</p>
            \(standfirst)
            \(captions)
            \(paragraphs)
            </article>
            <p class="meta">Key: \(document["key"]?.text ?? "")\(url(document["url"]?.text))</p>
            <div class="cols">
            <section><h2>People</h2>\(personItems.isEmpty ? "<p class=\"muted\">None found.</p>" : ("<ul class=\"plain\">\(personItems)</ul>" as HTML))</section>
            <section><h2>Organisations</h2>\(organisationItems.isEmpty ? "<p class=\"muted\">None found.</p>" : ("<ul class=\"plain\">\(organisationItems)</ul>" as HTML))</section>
            </div>
            <h2>Quotes (\(quotes.count))</h2>
            \(quoteItems.isEmpty ? "<p class=\"muted\">None found.</p>" : ("<ol class=\"results\">\(quoteItems)</ol>" as HTML))
            <p class="exports">Download: <a href="\(Link.to("/api/show", ["article": String(id)]))">JSON</a> (as <code>newsarchive show \(id) --format json</code>)</p>
            """
        return .page(Layout.page(title: headline, content))
    }

    /// The article's address as a link when it is a web address, else nothing: a stored
    /// `javascript:` URL must not become a link.
    private static func url(_ text: String?) -> HTML {
        guard let text, text.hasPrefix("https://") || text.hasPrefix("http://") else { return "" }
        return " · <a href=\"\(text)\" rel=\"noopener noreferrer nofollow\">original</a>"
    }
}
