import Foundation
import Testing

@testable import NewsArchive

/// Speaker resolution within an article: names, pronouns, descriptions and organisations.
@Suite("Speaker resolution")
struct SpeakerResolutionTests {
    private static func speakers(_ paragraphs: [String]) -> [String?] {
        let e = ArticleExtractor.extract(
            from: Article(key: "s", headline: "H", paragraphs: paragraphs))
        return e.quotes.map { quote in
            switch quote.speaker {
            case .person(let i): e.people[i].name
            case .organisation(let i): e.organisations[i].name
            case nil: nil
            }
        }
    }

    @Test("A surname or honorific resolves to the earlier full name")
    func surname() {
        #expect(
            Self.speakers([
                "Doctor Hugh Hill treated the crew.",
                "Mr Hill said the men were lucky to survive the storm.",
            ]) == ["Hugh Hill"])
    }

    @Test("He and she go to the most recent person of that gender")
    func pronounsByGender() {
        #expect(
            Self.speakers([
                "Mrs Ada Lowe met Mr Colin Reyes at the port.",
                "She said the deal was fair.",
                "He said the price was too high.",
            ]) == ["Ada Lowe", "Colin Reyes"])
    }

    @Test("I and we never name the speaker of a reporting clause")
    func firstPerson() {
        #expect(Self.speakers(["Colin Reyes arrived late.", "“It is done,” I said."]) == [nil])
    }

    @Test("A description resolves through the person's title")
    func description() {
        #expect(
            Self.speakers([
                "Chief Constable Ruth Dale opened the meeting.",
                "Crime had fallen by a fifth, the officer said.",
            ]) == ["Ruth Dale"])
    }

    @Test("Organisations speak, also through a spokesman")
    func organisations() {
        #expect(
            Self.speakers([
                "The Home Office said the rules would change in April.",
                "A spokesman for the Treasury Department said no decision had been made.",
            ]) == ["Home Office", "Treasury Department"])
    }

    @Test("An unknown description keeps no speaker rather than a wrong one")
    func preferNil() {
        #expect(
            Self.speakers([
                "Colin Reyes arrived late.",
                "One passer-by said the crowd had been peaceful all day.",
            ]) == [nil])
    }

    @Test(
        "The seed article's thirteen claims are all Simon Bailey's",
        .enabled(if: SeedArticle.isPresent))
    func seed() throws {
        let e = ArticleExtractor.extract(from: try SeedArticle.load())
        let body = e.quotes.filter { $0.section != .headline }
        #expect(body.count == 13)
        #expect(body.allSatisfy { $0.speaker == .person(0) })
        #expect(e.people.first?.name == "Simon Bailey")
    }

    @Test("The gazette fixture resolves descriptions, pronouns and a spokesman")
    func gazetteFixture() throws {
        let e = ArticleExtractor.extract(
            from: try EntityExtractorTests.fixture("harbour-gazette.txt"))
        let okafor = try #require(e.people.firstIndex { $0.name == "Margaret Okafor" })
        let baird = try #require(e.people.firstIndex { $0.name == "Tom Baird" })
        let agency = try #require(e.organisations.firstIndex { $0.name == "Environment Agency" })
        func who(_ prefix: String) -> SpeakerReference? {
            e.quotes.first { $0.text.hasPrefix(prefix) }?.speaker
        }
        #expect(who("Flood defences will not hold") == .person(okafor))
        #expect(who("the sea wall at Portwick") == .person(okafor))
        #expect(who("The sea wall protecting") == .person(okafor))
        #expect(who("I honestly believe") == .person(okafor))
        #expect(who("her \"biggest worry\"") == .person(okafor))
        #expect(who("most of the wall") == .person(okafor))
        #expect(who("the agency was reviewing") == .organisation(agency))
        #expect(who("People here are frightened") == .person(baird))
        #expect(who("They want to know") == .person(baird))
        #expect(who("We will not be abandoned") == .person(baird))
        #expect(e.quotes.first { $0.section == .standfirst }?.cue == "suggested")
    }

    @Test("The wire fixture attributes split and continued quotations")
    func wireFixture() throws {
        let e = ArticleExtractor.extract(from: try EntityExtractorTests.fixture("wire-report.txt"))
        func who(_ prefix: String) -> SpeakerReference? {
            e.quotes.first { $0.text.hasPrefix(prefix) }?.speaker
        }
        let whitcombe = try #require(e.people.firstIndex { $0.name == "Laura Whitcombe" })
        let ferreira = try #require(e.people.firstIndex { $0.name == "Daniel Ferreira" })
        #expect(who("We are running out of road") == .person(whitcombe))
        #expect(who("The senator knows") == .person(ferreira))
        #expect(who("We're still talking") == .person(whitcombe))
        #expect(who("That is not a slogan") == .person(whitcombe))
        let house = try #require(e.organisations.firstIndex { $0.name == "White House" })
        #expect(who("the president remained") == .organisation(house))
    }
}
