import Foundation
import Testing

@testable import NewsArchive

/// Indirect (reported) speech: which words a reporting verb reports, and who its subject is,
/// in `X said (that) CLAUSE`, `CLAUSE, X said` and their variants.
@Suite("Reported speech")
struct ReportedSpeechTests {
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

    @Test("A body's name with `of` goes on to the title and name after it")
    func bodyWithOfBeforeTitleAndName() {
        let e = ArticleExtraction.of([
            "Growth was stronger than thought, according to Bank of Harbourland deputy "
                + "governor Mira Sohl.",
            "\u{201C}Rates will stay put,\u{201D} said Bank of Harbourland chief Tom Vale.",
            "Exports fell in May, according to the Office for National Figures.",
        ])
        #expect(e.speakerNames == ["Mira Sohl", "Tom Vale", "Office for National Figures"])
        #expect(e.quotes.last?.mention == "the Office for National Figures")
    }

    @Test("A company's results are no claim, though their subject goes on to the next verb")
    func publishedResults() {
        let e = ArticleExtraction.of([
            "Harbour Foods has posted a 12% rise in annual profits and predicted that sales "
                + "will grow again.",
            "Kestrel Group reported a loss of $4m for the year. It also reported that orders "
                + "were recovering.",
            "The board announced revenues from the new mill had broken all records.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "sales will grow again", "orders were recovering",
                "revenues from the new mill had broken all records",
            ])
        #expect(e.speakerNames.prefix(2) == ["Harbour Foods", "Kestrel Group"])
    }

