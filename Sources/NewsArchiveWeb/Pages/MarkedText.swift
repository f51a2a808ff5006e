/// A quote's place in a section's text, and what to show with it.
struct QuoteSpan {
    /// The quote's id, used as the anchor `q<id>`.
    var id: Int
    /// Offsets in Unicode scalars of the section's text: [start, end).
    var start: Int
    var end: Int
    /// direct, mixed or indirect.
    var kind: String
    /// The speaker, shown after the quote.
    var speaker: HTML
}

/// Section text with each quote marked: `<mark>` around it and its speaker after it.
enum MarkedText {
    /// The paragraphs of a text whose paragraphs are separated by a blank line (an article's
    /// stored body), each with its quotes marked.
    ///
    /// Spans outside the text or overlapping an earlier span are left unmarked (the quote list
    /// still shows them); a span across a paragraph break is marked in each paragraph.
    static func paragraphs(of text: String, spans: [QuoteSpan]) -> [HTML] {
        let scalars = Array(text.unicodeScalars)
        var paragraphs: [Range<Int>] = []
        var start = 0
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "\n" && scalars[index + 1] == "\n" {
                paragraphs.append(start..<index)
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        paragraphs.append(start..<scalars.count)
        let usable = usableSpans(spans, length: scalars.count)
        return paragraphs.map { mark(scalars, range: $0, spans: usable) }
    }

    /// One piece of text (a headline, a caption) with its quotes marked.
    static func line(_ text: String, spans: [QuoteSpan]) -> HTML {
        let scalars = Array(text.unicodeScalars)
        return mark(
            scalars, range: 0..<scalars.count, spans: usableSpans(spans, length: scalars.count))
    }

    private static func usableSpans(_ spans: [QuoteSpan], length: Int) -> [QuoteSpan] {
        var result: [QuoteSpan] = []
        var end = 0
        for span in spans.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) })
        where span.start >= end && span.start < span.end && span.end <= length {
            result.append(span)
            end = span.end
        }
        return result
    }

    private static func mark(_ scalars: [Unicode.Scalar], range: Range<Int>, spans: [QuoteSpan])
        -> HTML
    {
        func text(_ part: Range<Int>) -> HTML {
            var string = ""
            string.unicodeScalars.append(contentsOf: scalars[part])
            return .text(string)
        }
        var out: [HTML] = []
        var cursor = range.lowerBound
        for span in spans where span.end > range.lowerBound && span.start < range.upperBound {
            let from = max(span.start, range.lowerBound)
            let to = min(span.end, range.upperBound)
            out.append(text(cursor..<from))
            let anchor: HTML = span.start >= range.lowerBound ? " id=\"q\(span.id)\"" : ""
            out.append("<mark class=\"quote \(span.kind)\"\(anchor)>\(text(from..<to))</mark>")
            if span.end <= range.upperBound {
                out.append("<span class=\"speaker\">\(span.speaker)</span>")
            }
            cursor = to
        }
        out.append(text(cursor..<range.upperBound))
        return .joined(out)
    }
}
