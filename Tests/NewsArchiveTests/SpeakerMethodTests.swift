import Foundation
import Testing

@testable import NewsArchive

/// Attribution patterns for speakers named with long appositives, lead sentences in the
/// paragraph before a quotation, bodies named without `the`, and words that only look like
/// names or reporting verbs.
@Suite("Speaker method")
struct SpeakerMethodTests {
    @Test("An appositive may name the State Department without ending the search for the name")
    func appositiveWithCapitalisedVerbWord() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "“The talks went well,” Nadia Voss, a lawyer then working for the State "
                    + "Department, wrote in an email to her colleagues."
            ]) == ["Nadia Voss"])
    }

    @Test("A body named in a description speaks for its officials and members, not for one person")
    func bodyInsideDescription() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "“The ferry will run,” a Harbour Board official said on Monday.",
                "“We were not told,” Harbour Board members said.",
                "“I will win this seat,” the Harbour Board nominee said.",
                "“Nobody asked us,” a former Harbour Board ferry inspector said.",
            ]) == ["Harbour Board", "Harbour Board", nil, nil])
    }

    @Test("A statement after an opening clause is the main clause subject's")
    func colonAfterOpeningClause() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "When Harlow died in 1998, Governor Tom Pellman released the following "
                    + "statement:",
                "“Anna and I offer our condolences to the family.”",
            ]) == ["Tom Pellman"])
    }

    @Test("A crowd named after a person is not the person; the person's aides speak for them")
    func crowdsAndAides() {
        let e = ArticleExtraction.of([
            "Governor Tom Pellman spoke at the State University of Elmford on Monday.",
            "The first heckling came during the speech at the University of Elmford, when "
                + "Pellman protesters interrupted him, shouting “he wins, we lose!”",
            "Pellman aides said the visit was a success.",
        ])
        #expect(e.speakerNames == [nil, "Tom Pellman"])
        #expect(e.quotes.first?.mention == "Pellman protesters")
    }

    @Test("He and she are people: a committee's head who spoke is not the committee")
    func pronounAfterBodyHead() {
        let speakers = ArticleExtraction.speakerNames(of: [
            "A row has erupted at the Harbour Trust, as the head of the trust's powerful rules "
                + "committee has accused his own leaders of trying to block a rule change that "
                + "he said would make it harder to reopen the ferry contract.",
            "The Trust Rules Committee met on Saturday.",
        ])
        #expect(speakers == [nil])
    }

    @Test("A middle initial is no article, and Jr. ends a name before its appositive")
    func initialsAndSuffixes() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "However, Rosa T. Finch, the general counsel of the firm, said in a statement "
                    + "that the claims had “no merit.”"
            ]) == ["Rosa T. Finch"])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "“The numbers do not add up,” Walter P. Greene Jr., the director of the "
                    + "agency, said at a news conference."
            ]) == ["Walter P. Greene"])
    }

    @Test("A reporting verb's form that a place modifies is a noun inside an appositive")
    func nounAfterPlaceInAppositive() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "''The ferries will run again,'' Odile Marsh, the head of the Kent state "
                    + "harbour board, said of the repairs."
            ]) == ["Odile Marsh"])
    }

    @Test("A surname that speaks later is a person from its first mention")
    func surnameBeforeItSpeaks() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "The port authority spokesman Ned Arlo praised the plan on Monday.",
                "Marlow also toured the harbour on Tuesday and met the night crews.",
                "“We will not forget this town,” he added.",
                "“The cranes arrive in May,” Marlow said.",
            ]) == ["Marlow", "Marlow"])
    }

    @Test("A reporting verb's bare form after a determiner and a name is a noun")
    func nounAfterName() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "In a Facebook post after the meeting, Marlow wrote: “The cranes arrive in May "
                    + "and the crews are ready.”"
            ]) == ["Marlow"])
    }

    @Test("A name after a focusing adverb that opens the sentence is its subject")
    func subjectAfterFocusingAdverb() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Rhea Vance argued on Sunday that the count was fair.",
                "Even Tom Okoro, the party chairman, could not calm the crowd. “We will accept "
                    + "the result,” he said on Monday.",
            ]) == ["Rhea Vance", "Tom Okoro"])
    }

    @Test("A name introduced by its role before a colon speaks the quotation after it")
    func roleAndNameBeforeColon() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Ada Brooks leads the poll.",
                "The timing of Brooks’ surge doesn’t surprise Republican pollster Daniel Marsh: "
                    + "“Late surges by lesser-known candidates are common in early contests.”",
            ]) == ["Daniel Marsh"])
    }

    @Test("Shot back and fired back report a retort")
    func retorts() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "“Look at all these fans here,” Nora Pell said with a smirk.",
                "“They’re all here for the free food,” Tom Reyes shot back with a laugh.",
            ]) == ["Nora Pell", "Tom Reyes"])
    }

    @Test("A title of a body in apposition is no name")
    func titleInApposition() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "The chairman of the board, Ida Kemp, met the union on Tuesday.",
                "“The offer stands,” Ida Kemp, President of Harlow Mills, said after the talks.",
            ]) == ["Ida Kemp"])
    }

    @Test("Remembered reports the quotation beside it")
    func remembered() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "“Nobody thought the mill would close,” remembered Tom Baxter, a former "
                    + "foreman."
            ]) == ["Tom Baxter"])
    }

    @Test("A paragraph that is only a quotation takes the subject that closes the one before")
    func closingSubject() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Carl Webb arrived at the town hall in Dunmore on Friday.",
                "Webb continued his remarks about the bridge.",
                "“We will not stop until the bridge is built and the ferry is gone.”",
            ]) == ["Carl Webb"])
    }

    @Test("An imperative closing a paragraph lends no speaker")
    func imperativeIsNoSubject() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "The council voted to close the library. Call it a false economy.",
                "“The library has served this town for a hundred years and more.”",
            ]) == [nil])
    }

    @Test("A paragraph with an attribution of its own keeps it")
    func closingSubjectYieldsToOwnAttribution() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "For two days, Mark Olin spoke about the budget and the roads.",
                "“We are tying their hands,” Nina Park said during the debate.",
            ]) == ["Nina Park"])
    }

    @Test("Plurals and a headline's ordinary words are no people")
    func spuriousPeople() {
        let e = ArticleExtraction.of(
            [
                "Money from PACs flooded the race, and he said PACs decide too much.",
                "The best candidate ever, the paper said, was the one who listened.",
            ], headline: "Mayor Says Best Candidate Ever")
        let people = Set(e.people.map(\.name))
        #expect(!people.contains("PACs"))
        #expect(!people.contains("Ever"))
    }

    @Test("A name in apposition to a noun for a body is an organisation")
    func bodyInApposition() {
        let e = ArticleExtraction.of([
            "The state news agency Tanjug said the talks had failed."
        ])
        #expect(e.organisations.map(\.name).contains("Tanjug"))
        #expect(!e.people.map(\.name).contains("Tanjug"))
    }

    @Test("A body named without the speaks as an organisation")
    func bareBody() {
        let e = ArticleExtraction.of([
            "As reported by Eastern Journalism, the mayor will resign in the spring."
        ])
        #expect(
            e.quotes.map { quote -> String? in
                if case .organisation(let i) = quote.speaker { return e.organisations[i].name }
                return nil
            } == ["Eastern Journalism"])
        #expect(!e.people.map(\.name).contains("Journalism"))
    }

    @Test("The fund, the network: a definite body noun is the organisation named with it")
    func definiteBodyNoun() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "The Pacific Relief Fund opened an office in Suva on Monday.",
                "The storm destroyed more than 400 homes on the coast, the fund said.",
            ]) == ["Pacific Relief Fund"])
    }

    @Test("State and states are nouns unless a pronoun or a document reports")
    func nounState() {
        let cues = ArticleExtraction.of([
            "Farmers in swing states that lean left will gain the most from the plan.",
            "The ruling states that the law is void and must be rewritten.",
        ]).quotes.compactMap(\.cue)
        #expect(cues == ["states"])
    }

    @Test("Spoke, responded and maintained report a claim only with that")
    func clauseWithThat() {
        let e = ArticleExtraction.of([
            "Ann Lee spoke at a memorial service in Leeds for the victims of the flood.",
            "Ann Lee maintains a wide lead among younger voters in the city.",
            "Ann Lee responded that the figures were wrong and would be corrected.",
        ])
        #expect(e.quotes.map(\.text) == ["the figures were wrong and would be corrected"])
    }

    @Test("A short quotation inside an appositive does not end the search for the name")
    func quotationInsideAppositive() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "“We have had better harvests than this one,” local farmer Tom Reddle, wearing "
                    + "a straw hat and “Vote Green” badges, said quietly as the rain fell."
            ]) == ["Tom Reddle"])
    }

    @Test("A capitalised preposition or a hyphenated pair of places names no speaker")
    func prepositionAndPlaceCompound() {
        let e = ArticleExtraction.of([
            "Nora Quill spoke in Dundee on Friday.",
            "Across the region, former staff of the mill traded messages all week, fuming at "
                + "the “needless harm” done by their old managers.",
            "There may be a China-Japan shipping pact “in due course” she warned: “It will not "
                + "come quickly.”",
        ])
        let names = e.people.map(\.name) + e.organisations.map(\.name)
        #expect(names == ["Nora Quill"])
    }

    @Test("Called, dubbed and labelled report a quoted name given to something")
    func namingVerbs() {
        let e = ArticleExtraction.of([
            "Director Ann Lee met the board in Hull on Monday.",
            "Ann Lee called the plan “a reckless gamble.” She dubbed the budget “a fantasy.”",
            "Bob Hart called the meeting productive and went home.",
        ])
        #expect(
            e.quotes.map(\.text) == ["the plan “a reckless gamble.”", "the budget “a fantasy.”"])
        #expect(e.quotes.map(\.kind) == [.mixed, .mixed])
        #expect(
            ArticleExtraction.speakerNames(of: ["Ann Lee called the plan “a reckless gamble.”"])
                == ["Ann Lee"])
    }

    @Test("A colon hands the verb the quotation after it, not a mixed clause before it")
    func colonQuotationAfterMixedClause() {
        let e = ArticleExtraction.of([
            "Nora Quill spoke at the port on Friday.",
            "Granting that a shipping pact would come “in due course” she warned: “It will not "
                + "come quickly.”",
        ])
        #expect(e.quotes.map(\.text) == ["It will not come quickly."])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Nora Quill spoke at the port on Friday.",
                "Granting that a shipping pact would come “in due course” she warned: “It will "
                    + "not come quickly.”",
            ]) == ["Nora Quill"])
    }

    @Test("A reported clause ends where a new subject and verb open a quotation")
    func reportedClauseEndsAtNewSpeaker() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "After Bob Hart said that pupils might do better at “smaller schools,” Ann Lee "
                    + "said: “I do not agree with him at all.”"
            ]) == ["Bob Hart", "Ann Lee"])
    }

    @Test("A dash and a name with a colon head a quotation rather than end a reported clause")
    func dashedNameHeading() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Forecasters agree - Nora Quill: “The first lesson is a simple one: keep "
                    + "measuring the rain until the last day.”"
            ]) == ["Nora Quill"])
    }

    @Test("Abbreviated titles such as Del., Adm. and Sens. neither end a sentence nor join a name")
    func abbreviatedTitles() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "“The ferry schedule is a mess,” said Del. Mara Quint, who sits on the transport "
                    + "panel."
            ]) == ["Mara Quint"])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Retired Adm. Colin Shore disagreed. “The fleet is ready,” he said."
            ]) == ["Colin Shore"])
    }

    @Test("A name after a preposition and its article is no subject")
    func prepositionalObjectWithArticle() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "In the depths of the Long Winter, Sam Pruitt worried that the town was becoming "
                    + "\"a place where nobody plans ahead and nobody ever learns anything.\""
            ]) == ["Sam Pruitt"])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "The crowd gathered in front of the Old Mill, which Mayor Ida Crane on Friday "
                    + "declared \"a monument to the workers of this valley and their families.\""
            ]) == ["Ida Crane"])
    }

    @Test("A name in apposition to the description after an inverted verb speaks")
    func appositiveNameAfterInvertedVerb() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "\"We never asked for the money,\" said a spokeswoman for the Harbour Board, "
                    + "Lena Moss."
            ]) == ["Lena Moss"])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "''The pier was safe,'' wrote the harbour official at the time, Tomas J. Brill, in "
                    + "a letter."
            ]) == ["Tomas J. Brill"])
        // After `according to`, the name past the comma is the claim's subject.
        #expect(
            ArticleExtraction.speakerNames(of: [
                "According to a summary of the inquiry, Rob Dane, a harbour pilot, \"never saw "
                    + "the warning lights.\""
            ]) != ["Rob Dane"])
    }

    @Test("Two titles joined by and belong to the one name after them")
    func titlesJoinedByAnd() {
        let e = ArticleExtraction.of([
            "Harbour Foods posted a profit of $3bn. \"Our performance was strong,\" chairman and "
                + "chief executive Richard Pask said.",
            "\"We are pleased,\" said president and chief executive Tom Vale.",
            "Founder and chairman Ann Cole said: \"It was a good year.\"",
        ])
        #expect(e.speakerNames == ["Richard Pask", "Tom Vale", "Ann Cole"])
        #expect(
            e.quotes.map(\.mention) == [
                "chairman and chief executive Richard Pask", "chief executive Tom Vale",
                "Founder and chairman Ann Cole",
            ])
    }

    @Test("A title with of or and in it between a quotation and its speaker")
    func titleWithOfOrAndAfterQuotation() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "\"They wanted a second opinion,\" director of hockey Ewan Tully told the Courier.",
                "\"Fans love it,\" Tunebox sales and marketing manager Mia Rennard said.",
            ]) == ["Ewan Tully", "Mia Rennard"])
    }

    @Test("An age after an inverted verb is its speaker, with the name that follows it")
    func ageAfterInvertedVerb() {
        let e = ArticleExtraction.of([
            "James Ure, 28, won the 800m in Erfurt.",
            "\"I am qualified now and that is what matters,\" said the 28-year-old.",
            "\"I was keen to leave,\" admitted the 28-year-old Ure.",
        ])
        #expect(e.speakerNames == ["James Ure", "James Ure"])
        #expect(e.quotes.map(\.mention) == ["the 28-year-old", "the 28-year-old Ure"])
    }

    @Test("Words in the first person after a sentence about a named subject are that person's")
    func firstPersonAfterNamedSubject() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "After three successive wins over the past fortnight, Ada Brennan is brimming "
                    + "with confidence. \"I have been waiting six years for this to happen.\""
            ]) == ["Ada Brennan"])
        // A pronoun subject goes on with the person it stands for.
        #expect(
            ArticleExtraction.speakerNames(of: [
                "\"I was shocked,\" said Ada Brennan.",
                "But after serving her sentence, she was sent back to a country whose language "
                    + "she did not speak. \"The first week, I was living on the street.\"",
            ]) == ["Ada Brennan", "Ada Brennan"])
        // Not in the first person, nor after a name that only follows a common noun.
        #expect(
            ArticleExtraction.speakerNames(of: [
                "After three successive wins over the past fortnight, Ada Brennan is brimming "
                    + "with confidence. \"The season has turned the corner for the whole club.\"",
                "The album Tidewater came out in 1977 and gave the band five hits in a row. "
                    + "\"I remember going to see them play in Milan and Turin.\"",
            ]) == [nil, nil])
    }

    @Test("A description that ends the sentence after an inverted verb is its speaker")
    func descriptionEndingSentenceAfterInvertedVerb() {
        let e = ArticleExtraction.of([
            "Jo Hale scored twice for the club on Saturday.",
            "\"We were ready for them today,\" said the winger.",
        ])
        #expect(e.speakerNames == ["Jo Hale"])
        #expect(e.quotes.map(\.mention) == ["the winger"])
    }

    @Test("A title and its department set off by commas after a name stand for the name")
    func titleAndDepartmentAfterName() {
        let e = ArticleExtraction.of([
            "In a statement, Dr Ada Kell, Kestrel senior vice president, Research and Policy, "
                + "said: \"We are opening our patents to everyone.\""
        ])
        #expect(e.speakerNames == ["Ada Kell"])
        // A description with running text after it is no such title.
        #expect(
            ArticleExtraction.speakerNames(of: [
                "However, many experts, including the Kestrel Bank, have pointed out that the "
                    + "damage is hard to assess."
            ]) == [nil])
    }

    @Test("A surname that ends in -ing opens a sentence as its subject")
    func surnameEndingInIngIsSubject() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "The show's creator, Otto Fleming, is a fan.",
                "Fleming heaped praise on the cast, saying: \"Everybody here is a star.\"",
                "Speaking to reporters, he added: \"We will be back next year.\"",
            ]) == ["Otto Fleming", "Otto Fleming"])
    }

    @Test("A pronoun with a verb after an inverted verb opens the reported clause")
    func pronounAfterInvertedVerbOpensClause() {
        let e = ArticleExtraction.of([
            "Sen. Dara Holt (D-Ore.), one of the bill's sponsors, said he would vote against it."
        ])
        #expect(!e.quotes.contains { $0.text.hasPrefix("Sen. Dara Holt") })
    }

    @Test("A pronoun that spoke names its person for the pronouns that follow")
    func pronounChainKeepsItsSpeaker() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Noting he studied law, Bowman said he tends to think slowly.",
                "\"I am always searching,\" he said.",
                "When the interview steered Bowman toward the race, he offered his thoughts on "
                    + "the continued appeal of Victor Hale among supporters.",
                "\"I think it is funny,\" he said, \"because he is kind of a tyrant.\"",
            ]) == ["Bowman", "Bowman", "Bowman"])
    }

    @Test("A name after a preposition and a titled possessor is no subject")
    func titledPossessorAfterPreposition() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "The family has long prized good manners.",
                "Simon Finch, who served as counsel under Mr. Hale's father, Arthur Quinn, "
                    + "ticked through the code of conduct the family has long embodied: ''Good "
                    + "manners were kind of assumed,'' he said.",
            ]) == ["Simon Finch"])
    }

    @Test("A name in apposition to an object, with a relative clause, is no subject")
    func relativeAppositiveIsNoSubject() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "''We have shown the world we can win,'' Mr. Obama said, not even needing to "
                    + "mention the author of that boast, Muhammad Ali, who died three months ago. "
                    + "Voters, he said, can ''rock like Jimi.''"
            ]) == ["Obama", "Obama"])
    }

    @Test("Initials written as one token are no acronym in a speaker's name")
    func initialsInSpeakerName() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "The port is busy.",
                "Last week, J.J. Tenney, editor of The Harbor, wrote, ''When we think of the sea, "
                    + "we should think of the boats.''",
            ]) == ["J.J. Tenney"])
    }

    @Test("A name with a party tag in parentheses is a subject, not a dateline")
    func partyTagIsNoDateline() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Voters are tired of the fight over the new port.",
                "Attorney General Rosa Quint (D), Hale's opponent in the coming race, called "
                    + "Friday for releasing the videos, saying that openness \"breaks down walls "
                    + "and brings progress.\"",
            ]) == ["Rosa Quint"])
    }

    @Test("A party tag after a name does not hide it from the appositive's verb")
    func partyTagBeforeAppositive() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Sen. Carl Dunn (R-Tex.), a candidate for president, said he would vote against "
                    + "the harbour bill."
            ]) == ["Carl Dunn"])
    }

    @Test("The subject of a reporting sentence speaks the quotation that follows it")
    func reportingSentenceBeforeQuotation() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Sen. Carl Dunn (R-Tex.), a candidate for president, tweeted a warning. \"Remember "
                    + "in November the people who fought against the harbour for thirty hours.\""
            ]) == ["Carl Dunn"])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Or maybe Bob Hart, consultant Ann Lee says. \"Several surveys suggest a second "
                    + "look at him is under way in the north.\""
            ]).last == "Ann Lee")
    }

    @Test("A subject after an opening phrase speaks the quotation after its colon")
    func subjectAfterOpeningPhraseBeforeColon() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "On July 6, 2015, Carl Dunn made the following comment:",
                "\"For young people who have left school, the jobless rate is far too high.\"",
            ]) == ["Carl Dunn"])
    }

    @Test("Common role nouns such as constituent and developer introduce a name")
    func moreRoleNouns() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "\"The harbour must stay open,\" said Dunn constituent Mara Quint when asked about "
                    + "the plan."
            ]) == ["Mara Quint"])
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Ron Weir spoke first. Just a month ago, Florida developer Mel Sander disliked "
                    + "the plan. \"I kept telling myself it would fail,\" he told the Daily Tide."
            ]).last == "Mel Sander")
    }

    @Test("The owner of a reply speaks the quotation after \"response was:\"")
    func replyOwnerBeforeColon() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Aide Ron Weir emailed Mara Quint about the storm. Quint's response was: \"Is the "
                    + "ferry running or not?\""
            ]) == ["Mara Quint"])
    }

    @Test("The owner of an account speaks what the account posted")
    func accountOwnerSpeaks() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Mara Quint spoke at the harbour on Monday, and Ron Weir listened.",
                "The next day, her Twitter account posted: \"See you all at the town hall.\"",
            ]) == ["Mara Quint"])
    }

    @Test("A surname resolved only at its reporting verb is the subject later pronouns find")
    func surnameSpeakerIsSubjectForPronouns() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Committee Chairman Bruce Ashe criticized party Chairman Reince Tallis and his "
                    + "allies in an email.",
                "In interviews, Victor Hale has argued that the committee runs a \"rigged\" "
                    + "process. Tallis has pushed back on those charges.",
                "\"I don't think that it's a good idea for us next week to make serious "
                    + "changes,\" Tallis said. \"I think it's too complicated.\"",
                "He noted that any changes at the meeting would only be recommendations anyway.",
                "\"It's up to the delegates at the convention,\" he said.",
            ]).suffix(3) == ["Reince Tallis", "Reince Tallis", "Reince Tallis"])
    }

    @Test("A name after an article and lower-case modifiers that open a clause is its subject")
    func subjectAfterArticleAndModifiers() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "\"The count is fair,\" said Ron Weir, the state chairman.",
                "There, the district GOP Chairman Carl Willis declined to name the delegates, "
                    + "one of whom is a friend of Tom Quint.",
                "\"We have our share of support in this district,\" he said.",
            ]) == ["Ron Weir", "Carl Willis"])
    }

    @Test("A figure may open the role before a name after an inverted verb")
    func figureInRoleAfterVerb() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "“The levee failed us twice,” said 2011 flood survivor Dora Quill.",
                "“We rebuilt the pier,” said 9/11 firefighter Abel Rusk.",
            ]) == ["Dora Quill", "Abel Rusk"])
    }

    @Test("Surmised and retaliated report the quotation beside them")
    func surmiseAndRetaliate() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Mayor Pierre Roux spoke in Lyon on Sunday.",
                "“The river will rise again,” Roux surmised. “We must be ready.”",
                "Senator Ida Brandt called the plan a waste. “It saves lives,” Roux retaliated.",
            ]) == ["Pierre Roux", "Pierre Roux"])
    }

    @Test("Verbs of speaking in a manner report the quotation beside them")
    func mannerOfSpeaking() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "The comedian Ned Voss lost his temper on air.",
                "“Nobody asked for your opinion,” Voss barked.",
                "Mrs Ada Lowe was calmer. “It will pass,” she confided.",
            ]) == ["Ned Voss", "Ada Lowe"])
    }

    @Test("After an inverted verb, a title and a second title with the name name the speaker")
    func twoTitlesJoinedByAnd() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "“He is reprising that role,” said former Ohio Gov. and Harbour Party Chairman "
                    + "Ed Ruddock. “It is about turnout.”"
            ]) == ["Ed Ruddock"])
    }

    @Test("A town before its state after a description's preposition is no speaker")
    func townBeforeState() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Governor Tom Hale is touring the state. A woman in Kelbrook, Ohio, told him she "
                    + "worries he is “too soft” on crime."
            ]) == [nil])
    }

    @Test("A ranked party member after an inverted verb is the name, not the body before it")
    func rankedPartyMemberAfterVerb() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "“The audit is a waste of money,” said Budget ranking Democrat Ella Crumb (D-Md.).",
                "Ella Crumb backs Republican Ned Voss on the levee. “It will hold,” said Crumb.",
            ]) == ["Ella Crumb", "Ella Crumb"])
    }

    @Test("Names after whose or such as are no subjects for a later he")
    func relativeAndExampleNamesAreNoSubjects() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Victor Marsh wrote the lines spoken by Ada Crane, whose son Ned was lost at sea.",
                "In a column, he said he “would do it again.”",
            ]).last == "Victor Marsh")
        #expect(
            ArticleExtraction.speakerNames(of: [
                "Victor Marsh worked for Ohio Republicans such as former Gov. Tom Blake.",
                "Despite it all, he said he “may yet switch sides.”",
            ]) == ["Victor Marsh"])
    }

    @Test("A name before a relative clause of reporting speaks what the clause reports")
    func relativeClauseOfReporting() {
        #expect(
            ArticleExtraction.speakerNames(of: [
                "The loudest critic of the levee plan is Wanda Birch, who said it was “a disgrace.”",
                "The board also met Otto Crane, who has said the cost was “absurd.”",
                "The city fined Harbour Holdings, which said the fine was “unfair.”",
            ]) == ["Wanda Birch", "Otto Crane", "Harbour Holdings"])
    }
}