    @Test("A name written with & is one name, and a conjunction may open a dashed subject")
    func ampersandNamesAndDashedSubjects() {
        let e = ArticleExtraction.of([
            "\u{201C}Rates will rise,\u{201D} wrote K&L credit analyst Mira Sohl.",
            "Dunn & Vale said the merger would close in May.",
            "But Harbour Foods - which has a large share of the market - said that sales had "
                + "slowed.",
        ])
        #expect(e.speakerNames == ["Mira Sohl", "Dunn & Vale", "Harbour Foods"])
        #expect(
            e.quotes.map(\.mention) == [
                "K&L credit analyst Mira Sohl", "Dunn & Vale", "Harbour Foods",
            ])
    }

    @Test("`continue` reports a claim only when what goes on is saying")
    func continueToAct() {
        let e = ArticleExtraction.of([
            "The firm said it would continue to sell its \u{201C}best loved\u{201D} pies.",
            "The council is continuing to insist that \u{201C}the wall\u{201D} must be built.",
            "\u{201C}We will be back,\u{201D} she continued.",
        ])
        #expect(
            e.quotes.map(\.cue) == ["said", "continuing", "continued"])
    }

    @Test("A station with a number, or its programme, after `told` is who was told")
    func stationsAfterTold() {
        let e = ArticleExtraction.of([
            "The plan is sound, Nora Quill told Radio 5 Live on Sunday.",
            "Tom Vale told Radio 4's Today programme the deal was dead.",
        ])
        #expect(e.quotes.map(\.text) == ["The plan is sound", "the deal was dead"])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale"])
    }

    @Test("A name before a post whose closing comma is missing is the speaker; a place is not")
    func unclosedAppositive() {
        let e = ArticleExtraction.of([
            "The leader's enthusiasm remains undimmed, Colin Reyes, the party's election "
                + "strategist told reporters.",
            "The plan is sound, Nora Quill, the party's treasurer said on Sunday.",
            "The actor died at his home in Malibu, California, a spokesman said.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The leader's enthusiasm remains undimmed", "The plan is sound",
                "The actor died at his home in Malibu, California",
            ])
        #expect(e.speakerNames == ["Colin Reyes", "Nora Quill", nil])
        #expect(e.quotes.last?.mention == "a spokesman")
    }

    @Test("A body's post or record after `the` and a possessive speaks; a noun is no verb")
    func possessedDescriptions() {
        let e = ArticleExtraction.of([
            "Harlow Media Council met on Monday. The play is banned, the council's ruling said.",
            "Rates will rise, the party's treasurer said.",
            "The Bank's annual report showed rates would rise.",
        ])
        #expect(e.quotes.map(\.mention) == ["the council's ruling", "the party's treasurer"])
        #expect(e.speakerNames == ["Harlow Media Council", nil])
    }

    @Test("A passive, with an adverb or none, and a plea in court report nothing")
    func passivesAndPleas() {
        let e = ArticleExtraction.of([
            "The Foreign Office says 41 travellers are now confirmed to have died in the flood.",
            "It was widely reported that the firm paid $100m, and Tom Vale was later told it "
                + "was an offence.",
            "Three former executives pleaded guilty to fraud; Nora Quill pleaded not guilty.",
        ])
        #expect(
            e.quotes.map(\.text) == ["41 travellers are now confirmed to have died in the flood"])
        #expect(e.speakerNames == ["Foreign Office"])
    }

    @Test("A spokesman for a force, a trust or a school speaks for it, named or not")
    func spokesmenForBodies() {
        let e = ArticleExtraction.of([
            "Officers from Elmshire Constabulary attended.",
            "A spokeswoman for the force said patrols would continue over the summer.",
            "A spokesman for the trust said the ward would reopen, and a survey for the charity "
                + "suggests most patients agree.",
        ])
        #expect(
            e.quotes.map(\.mention) == [
                "A spokeswoman for the force", "A spokesman for the trust",
                "a survey for the charity",
            ])
        #expect(e.speakerNames == ["Elmshire Constabulary", nil, nil])
    }

    @Test("A statement read to the court is the sentence's subject's; `The statement read:` speaks")
    func statementsReadAloud() {
        let e = ArticleExtraction.of([
            "Kevin Marsh spent three weeks in hospital.",
            "In a victim statement read to the court, he said: \u{201C}I used to cycle every "
                + "day.\u{201D}",
            "The statement read: \u{201C}We are heartbroken.\u{201D}",
        ])
        #expect(e.quotes.map(\.cue) == ["said", "read"])
        #expect(e.quotes.map(\.text) == ["I used to cycle every day.", "We are heartbroken."])
        #expect(e.speakerNames == ["Kevin Marsh", nil])
    }

    @Test("A council or police spokesman speaks for the one council or police force named")
    func voicesNamedByTheirBody() {
        let e = ArticleExtraction.of([
            "Elmshire Police closed the road and Harton Council sent gritters.",
            "A police spokesman said the driver was arrested.",
            "A council spokeswoman said repairs would take a week.",
            "Harton Bank and Quay Bank lent the money, a bank spokesman said.",
            "A party spokesman said the vote would be close.",
        ])
        #expect(e.speakerNames == ["Elmshire Police", "Harton Council", nil, nil])
    }

    @Test("A family, a solicitor or a coroner speaks, and is not the person the report is about")
    func familiesAndCourtVoices() {
        let e = ArticleExtraction.of([
            "Albert Finch, 78, died in the fire on Sunday.",
            "In a statement released through police, his family said: \u{201C}He was the heart "
                + "of our family.\u{201D}",
            "The family said the loss was hard to bear.",
            "The coroner said the smoke alarm had no battery, and the solicitor said the "
                + "landlord would be told.",
            "Lee\u{2019}s family has called on police to release the videos, attorneys for the "
                + "family said.",
        ])
        #expect(
            e.quotes.map(\.mention) == [
                "his family", "The family", "The coroner", "the solicitor",
                "attorneys for the family",
            ])
        #expect(e.speakerNames == [nil, nil, nil, nil, nil])
    }

    @Test("A name with an ampersand after `told` is who was told")
    func ampersandInAddressee() {
        let e = ArticleExtraction.of([
            "Neighbour Lisa Grant told the Express & Star: \u{201C}He always had a smile.\u{201D}",
            "Tom Vale told Marks & Spencer staff the store would stay open.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "He always had a smile.", "the store would stay open",
            ])
        #expect(e.speakerNames == ["Lisa Grant", "Tom Vale"])
    }

    @Test("Told to do something, and things passed on or denied to someone, report nothing")
    func instructionsAndThingsPassedOn() {
        let e = ArticleExtraction.of(
            [
                "Dan Rusk was bailed and told to surrender his passport.",
                "Friends took the messages and posted them on a weblog called Lost Dogs.",
                "The rules ended up denying him a seat, and Ann Lee promised them about £8m.",
                "Tom Vale promised him he would stay.", "Critics called for him to resign.",
                "In the videos, his friends described him as a visionary.",
            ], headline: "Vale told to quit")
        #expect(
            e.quotes.map(\.text) == [
                "him he would stay", "him to resign", "him as a visionary",
            ])
    }

    @Test("A dash straight after the verb opens the writer's words unless a claim follows")
    func dashAfterVerb() {
        let e = ArticleExtraction.of([
            "The deficit will be 4.3%, Tom Vale said - falling short of the legal limit.",
            "As Ann Lee said - any minister would spend before an election.",
            "He struggles with bragging - conceding that he feels his mother watching.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The deficit will be 4.3%", "- any minister would spend before an election",
                "he feels his mother watching",
            ])
    }

    @Test("The story a work tells, and a work accused of something, report nothing")
    func storiesAndAccusedWorks() {
        let e = ArticleExtraction.of([
            "The film tells the story of two boys who are sent to live with their uncle.",
            "Harbour Lights, a film accused of being too long, won two prizes.",
            "Nora Quill said the jury had chosen well.",
        ])
        #expect(e.quotes.map(\.text) == ["the jury had chosen well"])
    }

    @Test("A score added, a noun's topic and a noun after a participle report nothing")
    func scoresTopicsAndModifiedNouns() {
        let e = ArticleExtraction.of(
            [
                "Tom Vale added a second with a low shot in injury time.",
                "Ann Lee added the conversion and Nora Quill added two penalties.",
                "The proposed question for the ballot is: \u{201C}Should the ferry stay?\u{201D}",
                "Tom Vale added that the win was deserved.",
            ], headline: "Harbour warning over \u{2018}ferry risk\u{2019}")
        #expect(e.quotes.map(\.cue) == ["added"])
        #expect(e.quotes.map(\.text) == ["the win was deserved"])
    }

    @Test("A price that adds an amount to reach another reports nothing")
    func priceRises() {
        let e = ArticleExtraction.of([
            "Shares added an extra 6.4% to $27.24 in late trading. Crude rose, adding $1.89 to "
                + "$48.62. The pound added 0.5% to break through the $1.90 level.",
            "Mr Vale added 40% of the staff would leave.",
        ])
        #expect(e.quotes.map(\.text) == ["40% of the staff would leave"])
    }

    @Test("A participle after a letter or statement sent to or through someone is the sender's")
    func participleAfterRoutedMessage() {
        let e = ArticleExtraction.of([
            "Mayor Ann Lee wrote a letter to Governor Tom Vale asking the board to review the "
                + "\u{201C}fiasco\u{201D}.",
            "Nora Quill issued a statement through Harbour Rovers describing the offer as "
                + "\u{201C}flattering\u{201D}.",
        ])
        let participles = e.quotes.filter { ["asking", "describing"].contains($0.cue) }
        #expect(participles.map(e.speakerName(of:)) == ["Ann Lee", "Nora Quill"])
        #expect(participles.map(\.mention) == ["Mayor Ann Lee", "Nora Quill"])
    }

    @Test("A verb inside a claim, its object left behind it, reports nothing of its own")
    func verbInsideClaimWithoutObject() {
        let e = ArticleExtraction.of([
            "Harbour Party spokesman Tom Vale meanwhile said instead of the \u{201C}new "
                + "era\u{201D} the council had promised, there had been delays.",
            "The board found, as Ann Lee said, that the ferry was late.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "instead of the \u{201C}new era\u{201D} the council had promised, there had "
                    + "been delays",
                "that the ferry was late",
            ])
        #expect(e.quotes.map(\.mention) == ["Harbour Party spokesman Tom Vale", "Ann Lee"])
    }

    @Test("A quotation's closing stop ends its sentence before a bracket")
    func closingStopBeforeBracket() {
        let e = ArticleExtraction.of([
            "At a rally in Ely, Ann Lee described the mayor as \u{201C}kind.\u{201D} (She also "
                + "noted, \u{201C}He will punch back.\u{201D})"
        ])
        #expect(
            e.quotes.map(\.text) == ["the mayor as \u{201C}kind.\u{201D}", "He will punch back."])
        #expect(e.speakerNames == ["Ann Lee", "Ann Lee"])
    }

    @Test("Authorities speak as a description, with the words that qualify them")
    func authorities() {
        let e = ArticleExtraction.of([
            "The ferry failed its inspection, according to Belgian authorities.",
            "Harbour authorities said the port would reopen on Monday.",
        ])
        #expect(e.quotes.map(\.mention) == ["Belgian authorities", "Harbour authorities"])
        #expect(e.speakerNames == [nil, nil])
    }

    @Test("A prize claimed is no claim; a claim about one's own things is")
    func prizesClaimed() {
        let e = ArticleExtraction.of([
            "Harbour Rovers claimed their first title in 40 years on Saturday.",
            "Nora Quill claimed a 5-0 win over Ely, and Tom Vale claiming his third crown.",
            "Ann Lee claimed her \u{2018}silence\u{2019} gesture was aimed at the press.",
            "Tom Vale told a press conference to look out for news in the spring.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "her \u{2018}silence\u{2019} gesture was aimed at the press",
                "to look out for news in the spring",
            ])
    }

    @Test("'Went on to' reports only with a verb of speech after it")
    func wentOnTo() {
        let e = ArticleExtraction.of([
            "Ada Quint's film went on to win three prizes at the festival.",
            "Ms Ada Quint went on to say that the jury had been fair.",
            "She went on to claim the top prize a year later.",
            "\u{201C}It was close,\u{201D} she went on.",
        ])
        #expect(e.quotes.map(\.text) == ["the jury had been fair", "It was close,"])
        #expect(e.quotes.map(\.cue) == ["went on to say", "went on"])
        #expect(e.speakerNames == ["Ada Quint", "Ada Quint"])
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

extension ReportedSpeechTests {
    @Test("A relative clause or a noun spelled like a reporting verb does not end an appositive")
    func appositivesWithVerbWords() {
        let e = ArticleExtraction.of([
            "Tom Vale, who estimated that a third of the staff would leave, said he had voted "
                + "against the plan.",
            "Marla Penn, director of state campaigns for the union, said the strike would go "
                + "ahead.",
            "Rep. Ann Lee (D-Ohio), a member of the committee, said the bill would pass.",
            "Jon Hale, who was then a St. Albans member of the Guild, a club of writers, said "
                + "the fees were too high.",
        ])
        let claims = Dictionary(
            zip(e.quotes.map(\.text), e.speakerNames), uniquingKeysWith: { a, _ in a })
        #expect(claims["he had voted against the plan"] == "Tom Vale")
        #expect(claims["the strike would go ahead"] == "Marla Penn")
        #expect(claims["the bill would pass"] == "Ann Lee")
        #expect(claims["the fees were too high"] == "Jon Hale")
    }

    @Test("An inverted verb's name closes the sentence; a clause after the verb is the claim")
    func invertedNameOrClause() {
        let e = ArticleExtraction.of([
            "The vote will be settled by towns like Hull, which has picked the winner twice, "
                + "says Nora Quill, a planner at the council.",
            "Nora Quill, for example, said the ground was too small.",
            "Tom Vale, who ran for mayor in 2010, said he would run again.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The vote will be settled by towns like Hull, which has picked the winner twice",
                "the ground was too small", "he would run again",
            ])
        #expect(e.speakerNames == ["Nora Quill", "Nora Quill", "Tom Vale"])
    }
}

extension ReportedSpeechTests {
    @Test("Adverbs and time adjuncts may stand around a subject's reporting verb")
    func wordsBetweenSubjectAndVerb() {
        let e = ArticleExtraction.of([
            "Nora Quill now says she backs the harbour plan.",
            "Tom Vale on Thursday evening said the ferry would keep running.",
            "Marla Penn last week announced that she would stand for the council.",
            "Bob Hart has said for weeks he is the only skipper who can win.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "she backs the harbour plan", "the ferry would keep running",
                "she would stand for the council", "he is the only skipper who can win",
            ])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale", "Marla Penn", "Bob Hart"])
    }

    @Test("That opens the claim after an adjunct or a long addressee")
    func thatAfterAdjunctOrAddressee() {
        let e = ArticleExtraction.of([
            "Tom Vale said on local radio that for now, the ferry would keep running.",
            "Nora Quill told the crowd at her rally in the market that the plan was dead.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "for now, the ferry would keep running", "the plan was dead",
            ])
        #expect(e.speakerNames == ["Tom Vale", "Nora Quill"])
    }

    @Test("The name that opens an appositive speaks, not the object before it")
    func nameOpeningAppositive() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Bob Hart runs the ferry.",
                "One skipper backing Mr. Hart, Nora Quill of the Harbour Club, said she had "
                    + "sailed the route for years.",
            ]) == ["Nora Quill"])
    }
}

