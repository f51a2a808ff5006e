@testable import NewsArchive

extension ArticleExtraction {
    /// What the extractor finds in an article of these paragraphs.
    static func of(_ paragraphs: [String], headline: String = "Headline") -> ArticleExtraction {
        ArticleExtractor.extract(
            from: Article(key: "t", headline: headline, paragraphs: paragraphs))
    }

    /// The name of a quote's resolved speaker, a person or an organisation, or nil.
    func speakerName(of quote: ExtractedQuote) -> String? {
        switch quote.speaker {
        case .person(let index): people[index].name
        case .organisation(let index): organisations[index].name
        case nil: nil
        }
    }

    /// Each quote's speaker name, in the order of the quotes.
    var speakerNames: [String?] { quotes.map(speakerName(of:)) }

    /// The speaker names of the quotes found in an article of these paragraphs.
    static func speakerNames(of paragraphs: [String], headline: String = "Headline") -> [String?] {
        of(paragraphs, headline: headline).speakerNames
    }
}
