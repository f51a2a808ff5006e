import Foundation
import Testing

@testable import NewsArchive

/// Quote extraction: every quotation style and attribution pattern, offsets, and hostile text.
@Suite("Quote extraction")
struct QuoteExtractorTests {
    private static func speakerName(_ quote: ExtractedQuote, _ e: ArticleExtraction) -> String? {
        e.speakerName(of: quote)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var paragraph: String
        var text: String
        var kind: QuoteKind
        var cue: String?
        var testDescription: String { text }
    }

    static let patterns: [Case] = [
        // Quotation-mark styles.
        Case(
            paragraph: #"Anna Petrov said: "The bridge is safe.""#,
            text: "The bridge is safe.", kind: .direct, cue: "said"),
        Case(
            paragraph: "Anna Petrov said: “The bridge is safe.”",
            text: "The bridge is safe.", kind: .direct, cue: "said"),
        Case(
            paragraph: "Anna Petrov said: «The bridge is safe.»",
            text: "The bridge is safe.", kind: .direct, cue: "said"),
        Case(
            paragraph: "Anna Petrov said: „Die Brücke ist sicher.“",
            text: "Die Brücke ist sicher.", kind: .direct, cue: "said"),
        Case(
            paragraph: "Anna Petrov said: “They told me ‘it is safe’ and I believed them.”",
            text: "They told me ‘it is safe’ and I believed them.", kind: .direct, cue: "said"),
        Case(
            paragraph: "''We will rebuild it,'' Anna Petrov said.",
            text: "We will rebuild it,", kind: .direct, cue: "said"),
        Case(
            paragraph: "''They call it 'a special case,''' Anna Petrov said.",
            text: "They call it 'a special case,'", kind: .direct, cue: "said"),
        // Verb before the name, appositives, colon lead-ins.
        Case(
            paragraph: "“The bridge is safe,” said Mrs Petrov.",
            text: "The bridge is safe,", kind: .direct, cue: "said"),
        Case(
            paragraph: "Hugh Hill, a doctor at the clinic, said: “Nobody was hurt.”",
            text: "Nobody was hurt.", kind: .direct, cue: "said"),
        Case(
            paragraph: "Anna Petrov told the inquiry: “We checked every bolt.”",
            text: "We checked every bolt.", kind: .direct, cue: "told"),
        // Mixed and indirect speech.
        Case(
            paragraph: "Anna Petrov said her “biggest fear” is that “nobody listens”.",
            text: "her “biggest fear” is that “nobody listens”", kind: .mixed, cue: "said"),
        Case(
            paragraph: "Anna Petrov said that the bridge would reopen in May.",
            text: "the bridge would reopen in May", kind: .indirect, cue: "said"),
        Case(
            paragraph: "The bridge would reopen in May, Anna Petrov said.",
            text: "The bridge would reopen in May", kind: .indirect, cue: "said"),
        Case(
            paragraph: "According to Anna Petrov, the bridge would reopen in May.",
            text: "the bridge would reopen in May", kind: .indirect, cue: "According to"),
        Case(
            paragraph: "According to figures from the Ministry of Harbours, Fisheries and "
                + "Coastal Affairs (MHFCA), the catch fell by a third.",
            text: "the catch fell by a third", kind: .indirect, cue: "According to"),
        Case(
            paragraph: "According to harbour historian Anna Petrov, North and South quays "
                + "were built in 1820.",
            text: "North and South quays were built in 1820", kind: .indirect,
            cue: "According to"),
        Case(
            paragraph: "Anna Petrov insisted the repairs were on schedule.",
            text: "the repairs were on schedule", kind: .indirect, cue: "insisted"),
        Case(
            paragraph: "Anna Petrov stunned engineers by suggesting the bridge be demolished.",
            text: "the bridge be demolished", kind: .indirect, cue: "suggesting"),
        // A second verb of the same speaker opens a second claim.
        Case(
            paragraph: "Anna Petrov said, “The bridge is safe,” adding, “We checked every bolt.”",
            text: "We checked every bolt.", kind: .direct, cue: "adding"),
        Case(
            paragraph: "Anna Petrov said, “The bridge is safe,” adding, “We checked every bolt.”",
            text: "The bridge is safe,", kind: .direct, cue: "said"),
        Case(
            paragraph: "Anna Petrov called it a “grave error,” adding: “Nobody listened.”",
            text: "Nobody listened.", kind: .direct, cue: "adding"),
        Case(
            paragraph: "Anna Petrov noted that the bridge was old, and added: “It will hold.”",
            text: "the bridge was old", kind: .indirect, cue: "noted"),
        Case(
            paragraph: "Anna Petrov noted that the bridge was old, and added: “It will hold.”",
            text: "It will hold.", kind: .direct, cue: "added"),
    ]