extension ReportedSpeechTests {
    @Test("A clause that the attribution interrupts is one claim in two pieces")
    func interruptedClause() {
        let e = ArticleExtraction.of([
            "The bigger risk, Nora Quill said, is a storm in the first week of the season."
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The bigger risk, … is a storm in the first week of the season"
            ])
        #expect(e.speakerNames == ["Nora Quill"])
    }

    @Test("An adjunct after the verb is no claim; a statement's time is skipped")
    func adjunctsAfterTheVerb() {
        let e = ArticleExtraction.of([
            "The ferry will run all winter, Tom Vale said during his speech to the council.",
            "The Harbour Club said in a statement Thursday night it had closed the slipway.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The ferry will run all winter", "it had closed the slipway",
            ])
    }
}

extension ReportedSpeechTests {
    @Test("An appositive set off by dashes, a stray comma after a party, and itself")
    func dashesPartiesAndItself() {
        let e = ArticleExtraction.of([
            "Nora Quill -- a planner at the council -- said the ferry would keep running.",
            "Sen. Tom Vale (D-Ohio), said the bill would pass.",
            "The Harbour Club itself said the slipway was closed.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "the ferry would keep running", "the bill would pass", "the slipway was closed",
            ])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale", "Harbour Club"])
    }

    @Test("A name after a preposition and the is no sentence subject for a participle")
    func prepositionalObjectWithArticle() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Tom Vale runs the ferry.",
                "Before the Leeds floods, Tom Vale took a softer line, saying the harbour was "
                    + "safe.",
            ]) == ["Tom Vale"])
    }
}

