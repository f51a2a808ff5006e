import Testing

@testable import NewsArchive

/// Where sentences end: full stops after abbreviations, initials and quotations.
@Suite("Sentence splitting")
struct SentenceSplitterTests {
    /// The passage's sentences as text.
    private static func sentences(_ text: String) -> [String] {
        let p = Passage(text: text, section: .body, index: 0, baseOffset: 0, order: 0)
        return p.sentences.map { range in
            p.text(p.tokens[range.lowerBound].start, p.tokens[range.upperBound - 1].end)
        }
    }

    @Test("A title, an initial or a date's abbreviation before a name or a number ends nothing")
    func abbreviationsInside() {
        #expect(
            Self.sentences("Mr. Lee met Sen. Ann Cole and J. Ray on Jan. 5 in Fresno.") == [
                "Mr. Lee met Sen. Ann Cole and J. Ray on Jan. 5 in Fresno."
            ])
    }

    @Test("A suffix or a state ends a sentence before a word that opens one")
    func abbreviationsAtTheEnd() {
        #expect(
            Self.sentences(
                "She managed Hank Dale Jr. He wrote the song in Fresno, Calif. The rest followed.")
                == [
                    "She managed Hank Dale Jr.", "He wrote the song in Fresno, Calif.",
                    "The rest followed.",
                ])
        #expect(
            Self.sentences("Dr. He Wei and Rep. The Nguyen spoke.") == [
                "Dr. He Wei and Rep. The Nguyen spoke."
            ])
    }

    @Test("A quotation that ran on ends its sentence where the next quotation opens")
    func runOnQuotation() {
        #expect(
            Self.sentences("\"We will win. \"Nobody doubts it,\" Lee said. \"Ask anyone.\" Few do.")
                == [
                    "\"We will win.", "\"Nobody doubts it,\" Lee said.", "\"Ask anyone.\"",
                    "Few do.",
                ])
    }

    @Test("A sentence in brackets is a sentence of its own")
    func bracketedSentences() {
        #expect(
            Self.sentences(
                "The union backed her. (A spokesman said that polls change.) Few agree. "
                    + "Some (not all) do.")
                == [
                    "The union backed her.", "(A spokesman said that polls change.)",
                    "Few agree.", "Some (not all) do.",
                ])
    }

    @Test("An indirect claim ends with its sentence, before a bracketed one")
    func claimBeforeBracketedSentence() {
        let quotes = ArticleExtraction.of([
            "Mr. Vale said he believed few would vote. (A guild spokesman said that "
                + "“any estimate is a snapshot.”)"
        ]).quotes
        #expect(
            quotes.map(\.text) == ["he believed few would vote", "any estimate is a snapshot."])
    }
}
