import Foundation
import Testing

@testable import NewsArchive

/// People and organisations: names, titles, grouping of mentions, affiliations and the words
/// that are not entities.
@Suite("Entity extraction")
struct EntityExtractorTests {
    /// The invented fixture articles, parsed the simple way the lab does it.
    static func fixture(_ name: String) throws -> Article {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/extraction/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        var blocks = text.components(separatedBy: "\n\n").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty }
        guard blocks.contains(where: { $0.hasPrefix("Published") }) else {
            let headline = blocks.removeFirst()
            return Article(key: name, headline: headline, paragraphs: blocks)
        }
        let publication = blocks.removeFirst()
        let headline = blocks.removeFirst()
        let standfirst = blocks.removeFirst()
        let captions = Array(blocks.removeFirst().components(separatedBy: "\n").dropFirst())
        if blocks.last?.hasPrefix("Sorry") == true { blocks.removeLast() }
        return Article(
            key: name, publication: publication, headline: headline,
            standfirst: standfirst, captions: captions, paragraphs: blocks)
    }

    @Test("Every way of naming one person becomes one entity with titles and affiliation")
    func onePerson() throws {
        let e = ArticleExtractor.extract(from: try Self.fixture("harbour-gazette.txt"))
        let okafor = try #require(e.people.first { $0.name == "Margaret Okafor" })
        #expect(e.people.filter { $0.name.contains("Okafor") }.count == 1)
        #expect(okafor.mentions.contains("Chief Engineer Margaret Okafor"))
        #expect(okafor.mentions.contains("Mrs Okafor"))
        #expect(okafor.titles.contains("Chief Engineer"))
        #expect(okafor.titles.contains("county's lead officer for coastal defence"))
        #expect(okafor.organisations == ["Wessex County Council"])
        #expect(okafor.gender == .female)
    }

    @Test("Places, the publication, groups and buildings are not people")
    func notPeople() throws {
        let e = ArticleExtractor.extract(from: try Self.fixture("harbour-gazette.txt"))
        #expect(Set(e.people.map(\.name)) == ["Margaret Okafor", "Tom Baird"])
        let organisations = Set(e.organisations.map(\.name))
        #expect(
            organisations.isSuperset(of: ["Wessex County Council", "PA", "Environment Agency"]))
        #expect(!organisations.contains("Blair House"))
        #expect(!organisations.contains("Harbour Gazette"))
    }

    @Test("A committee named with its house keeps its own name")
    func committeeName() {
        let e = ArticleExtractor.extract(
            from: Article(
                key: "c", headline: "H",
                paragraphs: [
                    "Appearing at the Commons Transport committee, Dr Ravi Menon said the plan was late."
                ]))
        #expect(e.organisations.map(\.name).contains("Transport Committee"))
        #expect(e.people.map(\.name) == ["Ravi Menon"])
    }

    struct NameCase: Sendable, CustomTestStringConvertible {
        var paragraph: String
        var people: [String]
        var testDescription: String { paragraph }
    }

    static let names: [NameCase] = [
        NameCase(paragraph: "Jack Straw said the straw poll was wrong.", people: ["Jack Straw"]),
        NameCase(paragraph: "Guests gathered at Blair House in Washington.", people: []),
        NameCase(
            paragraph: "Prime Minister Helen Marsh met MPs in London on Monday.",
            people: ["Helen Marsh"]),
        NameCase(
            paragraph: "Sen. Bernard Kowalski, D-Ohio, said the vote was close.",
            people: ["Bernard Kowalski"]),
        NameCase(paragraph: "Police said the road in Norfolk was closed in May.", people: []),
        NameCase(
            paragraph: "Joseph R. Kemp Jr. spoke first. Mr. Kemp said little.",
            people: ["Joseph R. Kemp"]),
    ]

    @Test("Names, titles and non-names", arguments: names)
    func nameTable(_ c: NameCase) {
        let e = ArticleExtractor.extract(
            from: Article(key: "n", headline: "H", paragraphs: [c.paragraph]))
        #expect(e.people.map(\.name) == c.people)
    }

    @Test("The seed article names exactly one person", .enabled(if: SeedArticle.isPresent))
    func seed() throws {
        let e = ArticleExtractor.extract(from: try SeedArticle.load())
        #expect(e.people.map(\.name) == ["Simon Bailey"])
        let names = Set(e.organisations.map(\.name))
        #expect(names.isSuperset(of: ["Norfolk Police", "Home Affairs Committee", "PA"]))
    }
}

/// The shared seed article, when the workspace's shared folder sits beside the repository.
enum SeedArticle {
    static var url: URL {
        // Tests/NewsArchiveTests/<file> → repository root → its parent, which holds shared/.
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/seed/express-and-star.txt")
    }

    static var isPresent: Bool { FileManager.default.fileExists(atPath: url.path) }

    static func load() throws -> Article {
        let text = try String(contentsOf: url, encoding: .utf8)
        var blocks = text.components(separatedBy: "\n\n").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty }
        let publication = blocks.removeFirst()
        let headline = blocks.removeFirst()
        let standfirst = blocks.removeFirst()
        let captions = Array(blocks.removeFirst().components(separatedBy: "\n").dropFirst())
        if blocks.last?.hasPrefix("Sorry") == true { blocks.removeLast() }
        return Article(
            key: "express-and-star", publication: publication, headline: headline,
            standfirst: standfirst, captions: captions, paragraphs: blocks)
    }
}