extension ReportedSpeechTests {
    @Test("Initials written together before a surname still make a person")
    func joinedInitials() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Last week, J.J. Pennock, editor of The Harbour Gazette, wrote that the ferry "
                    + "would keep running."
            ]) == ["J.J. Pennock"])
    }
}

extension ReportedSpeechTests {
    @Test("Asking reports an indirect question when a name or pronoun asks it")
    func indirectQuestions() {
        let e = ArticleExtraction.of([
            "Nora Quill asked the council whether the ferry would run in winter.",
            "A reporter asked whether the harbour would close.",
            "Tom Vale asked about the timetable.",
        ])
        #expect(e.quotes.map(\.text) == ["whether the ferry would run in winter"])
        #expect(e.speakerNames == ["Nora Quill"])
    }

    @Test("Asking reports a request, a question after a colon, and one after a long addressee")
    func requestsAndQuestions() {
        let e = ArticleExtraction.of([
            "Nora Quill asked the council to reopen the winter ferry.",
            "Moderator Tom Vale asked the candidates a simple question: Who will win the cup?",
            "Nora Quill asked the new harbour board chairman whether the pier was safe.",
            "Tom Vale asked the Harbour Board for more time.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "to reopen the winter ferry", "Who will win the cup",
                "whether the pier was safe",
            ])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale", "Nora Quill"])
    }
}

extension ReportedSpeechTests {
    @Test("A statement's saying reports its issuer; a time word opening a sentence is no one")
    func issuedWritings() {
        let e = ArticleExtraction.of([
            "Nora Quill issued a statement saying that the ferry would keep running.",
            "Minutes later, Tom Vale sent an email saying the harbour was closed.",
        ])
        #expect(
            e.quotes.map(\.text) == ["the ferry would keep running", "the harbour was closed"])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale"])
    }
}

extension ReportedSpeechTests {
    @Test("A number written in words heads a share of people, not a name")
    func numberWordsAreNoNames() {
        #expect(SpeakerResolver.isNumberWord("forty-one"))
        #expect(SpeakerResolver.isNumberWord("twenty"))
        #expect(!SpeakerResolver.isNumberWord("lee"))
        #expect(!SpeakerResolver.isNumberWord("twentyman"))
    }
}

extension ReportedSpeechTests {
    @Test("Words after `to` name an addressee or a target; the claim, if any, follows them")
    func addresseeAfterTo() {
        let e = ArticleExtraction.of([
            "Ben Ashe wrote to the board on Saturday.",
            "Mira Holt won the county vote, adding to her lead in the north.",
            "Tom Vale said to reporters that the plant would close in May.",
            "Nora Quill admitted to a string of errors in the ferry accounts.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "the plant would close in May", "to a string of errors in the ferry accounts",
            ])
    }

    @Test("One short adjunct before the subject is no claim when the sentence goes on")
    func openingAdjunctBeforeSubject() {
        let e = ArticleExtraction.of([
            "In a long interview with the radio station, Nora Quill spoke warmly of the mayor.",
            "Though the fares rose sharply, Tom Vale maintains a wide lead in the polls.",
            "Although the fares rose sharply the town kept its winter routes, Tom Vale said.",
            "In the two years since the flood, Mira Holt said, the river was dredged twice.",
        ])
        #expect(e.quotes.count == 2)
        #expect(
            e.quotes.first?.text
                == "Although the fares rose sharply the town kept its winter routes")
        #expect(e.speakerNames == ["Tom Vale", "Mira Holt"])
    }
}

extension ReportedSpeechTests {
    @Test("A reporting verb in a relative clause reports a clause for the name before it")
    func relativeClauseClaims() {
        let e = ArticleExtraction.of([
            "The vote went to Nora Quill, who said she would cut the ferry fares.",
            "Tom Vale, who has argued that the port needs dredging, won the seat.",
            "The grant went to Mira Holt, who pledged to rebuild the pier.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "she would cut the ferry fares", "the port needs dredging",
            ])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale"])
    }
}

extension ReportedSpeechTests {
    @Test("According to X in mid-sentence: the claim around it, or the clause after an adjunct")
    func accordingToInsideTheClaim() {
        let e = ArticleExtraction.of([
            "The new timetable is a mistake, according to Nora Quill, because the ferries "
                + "will leave before the trains arrive.",
            "Since May, according to the Harbour Board, the ferries have run late every week.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The new timetable is a mistake, … because the ferries will leave before the "
                    + "trains arrive",
                "the ferries have run late every week",
            ])
        #expect(e.speakerNames == ["Nora Quill", "Harbour Board"])
    }
}

