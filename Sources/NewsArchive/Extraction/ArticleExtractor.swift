/// Extracts the people, organisations and quoted claims of an article.
///
/// ```swift
/// let extraction = ArticleExtractor.extract(from: article)
/// for quote in extraction.quotes { print(quote.text) }
/// ```
/// Pure Swift on arrays of Unicode scalars: safe to call from any thread, linear in the
/// article's length.
public enum ArticleExtractor {
    /// Finds the people, organisations and quotes of one article, with quote speakers resolved
    /// within the article.
    public static func extract(from article: Article) -> ArticleExtraction {
        let passages = Passage.passages(of: article)
        let table = EntityExtractor.extract(passages: passages, publication: article.publication)
        let candidates = QuoteLinker.link(
            passages.map {
                QuoteExtractor.quotes(in: $0, vocabulary: table.vocabulary)
            })
        var resolver = SpeakerResolver(passages: passages, table: table)
        let speakers = resolver.resolve(candidates)
        let resolved = resolver.table

        var quotes: [ExtractedQuote] = []
        quotes.reserveCapacity(candidates.count)
        for (candidate, speaker) in zip(candidates, speakers) {
            let p = passages[candidate.passage]
            guard let first = candidate.fragments.first, let last = candidate.fragments.last else {
                continue
            }
            let text = candidate.fragments.map { p.text($0.lowerBound, $0.upperBound) }
                .joined(separator: " … ")
            quotes.append(
                ExtractedQuote(
                    kind: candidate.kind, text: text, cue: candidate.cue,
                    mention: candidate.speaker.map {
                        // A lead-in (`He added:`) may name the speaker in an earlier passage.
                        passages[candidate.speakerPassage ?? candidate.passage].text(
                            tokens: $0.tokens)
                    },
                    speaker: speaker, section: p.section, paragraph: p.index,
                    start: p.baseOffset + first.lowerBound, end: p.baseOffset + last.upperBound))
        }
        var extraction = ArticleExtraction(
            people: resolved.people.map(\.entity),
            organisations: resolved.organisations.map(\.entity),
            quotes: quotes)
        extraction.moveUnprovenSpeakersToOrganisations(in: passages)
        extraction.dropUnprovenPeople()
        return extraction
    }
}