    @Test("Finds each pattern with its text, kind and cue", arguments: patterns)
    func findsPattern(_ c: Case) {
        let e = ArticleExtraction.of([c.paragraph])
        let quote = e.quotes.first { $0.text == c.text }
        #expect(quote != nil, "quotes: \(e.quotes.map(\.text))")
        #expect(quote?.kind == c.kind)
        #expect(quote?.cue == c.cue)
        if c.paragraph.contains("Anna Petrov") {
            #expect(quote.map { Self.speakerName($0, e) } == "Anna Petrov")
        } else if c.paragraph.contains("Petrov") {
            // Named only as `Mrs Petrov`: the person is the bare surname.
            #expect(quote.map { Self.speakerName($0, e) } == "Petrov")
        }
    }

    @Test("A participle after `said,` tells how it was said, not a second claim")
    func participleAfterTheCue() {
        let e = ArticleExtraction.of([
            "''She would ask me, 'What did he mean?''' Mr. Lee said, gripping the lectern.",
            "Mrs Ada Hart said, nothing had changed. “It was late,” she said, smiling.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "She would ask me, 'What did he mean?'", "nothing had changed", "It was late,",
            ])
        #expect(e.quotes.map(\.cue) == ["said", "said", "said"])
        #expect(e.speakerNames == ["Lee", "Ada Hart", "Ada Hart"])
    }

    @Test("An appositive after `according to NAME,` describes the speaker, not the claim")
    func appositiveAfterAccordingTo() {
        let e = ArticleExtraction.of([
            "Prices fell in May, according to Rhona Vail, a housing analyst.",
            "That is wrong, according to Owen Pryce, because the data are late.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "Prices fell in May", "That is wrong, … because the data are late",
            ])
        #expect(e.speakerNames == ["Rhona Vail", "Owen Pryce"])
    }

    @Test("A reminder of something is no claim; a reminder that something is so is one")
    func reminders() {
        let e = ArticleExtraction.of([
            "Ann Cole reminded the crowd of the stakes.",
            "Ann Cole reminded the co-hosts that taxes would rise.",
        ])
        #expect(e.quotes.map(\.text) == ["taxes would rise"])
    }

    @Test("The bare form of a reporting verb after a determiner and modifiers is a noun")
    func nounAfterModifiers() {
        let e = ArticleExtraction.of([
            "The most telling promise the mayor has made is that she will not overpromise.",
            "A bold new claim appeared on the ferry company's site.",
            "His aides claim the plan is sound.",
        ])
        #expect(e.quotes.map(\.cue) == ["claim"])
    }

    @Test("Replying or responding in kind answers a move, not a claim")
    func inKind() {
        let e = ArticleExtraction.of([
            "Vell kicked a penalty, but Rourke replied in kind four minutes later.",
            "Rourke replied that the referee had been fair.",
        ])
        #expect(e.quotes.map(\.text) == ["the referee had been fair"])
    }

    @Test("`told` is never inverted: the name after it is the one told, the speaker is before")
    func toldIsNeverInverted() {
        let e = ArticleExtraction.of([
            "“Prices will fall,” shop owner Ann Vell, told Kestrel Press. “People will feel it.”",
            "“It will be fine,” assured Mr Tom Hale.",
            "One bidder who lost out, engine maker Vantiq, told Kestrel Press it would bid again.",
        ])
        #expect(e.speakerNames == ["Ann Vell", "Tom Hale"])
        #expect(e.quotes.map(\.cue) == ["told", "assured"])
        #expect(e.quotes.first?.text == "Prices will fall, … People will feel it.")
    }