extension ReportedSpeechTests {
    @Test("A progressive reporting verb reports, unless it stands inside another claim")
    func progressiveReportingVerbs() {
        let e = ArticleExtraction.of([
            "Nora Quill is telling residents that the harbour wall will be rebuilt by May.",
            "Tom Vale was suggesting the fares would rise again before the summer.",
            "Mira Holt said she felt the voters were saying the ferry should stay public.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "the harbour wall will be rebuilt by May",
                "the fares would rise again before the summer",
                "she felt the voters were saying the ferry should stay public",
            ])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale", "Mira Holt"])
    }

    @Test("A name joined to a description speaks for the pair; names joined to names stay")
    func coordinatedSubjects() {
        let e = ArticleExtraction.of([
            "Nora Quill and her lawyers argued that the ruling should be overturned.",
            "Sen. Tom Vale (D-Ohio), Rep. Ann Lee (D-Iowa) and other members warned that the "
                + "bill would fail.",
            "In Dover, Mira Holt and her aides said the count had been wrong.",
            "In Dover, Ben Ashe, Ann Lee and other officials said the pier was unsafe.",
            "Ann Lee and Tom Vale said the ferry would stay public.",
        ])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale", "Mira Holt", "Ben Ashe", "Tom Vale"])
    }
}

extension ReportedSpeechTests {
    @Test("A headline in title case reports with its capitalised verb, and the name ends there")
    func titleCaseHeadlines() {
        let opening = ArticleExtraction.of(
            ["The wall was breached in the March storm."],
            headline: "Mayor Jane Dole Says Harbour Wall Will Be Rebuilt By Spring")
        #expect(opening.quotes.map(\.text) == ["Harbour Wall Will Be Rebuilt By Spring"])
        #expect(opening.speakerNames == ["Jane Dole"])
        #expect(opening.people.map(\.name) == ["Jane Dole"])

        let closing = ArticleExtraction.of(
            ["The wall was breached in the March storm."],
            headline: "Harbour Wall Will Be Rebuilt By Spring, Mayor Jane Dole Has Warned")
        #expect(closing.quotes.map(\.text) == ["Harbour Wall Will Be Rebuilt By Spring"])
        #expect(closing.speakerNames == ["Jane Dole"])

        // A possessive heads a description; `Goes After` reports nothing.
        for headline in [
            "Dole's Son Says Harbour Wall Will Be Rebuilt",
            "Jane Dole Goes After The Harbour Board",
        ] {
            #expect(ArticleExtraction.of(["The wall fell."], headline: headline).quotes.isEmpty)
        }
    }
}

extension ReportedSpeechTests {
    @Test("A verb after `and` takes a subject that opens a clause, not a joined name or adverb")
    func coordinatedVerbSubjects() {
        let e = ArticleExtraction.of([
            "Tom Vale often takes credit for the ferry link between Dover and Calais, and has "
                + "promised that the fares will fall next year.",
            "However, the owners of the old pier are fighting the plan and vow to take the "
                + "council to court.",
            "One of the owners, Nora Quill, 70, had run the pier for years and said the council "
                + "never asked her.",
        ])
        #expect(e.speakerNames == ["Tom Vale", "Nora Quill"])
        #expect(!e.quotes.contains { $0.mention == "However" })
    }
}

extension ReportedSpeechTests {
    @Test("`as reported by X,` reports the clause after it; a passive after a noun does not")
    func passiveWithAgent() {
        let e = ArticleExtraction.of([
            "As reported by the Harbour Times, the old pier will close in May.",
            "As for the routes suggested by the ferry firm, Tom Vale said the fares would rise.",
        ])
        #expect(
            e.quotes.map(\.text) == ["the old pier will close in May", "the fares would rise"])
        #expect(e.speakerNames == ["Harbour Times", "Tom Vale"])
    }
}

extension ReportedSpeechTests {
    @Test("A quoted title beside the verb sets the scene; the clause on its other side is claimed")
    func quotedTitleBesideTheVerb() {
        let e = ArticleExtraction.of([
            "Sunday, on the radio show “Morning Call,” Nora Quill said the ferry would run all "
                + "winter.",
            "The old pier is “a total wreck,” Tom Vale said on Monday.",
            "The ferry stopped running in May, Mira Holt said in her book, “Harbour Days.”",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "the ferry would run all winter", "The old pier is “a total wreck,”",
                "The ferry stopped running in May",
            ])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale", "Mira Holt"])
    }
}

extension ReportedSpeechTests {
    @Test("Describing words may stand between the claim's comma and the name, but no clause")
    func describingWordsBeforeTheName() {
        let e = ArticleExtraction.of([
            "There is serious concern about the ferry accounts, Nora Quill’s longtime adviser "
                + "Tom Vale stated.",
            "The ferry will stop in May, a word Mira Holt then repeated.",
            "The fares will rise in June, since Ben Ashe said so.",
        ])
        #expect(e.quotes.map(\.text) == ["There is serious concern about the ferry accounts"])
        #expect(e.speakerNames == ["Tom Vale"])
    }
}

extension ReportedSpeechTests {
    @Test("An adjunct after any reporting verb is no claim; the clause before the name is")
    func adjunctAfterAnyVerb() {
        let e = ArticleExtraction.of([
            "The ferry is safe for the winter, harbour master Tom Vale insisted Thursday during "
                + "a tour of the port."
        ])
        #expect(e.quotes.map(\.text) == ["The ferry is safe for the winter"])
        #expect(e.speakerNames == ["Tom Vale"])
    }
}

