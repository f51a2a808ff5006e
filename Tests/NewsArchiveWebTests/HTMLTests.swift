import NewsArchive
import Testing

@testable import NewsArchiveWeb

@Suite("HTML rendering")
struct HTMLTests {
    @Test(
        "interpolated text is escaped",
        arguments: [
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
            ("Tom & Jerry's", "Tom &amp; Jerry&#39;s"),
            ("Müller", "Müller"),
            ("", ""),
        ])
    func escaping(text: String, escaped: String) {
        let html: HTML = "<p title=\"\(text)\">\(text)</p>"
        #expect(html.markup == "<p title=\"\(escaped)\">\(escaped)</p>")
    }

    @Test("highlight markers become <mark>, and stray markers cannot unbalance it")
    func highlighting() {
        #expect(HTML.highlighted("a \u{E000}b<\u{E001} c").markup == "a <mark>b&lt;</mark> c")
        #expect(HTML.highlighted("\u{E001}x\u{E000}y").markup == "x<mark>y</mark>")
        #expect(HTML.highlighted("\u{E000}\u{E000}z\u{E001}\u{E001}").markup == "<mark>z</mark>")
    }

    @Test("quotes are marked within paragraphs; bad and overlapping spans are skipped")
    func markedText() {
        let body = "One \"two\" three.\n\nFour <five> six."
        let speaker: HTML = "<a href=\"/people/1\">A</a>"
        let spans = [
            QuoteSpan(id: 1, start: 5, end: 8, kind: "direct", speaker: speaker),
            QuoteSpan(id: 2, start: 6, end: 9, kind: "direct", speaker: speaker),
            QuoteSpan(id: 3, start: 23, end: 29, kind: "indirect", speaker: speaker),
            QuoteSpan(id: 4, start: 30, end: 500, kind: "direct", speaker: speaker),
        ]
        let paragraphs = MarkedText.paragraphs(of: body, spans: spans).map(\.markup)
        #expect(
            paragraphs == [
                "One &quot;<mark class=\"quote direct\" id=\"q1\">two</mark><span class=\"speaker\"><a href=\"/people/1\">A</a></span>&quot; three.",
                "Four <mark class=\"quote indirect\" id=\"q3\">&lt;five&gt;</mark><span class=\"speaker\"><a href=\"/people/1\">A</a></span> six.",
            ])
    }

    @Test("facets link to the narrower search and say when they count only the first results")
    func facets() throws {
        let form = try SearchForm(QueryParameters(query: "q=tax", allowed: ["q"]))
        let facets = SearchFacets(
            total: 1_500, speakers: [FacetCount(value: "Zoë <b>Brandt</b>", count: 12)],
            sampleIDs: Array(1...1_000))
        let html = Facets.render(facets, form: form).markup
        #expect(html.contains("Counted in the first 1000 of 1500 results."))
        #expect(
            html.contains(
                "<a href=\"/search?q=tax&amp;speaker=Zo%C3%AB%20%3Cb%3EBrandt%3C%2Fb%3E\">Zoë &lt;b&gt;Brandt&lt;/b&gt;</a> <span class=\"muted\">12</span>"
            ))
        #expect(!html.contains("Publications"))
        let whole = Facets.render(SearchFacets(total: 3, sampleIDs: [1, 2, 3]), form: form)
        #expect(!whole.markup.contains("Counted in"))
        #expect(Facets.render(SearchFacets(total: 0), form: form).markup.isEmpty)
    }

    @Test("links percent-encode their parameters and drop empty ones")
    func links() {
        #expect(
            Link.to("/search", ["q": "a&b c", "speaker": nil, "page": "2"])
                == "/search?q=a%26b%20c&page=2")
    }

    @Test("a memory sink keeps what a writer writes")
    func memorySink() throws {
        let sink = OutputSink.memory()
        let writer = makeRowWriter(.csv, sink: sink)
        try writer.begin(columns: ["a", "b"])
        try writer.write([.text("x,y"), .integer(2)])
        try writer.end()
        #expect(String(decoding: sink.contents, as: UTF8.self) == "a,b\r\n\"x,y\",2\r\n")
        #expect(OutputSink.standardOutput().contents.isEmpty)
    }
}
