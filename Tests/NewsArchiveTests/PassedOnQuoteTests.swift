import Testing

@testable import NewsArchive

/// Words one source passes on from another (`the paper quoted Lee as saying`), one person
/// among several (`one of the officers said`), and the claim after a verb that always takes
/// its addressee first (`told party members ...`).
@Suite("Passed-on quotes and partitive speakers")
struct PassedOnQuoteTests {
    private let open = "\u{201C}"
    private let close = "\u{201D}"

    @Test("The one a source quoted as saying speaks, not the source")
    func quotedAsSaying() {
        let e = ArticleExtraction.of([
            "Northgate Bank has agreed to buy the Castle Group for \u{00A3}2bn.",
            "\(open)They moved so fast it caught Castle by surprise,\(close) the Courier quoted "
                + "Castle chairman Tomas Weld as saying.",
            "The Ledger quoted finance minister Anna Berg as saying: \(open)We welcome the "
                + "deal.\(close)",
            "\(open)The price is fair,\(close) Northgate chief executive Lena Moss was quoted as "
                + "saying by the Ledger.",
            "Ms Moss was quoted by the Courier as saying that the deal would close in June.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "They moved so fast it caught Castle by surprise,", "We welcome the deal.",
                "The price is fair,", "the deal would close in June",
            ])
        #expect(e.speakerNames == ["Tomas Weld", "Anna Berg", "Lena Moss", "Lena Moss"])
        #expect(
            e.quotes.map(\.mention) == [
                "Castle chairman Tomas Weld", "finance minister Anna Berg",
                "Northgate chief executive Lena Moss", "Ms Moss",
            ])
        #expect(e.quotes.allSatisfy { $0.cue == "saying" })
    }

    @Test("The one a source reported as saying speaks, and the report is no claim")
    func reportedAsSaying() {
        let e = ArticleExtraction.of([
            "Northgate Bank has agreed to buy the Castle Group.",
            "The deal will close in June, Castle chairman Tomas Weld has been reported as saying.",
            "The price could still change, the Courier reported finance minister Anna Berg as "
                + "saying.",
            "\(open)It was a bold move,\(close) Mr Weld is reported as saying.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The deal will close in June", "The price could still change",
                "It was a bold move,",
            ])
        #expect(e.speakerNames == ["Tomas Weld", "Anna Berg", "Tomas Weld"])
        #expect(e.quotes.allSatisfy { $0.cue == "saying" })
    }

    @Test("A source that quotes someone unnamed gives the quote no speaker")
    func quotedUnnamedSource() {
        let e = ArticleExtraction.of([
            "Northgate Bank has agreed to buy the Castle Group.",
            "\(open)It was a bold move,\(close) the Courier quoted one trader as saying.",
        ])
        #expect(e.quotes.map(\.mention) == ["one trader"])
        #expect(e.speakerNames == [nil])
    }

    @Test("One of several people speaks as one described person")
    func oneOfThem() {
        let e = ArticleExtraction.of([
            "Senator Ann Lee will visit six towns next month.",
            "\(open)The tour is too long,\(close) one of the senior advisers said.",
            "The schedule is tight, one of the drivers said.",
            "One of the organisers said the tickets had sold out.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The tour is too long,", "The schedule is tight",
                "the tickets had sold out",
            ])
        #expect(
            e.quotes.map(\.mention) == [
                "one of the senior advisers", "one of the drivers", "One of the organisers",
            ])
    }

    @Test("A subordinate clause another verb attributed is no claim of the verb after it")
    func attributedSubordinateClause() {
        let e = ArticleExtraction.of([
            "But even as Tom Vale claimed on Tuesday that \(open)the ferry was safe,\(close) "
                + "one of the lawyers for Harbour Safety said the two cases were different."
        ])
        #expect(e.quotes.map(\.text) == ["the ferry was safe,", "the two cases were different"])
        #expect(
            e.quotes.map(\.mention) == ["Tom Vale", "one of the lawyers for Harbour Safety"])
    }

    @Test("Telling a body's members or one described audience leaves them out of the claim")
    func addresseesWithModifiers() {
        let e = ArticleExtraction.of([
            "Ann Lee told Harbour Party members she wants a new ferry route.",
            "Tom Vale told party activists he would stand again.",
            "Nora Quill warned party members would lose their seats.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "she wants a new ferry route", "he would stand again",
                "party members would lose their seats",
            ])
    }
}