extension ReportedSpeechTests {
    @Test("`Lee and others said`: the name speaks; `Others said` alone still reports")
    func nameAndOthers() {
        let e = ArticleExtraction.of([
            "Ben Ashe and others said they could not support the new timetable.",
            "Others said the ferry had never been so reliable.",
        ])
        #expect(e.quotes.count == 2)
        #expect(e.speakerNames.first == "Ben Ashe")
    }
}

extension ReportedSpeechTests {
    @Test("A short clause the attribution interrupts is one claim, though each half is short")
    func shortInterruptedClause() {
        let e = ArticleExtraction.of(["The vote, Nora Quill said, was close."])
        #expect(e.quotes.map(\.text) == ["The vote, … was close"])
        #expect(e.speakerNames == ["Nora Quill"])
    }

    @Test("An attribution that ends its paragraph, with no full stop, interrupts nothing")
    func attributionAtTheEnd() {
        let e = ArticleExtraction.of(["The vote was close, Nora Quill said", "Busy, she says"])
        #expect(e.quotes.map(\.text) == ["The vote was close"])
        #expect(e.speakerNames == ["Nora Quill"])
    }
}

extension ReportedSpeechTests {
    @Test("`this past week` between the subject and its verb is a time, not a subject")
    func thisPastWeek() {
        let e = ArticleExtraction.of([
            "Nora Quill, the harbour chair, this past week announced the closure of the old pier."
        ])
        #expect(e.speakerNames == ["Nora Quill"])
    }
}

extension ReportedSpeechTests {
    @Test("What someone writes is a thing unless a clause follows the verb")
    func writtenThings() {
        let e = ArticleExtraction.of([
            "Nora Quill is writing the second book in her harbour series.",
            "Tom Vale wrote a long letter to the council about the slipway.",
            "Nora Quill wrote the ferry timetable was wrong.",
            "The storm, Tom Vale wrote, came without warning on Friday.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "the ferry timetable was wrong", "The storm, … came without warning on Friday",
            ])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale"])
    }

    @Test("A participle after a comma speaks for a verb's subject that reported nothing")
    func participleAfterAThing() {
        let e = ArticleExtraction.of([
            "The Harbour Club is unhappy with the council.",
            "Late last month, the club wrote a long letter to the mayor, calling the new fees "
                + "\u{201C}unfair and badly timed.\u{201D}",
        ])
        #expect(e.quotes.map(\.text) == ["the new fees \u{201C}unfair and badly timed.\u{201D}"])
        #expect(e.quotes.map(\.mention) == ["the club"])
    }

    @Test("A short subject before the attribution belongs to the clause after it")
    func shortSubjectBeforeTheAttribution() {
        let e = ArticleExtraction.of([
            "The trouble, Nora Quill says, began when the old pier closed in the winter of 1990.",
            "However, she says, the town has recovered well since then.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The trouble, … began when the old pier closed in the winter of 1990",
                "the town has recovered well since then",
            ])
    }
}

extension ReportedSpeechTests {
    @Test("A name before `of the` and a body speaks, not the body")
    func nameOfTheBody() {
        let e = ArticleExtraction.of([
            "Ada Crane of the Harbour Trust said the new fees were unfair.",
            "Tamsin Trewhella of the Tin Guild said the mine would stay shut.",
        ])
        #expect(e.speakerNames == ["Ada Crane", "Tamsin Trewhella"])
        #expect(e.people.map(\.name) == ["Ada Crane", "Tamsin Trewhella"])
    }
}

extension ReportedSpeechTests {
    @Test("`and` right after the verb's object finishes the object; after a comma it goes on")
    func andAfterTheObject() {
        let e = ArticleExtraction.of([
            "The Harbour Trust found the fraud before informing the Ely Coast Guard office and "
                + "the Fisheries Commission (FC).",
            "The harbour will stay open, Ada Crane said, and the ferry will run all winter.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The harbour will stay open, … and the ferry will run all winter"
            ])
    }
}

extension ReportedSpeechTests {
    @Test("A band named after `with` in the subject is not who speaks")
    func nameInsideTheSubjectsPhrase() {
        let e = ArticleExtraction.of([
            "The drummer with Cornish folk band Wheal Lark has quit touring, saying he needed "
                + "a long rest."
        ])
        #expect(e.quotes.map(\.text) == ["he needed a long rest"])
        #expect(e.speakerNames == [nil])
    }
}

extension ReportedSpeechTests {
    @Test("A possessor's whole name stays in the speaker's mention")
    func possessorsWholeName() {
        let e = ArticleExtraction.of([
            "Sri Lanka's government said the new harbour would open in May.",
            "Ada Crane runs the trust. Mrs Crane's lawyer said the claim was false.",
        ])
        #expect(e.quotes.map(\.mention) == ["Sri Lanka's government", "Mrs Crane's lawyer"])
    }
}

