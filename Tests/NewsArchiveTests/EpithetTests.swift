import Testing

@testable import NewsArchive

/// Epithets (`the 24-year-old`, `the Scot`, `the striker`, `the Tory leader`) that name again
/// the person an article is about.
@Suite("Epithets")
struct EpithetTests {
    @Test("A nationality ending in -ese or -ss names the person, never a body")
    func nationalitiesAsNouns() {
        let e = ArticleExtraction.of(
            [
                "Rui Tavares scored twice as Elmford beat Quayside 3-1 on Saturday.",
                "\u{201C}It was a special night,\u{201D} the Portuguese told Elmford TV.",
            ], headline: "Tavares double sinks Quayside")
        #expect(e.speakerNames == ["Rui Tavares"])
        #expect(!e.organisations.map(\.name).contains("Portuguese"))
    }

    @Test("A post's holder named again in a clause between is no other holder")
    func holderNamedAgainInAnOpeningClause() {
        #expect(
            ArticleExtraction.speakerNames(
                of: [
                    "Tory MP Jon Sayle is to stand down on the grounds of ill health.",
                    "The decision comes after Mr Sayle survived an attempt to de-select him. The "
                        + "Harbourside MP had denied a claim that he was paid for tours.",
                ], headline: "Sayle to stand down") == ["Jon Sayle"])
        // Named in an opening clause of the epithet's own sentence.
        #expect(
            ArticleExtraction.speakerNames(
                of: [
                    "Ann Lee spoke to supporters in Harbourside on Friday about the race.",
                    "As far as whether Lee still senses anger among her supporters, the senator "
                        + "acknowledged that some people still felt that way.",
                ], headline: "Lee says rift is over") == ["Ann Lee", "Ann Lee"])
    }

    @Test("A post has one holder all through a report; a description found once is found again")
    func oneHolderPerPost() {
        #expect(
            ArticleExtraction.speakerNames(
                of: [
                    "Ann Lee has denied a rift with her deputy Tom Hale. The prime minister said "
                        + "the claims were false.",
                    "Tom Hale spoke to reporters on Monday about the budget. Later the prime "
                        + "minister said she would stay.",
                ], headline: "Lee denies rift") == ["Ann Lee", "Ann Lee", "Ann Lee"])
        #expect(
            ArticleExtraction.speakerNames(
                of: [
                    "Jack Marlow has signed for Harbour Town. The 24-year-old said he was delighted.",
                    "Manager Tom Hale said the deal was done. The 24-year-old added that he would "
                        + "start on Saturday.",
                ], headline: "Marlow joins Harbour Town")
                == ["Jack Marlow", "Tom Hale", "Jack Marlow"])
    }

    @Test("An age, a nationality or a trade names again the person the article is about")
    func traits() {
        let extraction = ArticleExtraction.of([
            "Jack Marlow has signed a new three-year contract with Hartley Rovers.",
            "The 24-year-old said: “I am delighted to stay here for the long term.”",
            "The Scot added that the club had shown great faith in him.",
            "Marlow scored twice on Saturday.",
            "The striker said he wanted to win the league.",
        ])
        #expect(extraction.speakerNames == ["Jack Marlow", "Jack Marlow", "Jack Marlow"])
        #expect(extraction.quotes.map(\.mention) == ["The 24-year-old", "The Scot", "The striker"])
        #expect(!extraction.organisations.contains { $0.name == "Scot" })
    }

    @Test("`boss` and `actress` are singular: the epithet goes to the person named before")
    func singularNounsEndingInS() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Ray Dunmore has praised his side after a draw at Hartley Rovers.",
                "The Rovers boss said the second half was the best of the season.",
            ]) == ["Ray Dunmore"])
    }

    @Test("A post no one holds by title goes to the person of the sentence before")
    func post() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Ruth Ames has attacked the cost of the new rail line.",
                "The Tory leader said the money would be better spent on roads.",
            ]) == ["Ruth Ames"])
    }

    @Test("A post stays without a speaker when its holder may be someone the article never names")
    func postOfSomeoneElse() {
        // The mayor holds another post; a later sentence names someone else.
        #expect(
            ArticleExtraction.speakerNames(of: [
                "London mayor Ken Ward says he is standing by his remarks.",
                "But the prime minister said Mr Ward should apologise.",
            ]) == ["Ken Ward", nil])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Ruth Ames has attacked the cost of the new rail line.",
                "Ames said costs had doubled.",
                "A report says Ms Ames misled Tom Hale about the figures.",
                "The chancellor said the report was wrong.",
            ]) == ["Ruth Ames", nil, nil])
    }

    @Test("An epithet goes only to the person the article names most")
    func mostNamed() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Jack Marlow has signed a new contract with Hartley Rovers.",
                "Marlow was delighted, his agent said.",
                "Rovers manager Tom Berry called the signing a coup.",
                "The former Wasps wing told reporters: “I'm happy here.”",
            ]) == [nil, nil])
    }

    @Test("A trait right after a sentence that opens with a person names that person again")
    func traitAfterSentenceAboutPerson() {
        let opening = [
            "Lena Dorn won the final in Doha.", "Dorn beat the defending champion.",
            "Dorn now faces a long season.",
        ]
        #expect(
            ArticleExtraction.speakerNames(
                of: opening + [
                    "Mara Petrova also reached the semi-finals. \"I did nothing wrong,\" said "
                        + "the Russian."
                ]) == ["Mara Petrova"])
        // Not a name that only follows a common noun, nor the holder of a post.
        let others = ArticleExtraction.speakerNames(
            of: opening + [
                "The coach of Mara Petrova was pleased. \"It was close,\" said the Russian.",
                "Mara Petrova also reached the semi-finals. \"We will appeal,\" said the "
                    + "chairman.",
            ])
        #expect(others.count == 2 && !others.contains("Mara Petrova"))
    }

    @Test("An epithet goes to the person the headline names, though others are named more")
    func headlineNamed() {
        let body = [
            "Ruth Ames has rejected calls for an inquiry into the rail line.",
            "The prime minister told reporters the matter was closed.",
            "Tom Hale, who chairs the transport committee, wants the inquiry.",
            "Mr Hale said the committee would press on.",
            "Hale added that it had the votes.",
        ]
        #expect(
            ArticleExtraction.speakerNames(of: body, headline: "Ames rejects rail inquiry")
                == ["Ruth Ames", "Tom Hale", "Tom Hale"])
        #expect(ArticleExtraction.speakerNames(of: body).first == .some(nil))
        // A name after a quoted fragment is the sentence's object, not its subject.
        #expect(
            ArticleExtraction.speakerNames(
                of: [
                    "Ruth Ames has pledged to \u{201C}never, ever\u{201D} attack Tory leader "
                        + "Tom Hale over his faith.",
                    "The prime minister told a newspaper: \u{201C}I attack him politically.\u{201D}",
                ], headline: "Ames woos voters") == ["Ruth Ames", "Ruth Ames"])
        // After a colon, a headline names what its first person said.
        #expect(
            ArticleExtraction.speakerNames(
                of: [
                    "The millions Ruth Ames says Tom Hale wasted on the rail line are gone, "
                        + "the candidate said on Friday."
                ], headline: "Ames: Hale wasted millions on rail line")
                == ["Ruth Ames", "Ruth Ames"])
    }

    @Test("A description goes to the holder of a lower-case title that has all its words")
    func roleTitles() {
        // Named more often, the prime minister is not the Tory leader; nor is the Lib Dem one.
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Tory leader Ruth Ames and Lib Dem leader Ed Vane met Tom Hale.",
                "Mr Hale spoke first. Mr Hale left early. Mr Hale was tired.",
                "The Tory leader said the talks had gone well.",
            ]) == ["Ruth Ames"])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Shadow chancellor Ruth Ames attacked the budget.",
                "The chancellor said the figures added up.",
            ]) == [nil])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Former Tory chancellor Ruth Ames attacked the budget.",
                "The chancellor said the figures added up.",
            ]) == [nil])
        // `ex-` before what is no post leaves the post open.
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Ex-chat show host Ruth Ames has quit the party.",
                "The MEP said she was ashamed to have joined it.",
            ]) == ["Ruth Ames"])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Police Federation chairman Ann Cole was at the meeting.",
                "The federation said the plans were unworkable.",
            ]) != ["Ann Cole"])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Tom Hale beat Olympic champion Ed Vane in Glasgow.",
                "\u{201C}It is a hard record to break, but I have trained very well,\u{201D} said "
                    + "the world indoor champion, who hopes to race again soon.",
            ]) == ["Tom Hale"])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Kestrel chief executive Ann Cole was not at the launch.",
                "Harbourline's chief executive said the deal was done.",
            ]) == [nil])
    }

    @Test("A place-titled alias counts as one mention, not two")
    func placeAliasCountsOnce() {
        // Named twice to Tom Hale's three times, the judge is not whom the article is about.
        let names = ArticleExtraction.speakerNames(of: [
            "Tom Hale asked for the files. Mr Hale said they mattered. Hale waited.",
            "Manhattan Supreme Court Justice Ann Cole rejected the request. Cole wrote "
                + "that the court would not act.",
            "The 62-year-old argued that the files were private.",
        ])
        #expect(names == ["Ann Cole", nil])
    }

    @Test("A voice, a relative or a lawyer is someone beside the person, not the person")
    func others() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Jack Marlow has signed a new contract with Hartley Rovers.",
                "The spokesman said the fee was undisclosed.",
                "The lawyer said the terms were fair.",
            ]) == [nil, nil])
    }

    @Test("In its own sentence an epithet names again an opening clause's person only")
    func sameSentence() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Ann Vale lost the final in three sets.",
                "When Ann Vale shook her rival's hand, the American said she had been outplayed.",
            ]) == ["Ann Vale"])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Ann Vale lost the final in three sets.",
                "Vale called for a rematch after the American said the court was too slow.",
            ]) == [nil])
    }
}
