import Foundation
import Testing

@testable import NewsArchive

/// Indirect (reported) speech: which words a reporting verb reports, and who its subject is,
/// in `X said (that) CLAUSE`, `CLAUSE, X said` and their variants.
@Suite("Reported speech")
struct ReportedSpeechTests {
    private static func speakers(_ paragraphs: [String], headline: String = "Headline")
        -> [String?]
    {
        ArticleExtraction.of(paragraphs, headline: headline).speakerNames
    }

    @Test("A preposition opens a claim before the verb or after that, but only a short adjunct")
    func prepositionsOpeningClaims() {
        let e = ArticleExtraction.of([
            "With its small fleet, the ferry firm may cut the winter routes first, Nora Quill "
                + "said.",
            "Dismissing the idea, Tom Vale said that with the votes counted, the result would "
                + "stand.",
            "For nearly two hours, Tom Vale said.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "With its small fleet, the ferry firm may cut the winter routes first",
                "with the votes counted, the result would stand",
            ])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale"])
    }

    @Test("A that-clause after the verb beats opening words that quote a title")
    func thatClauseBeatsQuotedTitle() {
        let e = ArticleExtraction.of([
            "Speaking on the radio show “Morning Call,” Nora Quill admitted that the figures "
                + "had been wrong for a year."
        ])
        #expect(e.quotes.map(\.text) == ["the figures had been wrong for a year"])
        #expect(e.speakerNames == ["Nora Quill"])
    }
}