extension ReportedSpeechTests {
    @Test("According to a source that names no one: the claim, kept with its source as written")
    func accordingToUnnamedSources() {
        let e = ArticleExtraction.of([
            "The ferry firm lost money last year, according to state corporate records.",
            "According to exit polls, older voters backed the harbour plan.",
            "Everything went according to plan. Fares vary according to the size of the boat.",
            "Fares rose by a fifth, according to an analysis by the Elmford Harbour Board.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The ferry firm lost money last year", "older voters backed the harbour plan",
                "Fares rose by a fifth",
            ])
        #expect(
            e.quotes.map(\.mention) == [
                "state corporate records", "exit polls",
                "an analysis by the Elmford Harbour Board",
            ])
        #expect(e.speakerNames == [nil, nil, "Elmford Harbour Board"])
    }

    @Test("A source only about someone leads to no one; `according to her` to whom she is")
    func accordingToSourcesAboutSomeone() {
        let e = ArticleExtraction.of([
            "Tom Vale chairs the Elmford Harbour Board. The sale was agreed in May, according to "
                + "a person familiar with Tom Vale's plans.",
            "Nora Quill runs the port. According to her, the port will close in June.",
            "According to Mira Holt, who sits on the board, the fares will rise.",
            "Nora Quill told the council that the fares should fall, according to the minutes.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "The sale was agreed in May", "the port will close in June",
                "the fares will rise", "the fares should fall",
            ])
        #expect(e.speakerNames == [nil, "Nora Quill", "Mira Holt", "Nora Quill"])
    }

    @Test("A clause after the source with its own attribution keeps it; a title is no quote")
    func accordingToBeforeAnotherAttribution() {
        let e = ArticleExtraction.of([
            "According to an advance text, Nora Quill told delegates: \u{201C}We must all stand "
                + "together.\u{201D}",
            "Later, according to the Elmford Post, Tom Vale spoke to reporters and said: "
                + "\u{201C}The ferry stays.\u{201D}",
            "The ferry was sold for $2 million, according to \u{201C}Harbour Days,\u{201D} a "
                + "book written with the captain\u{2019}s help.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "We must all stand together.", "The ferry stays.",
                "The ferry was sold for $2 million",
            ])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale", nil])
        #expect(e.quotes.last?.mention == "\u{201C}Harbour Days,\u{201D}")
    }
}

extension ReportedSpeechTests {
    @Test("A group without a name reports its claim, kept as written and resolved to no one")
    func groupsWithoutNames() {
        let e = ArticleExtraction.of([
            "Tom Vale runs the city. Officials in the Tom Vale administration said the port "
                + "would close.",
            "Current and former officials said the harbour deal had stalled.",
            "Elected officials from both parties say the ferry should stay public.",
            "Many in the crowd said the mayor was the only candidate they trusted.",
            "Among older voters, 61 percent say the fares are too high, and more than 4 in 10 "
                + "said the port would close.",
            "Most said they would vote again. Attorneys for the family said the video was clear.",
            "Many said the fares were fair.",
        ])
        #expect(
            e.quotes.map(\.mention) == [
                "Officials in the Tom Vale administration", "Current and former officials",
                "Elected officials from both parties", "Many in the crowd", "61 percent",
                "more than 4 in 10", "Most", "Attorneys for the family", "Many",
            ])
        #expect(e.speakerNames.allSatisfy { $0 == nil })
        #expect(e.quotes.first?.text == "the port would close")
    }

    @Test("Things, not people, report nothing: a share of things, and `went on sale`")
    func groupsOfThings() {
        let e = ArticleExtraction.of([
            "Few of the ferries written off by the firm were insured.",
            "The new phones went on sale in May, and Nora Quill went on about \u{201C}the "
                + "price of everything.\u{201D}",
        ])
        #expect(e.quotes.map(\.text) == ["the price of everything."])
        #expect(e.speakerNames == ["Nora Quill"])
    }

    @Test("A share of people speaks, with what it is a share of: `One in three`, `Almost half`")
    func sharesOfPeople() {
        let e = ArticleExtraction.of([
            "One in three said the ferry was late. Two in five said it was early.",
            "Almost half of respondents said the fares were too high.",
            "Some 56 percent of commuters polled said they would drive instead.",
        ])
        #expect(
            e.quotes.map(\.mention) == [
                "One in three", "Two in five", "Almost half of respondents",
                "Some 56 percent of commuters polled",
            ])
        #expect(e.quotes.last?.text == "they would drive instead")
        #expect(e.speakerNames.allSatisfy { $0 == nil })
    }

    @Test("A conjunction, a subject and a reporting verb end the claim before them")
    func secondAttribution() {
        let e = ArticleExtraction.of([
            "Ann Lee said the ferry would be late, and Tom Hart said it would sail on time.",
            "The mayor said the port would close, but critics said it would grow.",
            "Nora Quill said she had no plans to speak, but when Ann Lee arrived she spoke.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "the ferry would be late", "it would sail on time", "the port would close",
                "it would grow", "she had no plans to speak, but when Ann Lee arrived she spoke",
            ])
        #expect(e.quotes.map(\.mention)[3] == "critics")
    }

    @Test("A `who` clause before the verb: what it follows speaks, never a name inside it")
    func restrictiveRelativeClauses() {
        let e = ArticleExtraction.of([
            "Officials who met Ann Lee said the ferry talks had stalled.",
            "The lawyer who represents Tom Hart told reporters the case was weak.",
            "Two engineers who spoke on condition of anonymity because they were not allowed "
                + "to comment said the bridge was unsafe.",
            "Jo Vale is the councillor who became known in 2009 when she shouted "
                + "\u{201C}Shame!\u{201D} at the mayor.",
        ])
        #expect(
            e.quotes.map(\.mention) == [
                "Officials", "The lawyer", "Two engineers", "she",
            ])
        #expect(e.speakerNames == [nil, nil, nil, "Jo Vale"])
    }

    @Test("A name in apposition, with a lower-case title and a party, speaks; the claim stops")
    func nameInAppositionAfterQuotation() {
        let e = ArticleExtraction.of([
            "Tom Hart was hurt on Tuesday.",
            "\u{201C}This is a big year,\u{201D} Hart's niece, state Del. Ann Lee (D-Elmford), "
                + "shouted to the crowd.",
            "\u{201C}He deserved it,\u{201D} the assailant, Joe Bell, told reporters.",
            "Two in three voters said the ferry was late.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "This is a big year,", "He deserved it,", "the ferry was late",
            ])
        #expect(e.speakerNames == ["Ann Lee", "Joe Bell", nil])
        #expect(e.quotes.last?.mention == "Two in three voters")
    }

    @Test("`said that was ...`: a `that` with a verb straight after it is the claim's subject")
    func demonstrativeThat() {
        let e = ArticleExtraction.of([
            "Ann Lee said that was the last ferry. Tom Hart said that the port would close.",
            "One in five say that won\u{2019}t be true.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "that was the last ferry", "the port would close", "that won\u{2019}t be true",
            ])
    }
}

