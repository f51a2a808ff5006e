import Foundation
import Testing

@testable import NewsArchive

/// The parsing fixtures beside this file and the shared material beside the repository.
enum ParsingFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/parsing")

    /// `../shared` from the package root, present on developer machines and in CI.
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared")

    static var hasShared: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("seed").path)
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    static func text(_ name: String) throws -> String {
        try TextDecoding.decode(try data(name)).text
    }
}

@Suite struct ArticleParserTests {
    @Test func webPageLayout() throws {
        let article = ArticleParser.parse(
            try ParsingFixtures.text("web-page.txt"), key: "web-page.txt",
            sourcePath: "web-page.txt")
        #expect(article.key == "web-page.txt")
        #expect(article.sourcePath == "web-page.txt")
        #expect(article.publication == "Harbour Times")
        #expect(
            article.headline
                == "Ferry operator promises return of winter sailings – harbour master"
        )
        #expect(article.standfirst?.hasPrefix("The company withdrew") == true)
        #expect(article.published == "2019-03-12T14:05:00Z")
        #expect(article.captions == ["Harbour master Ayesha Brindle (Porthallow Harbour Board/PA)"])
        #expect(
            article.paragraphs == [
                "Winter ferry sailings will return next year, the operator has told the harbour"
                    + " board.",
                "Harbour master Ayesha Brindle said she had been assured the crossings would"
                    + " resume in November.",
                "She told councillors: “We have been given a firm commitment that the evening"
                    + " boats will be back.”",
                "“Nobody here wants to see the island cut off after dark again,” she added.",
            ])
    }

    @Test func corpusLayoutKeepsEveryParagraphAsWritten() throws {
        let text = try ParsingFixtures.text("corpus-style.txt")
        let article = ArticleParser.parse(text, key: "k")
        #expect(article.headline == "Orchard firm doubles apple exports")
        #expect(article.publication == nil && article.standfirst == nil && article.byline == nil)
        #expect(article.published == nil && article.captions.isEmpty)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(article.paragraphs == Array(lines.dropFirst()))
        #expect(article.body == lines.dropFirst().joined(separator: "\n\n"))
    }

    @Test func newswireLayout() throws {
        let article = ArticleParser.parse(try ParsingFixtures.text("newswire.txt"), key: "k")
        #expect(article.headline == "Port authority fines shipping line over oil spill")
        #expect(article.byline == "Tomasz Wendt and Priya Lakhani, Reuters")
        #expect(
            article.paragraphs == [
                "The Kestrel Bay port authority fined a shipping line on Thursday for a fuel"
                    + " spill that closed two beaches for a week.",
                "\"This was avoidable,\" port director Hana Oduya told reporters.",
                "The shipping line said it would appeal.",
            ])
    }

    @Test func softWrappedBlocksAreJoinedAndListsKept() throws {
        let article = ArticleParser.parse(try ParsingFixtures.text("soft-wrapped.txt"), key: "k")
        #expect(article.paragraphs.count == 5)
        #expect(
            article.paragraphs[0].hasPrefix(
                "The town library reopened on Saturday after six months of repairs to the"
                    + " ground floor,"
            ))
        #expect(!article.paragraphs[0].contains("\n"))
        #expect(
            article.paragraphs[1]
                == "\"It feels like coming home,\" said librarian Odile Marchetti, who has run"
                + " the branch for eleven years."
        )
        #expect(
            article.paragraphs[2...] == [
                "Opening hours:", "- Monday to Friday, 9am to 7pm", "- Saturday, 10am to 4pm",
            ])
    }

    @Test(arguments: [
        ("LONDON (Reuters) - Prices rose.", "Prices rose."),
        ("DALLAS (AP) — Democratic candidates met.", "Democratic candidates met."),
        ("WASHINGTON, Dec. 8 (UPI) — In response to the plan.", "In response to the plan."),
        ("CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters.", "Young voters."),
        ("NEW YORK — Shares fell.", "Shares fell."),
        ("ST. LOUIS (AP) -- A storm hit.", "A storm hit."),
        ("London (Reuters) - Prices rose.", "Prices rose."),
        // Not datelines: ordinary sentences with dashes.
        (
            "He said - and meant it - that prices rose.",
            "He said - and meant it - that prices rose."
        ),
        (
            "UK inflation - the highest in years - rose.",
            "UK inflation - the highest in years - rose."
        ),
        ("Mr Smith - who lives nearby - agreed.", "Mr Smith - who lives nearby - agreed."),
    ])
    func datelinesAreTakenOffTheFirstParagraph(first: String, expected: String) {
        let article = ArticleParser.parse(
            "Headline\n\n\(first)\n\nLONDON (Reuters) - Kept.", key: "k")
        #expect(article.paragraphs == [expected, "LONDON (Reuters) - Kept."])
    }

    @Test(arguments: [
        ("By Jane Smith", "Jane Smith"),
        ("By Jane Smith and Ravi Patel", "Jane Smith and Ravi Patel"),
        ("By Jane Smith, Reuters", "Jane Smith, Reuters"),
        ("BY JANE SMITH", "JANE SMITH"),
        ("By Ana de la Cruz", "Ana de la Cruz"),
    ])
    func bylines(line: String, expected: String) {
        let article = ArticleParser.parse("Headline\n\n\(line)\n\nBody text.", key: "k")
        #expect(article.byline == expected)
        #expect(article.paragraphs == ["Body text."])
    }

    @Test(arguments: [
        "By Tuesday the talks had failed.", "By 2010 the town had grown.", "By the way, no.",
    ])
    func sentencesStartingWithByAreBody(line: String) {
        let article = ArticleParser.parse("Headline\n\n\(line)\n\nMore.", key: "k")
        #expect(article.byline == nil)
        #expect(article.paragraphs == [line, "More."])
    }

    @Test(arguments: [
        "Published", "Updated", "Published: 12 March 2019, 14:05 GMT", "Share this article",
        "Advertisement", "Read more: Island shop to open on Sundays", "Sign up to our newsletter",
        "Sign up for the Morning Briefing newsletter", "© 2019 Valley Post",
        "Copyright 2021 Reuters. All rights reserved.",
        "Sorry, we are not accepting comments on this article.", "Last updated 3 hours ago",
        "Story continues below advertisement",
    ])
    func boilerplateLeavesTheBody(line: String) {
        let article = ArticleParser.parse(
            "Headline\n\nFirst paragraph.\n\nSecond.\n\n\(line)\n\nLast paragraph.", key: "k")
        #expect(article.paragraphs == ["First paragraph.", "Second.", "Last paragraph."])
        #expect(article.standfirst == nil)
    }

    @Test(arguments: [
        "Published figures show a rise.", "Copyright law is changing, the minister said.",
        "Advertisement revenue rose by 5%.", "Share prices fell.", "Read more carefully, he said.",
        "Updated guidance was issued on Monday.", "*", "(", "AND", "POL-358", "Müller", "\"\"",
    ])
    func proseThatLooksLikeBoilerplateStays(line: String) {
        let article = ArticleParser.parse("Headline\n\nFirst.\n\n\(line)", key: "k")
        #expect(article.paragraphs == ["First.", line])
    }

    @Test func captionsAreRecognisedByTheirCredit() {
        let text = """
            Headline

            First paragraph.

            Second paragraph.

            Councillor Ines Varga (Valley Council/PA)

            The scene on Tuesday (Getty Images)

            The party's candidate (Labour/Co-op) won.

            Last.
            """
        let article = ArticleParser.parse(text, key: "k")
        #expect(
            article.captions == [
                "Councillor Ines Varga (Valley Council/PA)", "The scene on Tuesday (Getty Images)",
            ])
        #expect(
            article.paragraphs == [
                "First paragraph.", "Second paragraph.",
                "The party's candidate (Labour/Co-op) won.",
                "Last.",
            ])
    }

    @Test func aParagraphAboveMetadataIsAStandfirstOnlyWithABodyAfterIt() {
        let withBody = ArticleParser.parse("Headline\n\nSummary.\n\nPublished\n\nBody.", key: "k")
        #expect(withBody.standfirst == "Summary.")
        #expect(withBody.paragraphs == ["Body."])
        let alone = ArticleParser.parse("Headline\n\nOnly paragraph.\n\nPublished", key: "k")
        #expect(alone.standfirst == nil)
        #expect(alone.paragraphs == ["Only paragraph."])
    }

    @Test func hintsOverrideTheLayoutAndConsumeARepeatedHeadline() {
        let text = "Bridge toll scrapped.\n\nThe toll will end in July.\n\nPublished 2 May 2020"
        let hints = ArticleHints(
            headline: "Bridge toll scrapped", publication: "Valley Post", published: "2020-06-01",
            byline: "Lena Ostrova", url: "https://example.org/1")
        let article = ArticleParser.parse(text, key: "k", hints: hints)
        #expect(article.headline == "Bridge toll scrapped")
        #expect(article.publication == "Valley Post")
        #expect(article.published == "2020-06-01")
        #expect(article.byline == "Lena Ostrova")
        #expect(article.url == "https://example.org/1")
        #expect(article.paragraphs == ["The toll will end in July."])
    }

    @Test(arguments: [
        ("John Quill: Council ‘Must Act Now.’", "John Quill: Council ‘Must Act Now’"),
        ("Bridge   toll scrapped", "bridge toll scrapped!"),
    ])
    func repeatedHeadlineIgnoresCaseSpacingAndEndPunctuation(first: String, hint: String) {
        let article = ArticleParser.parse(
            "\(first)\n\nBody.", key: "k", hints: ArticleHints(headline: hint))
        #expect(article.headline == hint)
        #expect(article.paragraphs == ["Body."])
    }

    @Test func hintedHeadlineOverTwoLinesIsConsumed() {
        let article = ArticleParser.parse(
            "Toll ends; \nDrivers relieved.\n\nABSTRACT.\n\nThe toll ends.", key: "k",
            hints: ArticleHints(headline: "Toll ends; Drivers relieved"))
        #expect(article.paragraphs == ["The toll ends."])
    }

    @Test func hintedHeadlineNotInTextKeepsTheFirstParagraph() {
        let article = ArticleParser.parse(
            "The council met on Monday.\n\nIt agreed the budget.", key: "k",
            hints: ArticleHints(headline: "Budget agreed"))
        #expect(article.headline == "Budget agreed")
        #expect(article.paragraphs == ["The council met on Monday.", "It agreed the budget."])
    }

    @Test func publicationHintConsumesTheMatchingFirstLine() {
        let text = "Valley Post\n\nClinic hours extended\n\nThe clinic will open on Saturdays."
        let article = ArticleParser.parse(
            text, key: "k", hints: ArticleHints(publication: "Valley Post"))
        #expect(article.publication == "Valley Post")
        #expect(article.headline == "Clinic hours extended")
        #expect(article.paragraphs == ["The clinic will open on Saturdays."])
    }

    @Test(arguments: ["Express & Star", "BBC News", "The Guardian", "Reuters", "express and star"])
    func knownPublicationLines(name: String) {
        let article = ArticleParser.parse("\(name)\n\nHeadline here\n\nBody.", key: "k")
        #expect(article.publication != nil)
        #expect(article.headline == "Headline here")
    }

    @Test func headlineAboveAShortParagraphIsNotAPublication() {
        let article = ArticleParser.parse(
            "Mourinho Defiant\n\nChelsea lost again.\n\nMore text.", key: "k")
        #expect(article.publication == nil)
        #expect(article.headline == "Mourinho Defiant")
    }

    @Test(arguments: ["", " ", "\n\n", "x", "\u{FEFF}Headline only"])
    func neverFails(text: String) {
        let article = ArticleParser.parse(text, key: "k")
        #expect(article.key == "k")
        #expect(article.paragraphs.allSatisfy { !$0.isEmpty })
    }

    @Test func textWithoutAHeadlineLineKeepsItsFirstParagraph() {
        let long = String(repeating: "The committee heard evidence from residents. ", count: 8)
            .trimmingCharacters(in: .whitespaces)
        let article = ArticleParser.parse(long, key: "k")
        #expect(article.headline == "The committee heard evidence from residents.")
        #expect(article.paragraphs == [long])
    }

    @Test func crlfTextIsNormalised() {
        let article = ArticleParser.parse("Headline\r\n\r\nOne.\r\n\r\nTwo.\r\n", key: "k")
        #expect(article.headline == "Headline")
        #expect(article.paragraphs == ["One.", "Two."])
    }

    @Test func paragraphTextIsUntouchedInside() {
        let inner = "He said: \"  spaced   out  \" and ‘curly’ – fine…\u{A0}ok"
        let article = ArticleParser.parse("Headline\n\n  \(inner)  \n", key: "k")
        #expect(article.paragraphs == [inner])
    }

    @Test(arguments: [
        (["a short line", "another"], false),
        (
            [
                "The town library reopened on Saturday after six months of repairs to the",
                "ground floor, which was flooded.",
            ], true
        ),
        (
            [
                "A line that is clearly short.",
                "Followed by a much longer line that could not have been wrapped at that width.",
            ], false
        ),
        (
            [
                "- an item in a list that is long enough to reach the wrapping width here",
                "- another item",
            ], false
        ),
        (
            [
                "\"We will pay for this twice, once in taxes and once in lost growth.",
                "Ruth Okonjo, Centre for Fiscal Studies.\"",
            ], false
        ),
        (
            [
                "The town library reopened on Saturday after six months of repairs. The",
                "ground floor was flooded.",
            ], true
        ),
    ])
    func softWrapDetection(lines: [String], expected: Bool) {
        #expect(ParagraphSplitter.isSoftWrapped(lines.map { Substring($0) }) == expected)
    }

    // MARK: Shared corpus

    @Test(.enabled(if: ParsingFixtures.hasShared))
    func seedMatchesItsGoldArticleBlock() throws {
        let seed = ParsingFixtures.shared.appendingPathComponent("seed")
        let text = try TextDecoding.decode(
            try Data(contentsOf: seed.appendingPathComponent("express-and-star.txt"))
        ).text
        let goldData = try Data(
            contentsOf: seed.appendingPathComponent("express-and-star.gold.json"))
        let gold = try #require(
            try JSONSerialization.jsonObject(with: goldData) as? [String: Any])
        let block = try #require(gold["article"] as? [String: Any])
        let article = ArticleParser.parse(text, key: "seed")
        #expect(article.publication == block["publication"] as? String)
        #expect(article.headline == block["headline"] as? String)
        #expect(article.standfirst == block["standfirst"] as? String)
        #expect(article.published == block["published"] as? String)
        #expect(article.captions == [try #require(block["caption"] as? String)])
        for line in try #require(block["boilerplate"] as? [String]) {
            #expect(!article.paragraphs.contains { $0.contains(line) })
        }
        #expect(article.paragraphs.first?.hasPrefix("Technology has opened up") == true)
        #expect(article.paragraphs.count == 13)
    }

    @Test(.enabled(if: ParsingFixtures.hasShared))
    func bbcCorpusParsesLineForLine() throws {
        let root = ParsingFixtures.shared.appendingPathComponent("corpus/bbc")
        var count = 0
        for category in ["business", "entertainment", "politics", "sport", "tech"] {
            let folder = root.appendingPathComponent(category)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
            where name.hasSuffix(".txt") {
                let decoded = try TextDecoding.decode(
                    try Data(contentsOf: folder.appendingPathComponent(name)))
                let article = ArticleParser.parse(decoded.text, key: "\(category)/\(name)")
                let lines = decoded.text.split(separator: "\n")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                #expect(article.headline == lines.first, "\(category)/\(name)")
                #expect(article.paragraphs == Array(lines.dropFirst()), "\(category)/\(name)")
                #expect(article.publication == nil && article.standfirst == nil)
                if category == "sport" && name == "199.txt" {
                    #expect(decoded.isFallback)
                    #expect(article.body.contains("£"))
                } else {
                    #expect(!decoded.isFallback, "\(category)/\(name)")
                }
                count += 1
            }
        }
        #expect(count == 2225)
    }
}
