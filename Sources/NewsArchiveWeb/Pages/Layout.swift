/// The frame every page shares: head, one small inline style sheet, the header with the search
/// box, and the footer.
enum Layout {
    /// A whole page.
    static func page(title: String, query: String? = nil, _ content: HTML) -> HTML {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · newsarchive</title>
        <style>\(style)</style>
        </head>
        <body>
        <header>
        <a class="brand" href="/">newsarchive</a>
        <form class="search" action="/search" method="get" role="search">
        <input type="search" name="q" value="\(query ?? "")" placeholder="Search articles" aria-label="Search articles">
        <button type="submit">Search</button>
        </form>
        <nav><a href="/people">People</a> <a href="/organisations">Organisations</a></nav>
        </header>
        <main>
        \(content)
        </main>
        <footer>Read-only view of the archive · <a href="/api/">JSON API</a></footer>
        </body>
        </html>
        """
    }

    /// Links to the same rows as CSV and as JSON.
    static func exports(_ path: String, _ parameters: [(String, String?)]) -> HTML {
        let csv = Link.to(path, pairs: parameters + [("format", "csv")])
        let json = Link.to(path, pairs: parameters)
        return """
            <p class="exports">Download: <a href="\(csv)">CSV</a> · <a href="\(json)">JSON</a></p>
            """
    }

    /// Previous and next links for a listing shown `pageSize` rows at a time.
    static func pager(
        path: String, parameters: [(String, String?)], page: Int, hasMore: Bool
    ) -> HTML {
        guard page > 1 || hasMore else { return .empty }
        let previous: HTML =
            page > 1
            ? "<a rel=\"prev\" href=\"\(Link.to(path, pairs: parameters + [("page", page > 2 ? String(page - 1) : nil)]))\">← Previous</a>"
            : ""
        let next: HTML =
            hasMore
            ? "<a rel=\"next\" href=\"\(Link.to(path, pairs: parameters + [("page", String(page + 1))]))\">Next →</a>"
            : ""
        return "<nav class=\"pager\">\(previous) <span>Page \(page)</span> \(next)</nav>"
    }

    /// A date as the archive stores it, cut to the day.
    static func date(_ text: String?) -> String {
        guard let text else { return "" }
        return String(text.prefix(10))
    }

    /// "publication · date", leaving out what is missing.
    static func meta(_ parts: String?...) -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    private static let style: HTML = """
        :root{--fg:#1d2125;--muted:#5f6b76;--line:#dde2e7;--accent:#0b5cad;--mark:#fff3a3;--bg:#fff}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
        header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.75rem 1rem;border-bottom:1px solid var(--line)}
        header nav a{margin-right:.75rem}
        .brand{font-weight:700;color:var(--fg);text-decoration:none;font-size:1.1rem}
        form.search{display:flex;flex:1 1 16rem;gap:.4rem;max-width:36rem}
        input,select,button{font:inherit;padding:.35rem .5rem;border:1px solid var(--line);border-radius:6px;background:#fff;min-width:0}
        input[type=search]{flex:1}
        button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        a{color:var(--accent)}
        h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
        dd{margin:0}
        h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
        .muted,.meta{color:var(--muted);font-size:.9rem}
        .cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem 2rem}
        .stats{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none}
        .stats b{font-size:1.3rem;display:block}
        ol.results,ul.plain{list-style:none;padding:0;margin:0}
        ol.results li,ul.plain li{padding:.6rem 0;border-bottom:1px solid var(--line)}
        mark{background:var(--mark);padding:0 .1em}
        mark.quote{background:#e6f0fb;border-bottom:2px solid var(--accent)}
        mark.quote.indirect{background:#f1f1f1;border-bottom-color:var(--muted)}
        .speaker{font-size:.8rem;vertical-align:super;margin-left:.15rem}
        blockquote{margin:.25rem 0;padding-left:.75rem;border-left:3px solid var(--line)}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0 1rem}
        .filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
        .layout{display:grid;grid-template-columns:1fr 14rem;gap:2rem}
        .facets h3{font-size:.95rem;margin:1rem 0 .25rem}
        .facets ul{list-style:none;padding:0;margin:0;font-size:.9rem}
        .tag{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:4px;background:#eef1f4;color:var(--muted)}
        .pager{display:flex;gap:1rem;margin:1rem 0}
        .exports{font-size:.85rem}
        .error{border-left:4px solid #b3261e;padding:.5rem 1rem;background:#fdf0ef}
        article p{margin:0 0 1rem}
        footer{color:var(--muted);font-size:.8rem;text-align:center;padding:2rem 1rem}
        @media (max-width:40rem){.layout{grid-template-columns:1fr}main{padding:.75rem}h1{font-size:1.35rem}}
        """
}

extension HTML {
    /// Text with SQLite's highlight markers (U+E000 … U+E001) turned into `<mark>`; the rest
    /// escaped. A stray marker in the article text can neither open a second mark nor leave one
    /// open.
    static func highlighted(_ marked: String) -> HTML {
        var out: [HTML] = []
        var plain = ""
        var isOpen = false
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "\u{E000}" where !isOpen:
                out.append(.text(plain))
                plain = ""
                out.append("<mark>")
                isOpen = true
            case "\u{E001}" where isOpen:
                out.append(.text(plain))
                plain = ""
                out.append("</mark>")
                isOpen = false
            case "\u{E000}", "\u{E001}":
                break
            default:
                plain.unicodeScalars.append(scalar)
            }
        }
        out.append(.text(plain))
        if isOpen { out.append("</mark>") }
        return .joined(out)
    }
}