extension ReportedSpeechTests {
    @Test("A weak verb reports a `that` clause, `described X as Y`, `called for X`; not more")
    func weakVerbsWithThat() {
        let e = ArticleExtraction.of([
            "Nora Quill pointed out that the ferry had never been late. Tom Vale pointed to "
                + "the figures as proof.",
            "The council agreed that the fares would fall. The board agreed a new contract "
                + "with the builders.",
            "Mira Holt continued her speech for an hour.",
            "Tom Vale described the ferry plan as a waste of money. Mira Holt described the "
                + "harbour in detail.",
            "Nora Quill called for an inquiry into the sale. Tom Vale called for calm.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "the ferry had never been late", "the fares would fall",
                "the ferry plan as a waste of money", "an inquiry into the sale",
            ])
        #expect(e.quotes.map(\.cue) == ["pointed out", "agreed", "described", "called for"])
        #expect(e.speakerNames == ["Nora Quill", nil, "Tom Vale", "Nora Quill"])
    }
}

extension ReportedSpeechTests {
    @Test("A quotation after a dash belongs to the verb after it; asides and joined clauses do not")
    func dashesAndAsides() {
        let e = ArticleExtraction.of([
            "Nora Quill runs the ferry union.",
            "If the council is indeed selling the harbour \u{2014} as many traders believe, and "
                + "dockers are alleging, but the council strongly denies \u{2014} \u{201C}why "
                + "would it hide the price?\u{201D} asked Quill, a docker for 30 years. "
                + "\u{201C}It owes the town an answer.\u{201D}",
            "Tom Vale suggested the mayor had a weakness for grand schemes - \u{201C}He would "
                + "have loved a bridge,\u{201D} Mr. Vale said twice - and reminded the crowd of "
                + "the cost.",
            "The fares are rising \u{2014} as the board admits \u{2014} and they will keep "
                + "rising.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "why would it hide the price? \u{2026} It owes the town an answer.",
                "the mayor had a weakness for grand schemes", "He would have loved a bridge,",
            ])
        #expect(e.quotes.map(\.cue) == ["asked", "suggested", "said"])
        #expect(e.speakerNames == ["Nora Quill", "Tom Vale", "Tom Vale"])
    }
}

extension ReportedSpeechTests {
    @Test("A writing a role noun modifies, or one with its author, is the whole source")
    func accordingToWritingsAndAuthors() {
        let e = ArticleExtraction.of([
            "Nora Quill is the county prosecutor.",
            "\u{201C}The evidence cannot support a charge,\u{201D} according to a court "
                + "document filed by county prosecutor Nora Quill.",
            "The ferry ran late twice, according to a police report released on Monday.",
            "Fares will rise, according to a survey from the Elmford Harbour Board published "
                + "in the Elmford Post.",
            "Ferry prices fell sharply, according to figures from the Office of the Harbour "
                + "Master.",
            "Trade at the port grew, according to a report by county think-tank Tidewater.",
        ])
        #expect(
            e.quotes.map(\.mention) == [
                "a court document filed by county prosecutor Nora Quill",
                "a police report released on Monday",
                "a survey from the Elmford Harbour Board",
                "figures from the Office of the Harbour Master",
                "a report by county think-tank Tidewater",
            ])
        #expect(e.speakerNames.prefix(3) == ["Nora Quill", nil, "Elmford Harbour Board"])
    }
}

extension ReportedSpeechTests {
    @Test("A possessor's body or spokesman is a participle's subject; a joined verb is no claim")
    func possessiveSubjectsAndJoinedVerbs() {
        let e = ArticleExtraction.of([
            "Tom Vale and Nora Quill are rivals for the harbour seat.",
            "Shortly after Quill's rally ended, Vale's campaign sent out a press release saying "
                + "Quill owes \u{201C}the port an explanation.\u{201D}",
            "Quill's campaign went on the attack, tweeting and emailing a video in which Vale "
                + "called himself \u{201C}a friend of the ferry.\u{201D}",
            "Asked about the polls, Quill laughed and said, \u{201C}We will see.\u{201D}",
            "Between Saturday morning and Monday morning, the Vale machine fired off tweets and "
                + "retweets with a dozen exclamation marks.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "Quill owes \u{201C}the port an explanation.\u{201D}",
                "himself \u{201C}a friend of the ferry.\u{201D}", "We will see.",
            ])
        #expect(e.quotes.map(\.mention) == ["Vale's campaign", "Vale", "Quill"])
        #expect(e.quotes.map(\.cue) == ["saying", "called", "said"])
    }
}

extension ReportedSpeechTests {
    @Test("Joined names with their titles, and an appositive that counts them, speak last")
    func joinedNamesWithTitles() {
        let e = ArticleExtraction.of([
            "\u{201C}We can only wonder what the plan is,\u{201D} state Senate leader Ann Berg "
                + "and House Speaker Tom Vale, both Liberals, said in a statement.",
            "\u{201C}Conditions will stay poor in 2026,\u{201D} the Finance and Harbour Ministry "
                + "said in a statement.",
            "Nora Quill said voters were \u{201C}deeply wary\u{201D} about Liberal and Green "
                + "promises on fares.",
        ])
        #expect(
            e.quotes.map(\.text) == [
                "We can only wonder what the plan is,", "Conditions will stay poor in 2026,",
                "voters were \u{201C}deeply wary\u{201D} about Liberal and Green promises on fares",
            ])
        #expect(e.speakerNames.first == "Tom Vale")
        #expect(e.speakerNames.last == "Nora Quill")
        // The ministry speaks (its name as the entity pass reads it).
        #expect(
            e.speakerNames.count == 3 && e.speakerNames[1]?.hasSuffix("Harbour Ministry") == true)
    }
}