    @Test("The bare form after a name is a noun before a verb of its own, or after `The`")
    func nounAfterName() {
        let e = ArticleExtraction.of([
            "The Harbus report looked at the habits of ferry users.",
            "The Harbus report, entitled Open Water, was paid for by the port.",
            "The HPA report said that fares had risen.",
            "The Vantiq forecast suggests that sales will fall.",
            "The Daily Ledger and The Harbour Gazette say they will oppose the bid.",
            "Analysts report that the cranes are idle.",
        ])
        #expect(e.quotes.map(\.cue) == ["said", "suggests", "say", "report"])
        #expect(
            e.quotes.map(\.text) == [
                "fares had risen", "sales will fall", "they will oppose the bid",
                "the cranes are idle",
            ])
    }

    @Test("After an inverted verb, the speaker's name after a role is part of the mention")
    func nameAfterRole() {
        let e = ArticleExtraction.of([
            "The rule is broad, according to Daily Ledger legal analyst Judge Nora Quill.",
            "“It will pass,” said former bank executive Tomas Brannigan.",
            "“No comment,” said the officer.",
        ])
        #expect(
            e.quotes.map(\.mention) == [
                "Daily Ledger legal analyst Judge Nora Quill",
                "former bank executive Tomas Brannigan", "the officer",
            ])
        #expect(
            e.quotes.prefix(2).map { Self.speakerName($0, e) } == ["Nora Quill", "Tomas Brannigan"])
    }

    @Test("An organisation, a role and a rank before a name: the name speaks")
    func organisationRoleAndRank() {
        let e = ArticleExtraction.of([
            "“The runway is ready,” said Air Force 1st Lt. Dana Okoye.",
            "Kiran Dole, Harbour Ledger’s Assistant Managing Editor, explained that the cover "
                + "was “a joke.”",
            "Valley Post columnist Arno Petrakis, a former teacher, calls the plan "
                + "“a conviction policy with the habits of a weathervane.”",
        ])
        #expect(
            e.quotes.map { Self.speakerName($0, e) } == [
                "Dana Okoye", "Kiran Dole", "Arno Petrakis",
            ])
    }

    @Test("Places, dates, asides and objects of prepositions are not a sentence's subject")
    func subjectAfterAdverbials() {
        let e = ArticleExtraction.of([
            "At a rally in Dunmore, Pa., on Tuesday, Senator Ilse Marrow of Vermont endorsed "
                + "Mr. Oduya, saying that he would “make an outstanding mayor.”",
            "LEEDS (AFP) – Councillor Aled Brisk has criticised the budget, saying "
                + "“bombastic promises” do more harm than good.",
        ])
        #expect(e.quotes.map { Self.speakerName($0, e) } == ["Ilse Marrow", "Aled Brisk"])
    }

    @Test("A mistyped opening mark after a quotation's last comma closes it")
    func mistypedClosingMark() {
        let e = ArticleExtraction.of(["“It is unusual,“ said Lionel Parfitt, a lawyer."])
        #expect(e.quotes.map(\.text) == ["It is unusual,"])
        #expect(e.quotes.map(\.mention) == ["Lionel Parfitt"])
    }

    @Test("A plural possessive's apostrophe is no quotation mark")
    func pluralPossessive() {
        let e = ArticleExtraction.of([
            "“This is working,” Ivan Rusk, the Greens' campaign manager, said."
        ])
        #expect(e.quotes.map(\.mention) == ["Ivan Rusk"])
        #expect(e.quotes.map(\.text) == ["This is working,"])
    }

    @Test("A quote split by its attribution is one claim joined with an ellipsis")
    func splitQuote() throws {
        let e = ArticleExtraction.of(["“We are running out of road,” she said, “and out of time.”"])
        let quote = try #require(e.quotes.first)
        #expect(e.quotes.count == 1)
        #expect(quote.text == "We are running out of road, … and out of time.")
        #expect(quote.cue == "said")
    }

    @Test("A paragraph that is only a quotation continues the previous speaker")
    func continuation() throws {
        let e = ArticleExtraction.of([
            "Councillor Tom Baird said: “People here are frightened.",
            "“They want to know who will pay.”",
        ])
        #expect(e.quotes.count == 2)
        let second = try #require(e.quotes.last)
        #expect(second.cue == nil)
        #expect(second.mention == nil)
        #expect(Self.speakerName(second, e) == "Tom Baird")
        #expect(second.paragraph == 1)
    }

    @Test("A paragraph that opens with sentences of quotation continues the previous speaker")
    func continuationBeforeNarration() throws {
        let e = ArticleExtraction.of([
            "Committee chairman John Denham said drink was sometimes used as an excuse.",
            "\"The committee believes these arguments should be rejected by the courts.\" At "
                + "present judges must follow the guidelines.",
        ])
        let second = try #require(e.quotes.last)
        #expect(e.quotes.count == 2)
        #expect(
            second.text
                == "The committee believes these arguments should be rejected by the courts.")
        #expect(second.mention == nil)
        #expect(e.speakerName(of: second) == "John Denham")
    }

    @Test("A paragraph that opens with a quotation run on over several sentences continues")
    func runOnContinuation() {
        let e = ArticleExtraction.of([
            "\"It was a great game,\" coach Phil Vane told reporters.",
            "\"The way this young team are playing, the good days are back. \"We could not get "
                + "the ball early on and they scored twice. \"Had they been ruthless, we could "
                + "have lost.\" The team play again on Sunday.",
        ])
        #expect(e.quotes.count == 4)
        #expect(e.speakerNames == ["Phil Vane", "Phil Vane", "Phil Vane", "Phil Vane"])
    }

    @Test("Whole quotations one after another at a paragraph's start all continue")
    func wholeQuotationsInARowContinue() {
        let e = ArticleExtraction.of([
            "\"It was a steady month,\" said Ann Moss, an analyst at Kestrel Bank.",
            "\"Hiring was a little lighter than the forecast, but the revisions were up.\" "
                + "\"Factories are a cyclical part of the economy and they are hiring again.\" "
                + "That means rates are likely to rise.",
        ])
        #expect(e.quotes.count == 3)
        #expect(e.speakerNames == ["Ann Moss", "Ann Moss", "Ann Moss"])
    }

    @Test("Newswire paragraphs run together, each opened and only the last closed, are one quote")
    func paragraphsRunTogether() throws {
        let e = ArticleExtraction.of([
            "The keeper retired on Friday. He told the Coast Echo: \"I am not the runner I was, "
                + "after a month out with my knee. \"I lost three weeks of speed work. \"I still "
                + "love the track, but it is time to go.\""
        ])
        let quote = try #require(e.quotes.first)
        #expect(e.quotes.count == 1)
        #expect(quote.kind == .direct)
        #expect(
            quote.text
                == "I am not the runner I was, after a month out with my knee. … I lost three "
                + "weeks of speed work. … I still love the track, but it is time to go.")
        #expect(quote.cue == "told")
    }

    @Test("A quotation that ran on into an attributed one has that one's speaker")
    func runOnBeforeAttribution() throws {
        let e = ArticleExtraction.of([
            "Winger Tom Barnes pushed linesman Alan Cole, who had told the referee to award a "
                + "penalty. \"He was sent off late on but we do not know what else he did. \"We "
                + "do not know how many cards he was shown,\" said league secretary Ray Dunn."
        ])
        let quoted = e.quotes.filter { $0.kind == .direct }
        #expect(
            quoted.map(\.text) == [
                "He was sent off late on but we do not know what else he did.",
                "We do not know how many cards he was shown,",
            ])
        #expect(quoted.map(e.speakerName(of:)) == ["Ray Dunn", "Ray Dunn"])
        #expect(quoted.map(\.cue) == [nil, "said"])
        #expect(!e.quotes.contains { $0.kind == .mixed })
    }

    @Test("A quotation that ran on into one whose speaker is unknown has no speaker")
    func runOnBeforeUnresolvedAttribution() {
        let e = ArticleExtraction.of([
            "Linesman Alan Cole told the referee to award a penalty. \"He was sent off late on "
                + "and we do not know why. \"We do not know how many cards he was shown,\" said a "
                + "league statement."
        ])
        let quoted = e.quotes.filter { $0.kind == .direct }
        #expect(quoted.count == 2)
        #expect(quoted.map(e.speakerName(of:)) == [nil, nil])
        #expect(!e.quotes.contains { $0.kind == .mixed })
    }

    @Test("A dash line after a quotation names its speaker")
    func dashSignature() throws {
        let e = ArticleExtraction.of([
            "“Every voice counts in this town.”", "— Mayor Ruth Castell.",
        ])
        let quote = try #require(e.quotes.first)
        #expect(Self.speakerName(quote, e) == "Ruth Castell")
    }

    @Test("A credit line that closes a pull quote names its speaker, before any guess")
    func creditLine() throws {
        let e = ArticleExtraction.of([
            "Mayor Ruth Castell spoke first. The council then voted.",
            "\"We will pay for this twice, once in taxes and once in lost growth.",
            "Omar Haddad, Centre for Fiscal Studies.\"",
        ])
        let quote = try #require(e.quotes.first)
        #expect(e.quotes.count == 1)
        #expect(quote.text == "We will pay for this twice, once in taxes and once in lost growth.")
        #expect(Self.speakerName(quote, e) == "Omar Haddad")
        #expect(quote.cue == nil)
    }

    @Test("A short line with a verb after a quotation is no credit")
    func creditLineNeedsNoVerb() throws {
        let e = ArticleExtraction.of([
            "Mayor Ruth Castell spoke first.",
            "\"We will pay for this twice, once in taxes and once in lost growth.",
            "Omar Haddad, the treasurer, warned the council.\"",
        ])
        #expect(e.quotes.allSatisfy { Self.speakerName($0, e) != "Omar Haddad" })
    }

    @Test("A headline's dash attribution is a quote of the headline section")
    func headlineDash() throws {
        let e = ArticleExtractor.extract(
            from: Article(
                key: "h", headline: "Bridge must close now – city's chief engineer",
                paragraphs: ["Chief Engineer Anna Petrov said the bridge was unsafe."]))
        let quote = try #require(e.quotes.first { $0.section == .headline })
        #expect(quote.text == "Bridge must close now")
        #expect(quote.speaker == .person(0))
    }

    @Test("Captions are searched too, indexed by caption")
    func captions() throws {
        let e = ArticleExtractor.extract(
            from: Article(
                key: "c", headline: "H",
                captions: [
                    "A map of the site",
                    "“We will rebuild,” said Mayor Ruth Castell (City Hall/PA)",
                ],
                paragraphs: ["The council met on Monday."]))
        let quote = try #require(e.quotes.first { $0.section == .caption })
        #expect(quote.paragraph == 1)
        #expect(quote.text == "We will rebuild,")
        #expect(e.people.map(\.name) == ["Ruth Castell"])
    }

    @Test("Offsets count Unicode scalars in the section text")
    func offsets() throws {
        let paragraphs = ["Café owners met on Monday.", "Zoë Brandt said: “Prices are up 20%.”"]
        let article = Article(key: "o", headline: "H", paragraphs: paragraphs)
        let e = ArticleExtractor.extract(from: article)
        let quote = try #require(e.quotes.first)
        let body = Array(article.body.unicodeScalars)
        let slice = String(String.UnicodeScalarView(body[quote.start..<quote.end]))
        #expect(slice == quote.text)
        #expect(quote.paragraph == 1)
        #expect(quote.section == .body)
    }

    @Test("Apostrophes are not quotation marks")
    func apostrophes() {
        let e = ArticleExtraction.of([
            "Don’t expect Bailey’s ’90s hits or the officers’ songs, Anna Petrov said."
        ])
        #expect(e.quotes.count == 1)
        #expect(e.quotes.first?.kind == .indirect)
    }

    static let hostile: [String] = [
        "", "\"", "“", "”", "‘’’", "\"\"\"\"", "«", "„", ":", "said", "He said:", "— ", "''",
        String(repeating: "\"", count: 1_000),
        String(repeating: "“", count: 1_000),
        String(repeating: "He said: “", count: 300),
        "She said: “This quote never ends",
        String(repeating: "word ", count: 20_000) + "she said.",
    ]

    @Test("Hostile text never crashes", arguments: hostile)
    func hostileText(_ text: String) {
        let e = ArticleExtraction.of([text, text], headline: text)
        for quote in e.quotes {
            #expect(quote.start <= quote.end)
        }
    }

    @Test("A one-megabyte paragraph is handled in reasonable time")
    func hugeParagraph() {
        let sentence = "“We will fight,” said Mrs Petrov, a doctor. The council said it would act. "
        let text = String(repeating: sentence, count: 1_000_000 / sentence.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = ArticleExtraction.of([text]) }
        #expect(elapsed < .seconds(20))
    }
}
