import Foundation
import Testing

@testable import NewsArchive

/// Users' corrections to people and organisations, and how they survive re-ingest.
@Suite("Corrections")
struct CorrectionTests {
    static func article(_ key: String, _ body: String) -> Article {
        Article(key: key, headline: "Headline of \(key)", paragraphs: [body])
    }

    static func person(_ name: String, _ mentions: [String]) -> ArticleExtraction {
        ArticleExtraction(
            people: [PersonEntity(name: name, mentions: mentions)],
            quotes: [
                ExtractedQuote(
                    kind: .direct, text: "A quote.", cue: "said", mention: mentions.last,
                    speaker: .person(0), section: .body, paragraph: 0, start: 0, end: 8)
            ])
    }

    func store(_ database: TestDatabase, _ article: Article, _ extraction: ArticleExtraction)
        throws
    {
        _ = try database.connection.inTransaction {
            try database.store.store(article, extraction: extraction, now: "now")
        }
    }

    @Test("a merge holds when the merged article is ingested again with new content")
    func mergeSurvivesReingest() throws {
        let database = try TestDatabase()
        try store(database, Self.article("a", "One."), Self.person("Ana Lima", ["Ms Lima"]))
        try store(database, Self.article("b", "Two."), Self.person("A. Lima", ["A. Lima"]))
        #expect(try database.count("SELECT count(*) FROM people") == 2)

        let kept = try database.store.merge(.person, "A. Lima", into: "Ana Lima")
        #expect(try database.count("SELECT count(*) FROM people") == 1)
        #expect(
            try database.count("SELECT count(*) FROM quotes WHERE speaker_person_id = \(kept)") == 2
        )

        try store(database, Self.article("b", "Two, revised."), Self.person("A. Lima", ["A. Lima"]))
        #expect(try database.count("SELECT count(*) FROM people") == 1)
        #expect(try database.count("SELECT articles FROM people_view") == 2)
        #expect(try database.count("SELECT quotes FROM people_view") == 2)
    }

    @Test("a rename keeps the old name as an alias, and re-ingest finds the renamed person")
    func renameSurvivesReingest() throws {
        let database = try TestDatabase()
        try store(database, Self.article("a", "One."), Self.person("Ana Lima", ["Ms Lima"]))
        try database.store.rename(.person, "Ana Lima", to: "Ana Maria Lima")
        try store(
            database, Self.article("a", "One, revised."), Self.person("Ana Lima", ["Ms Lima"]))
        #expect(
            try database.connection.scalarText(sql: "SELECT group_concat(name) FROM people")
                == "Ana Maria Lima")
    }

    @Test("a removed alias is not added back by re-ingest")
    func aliasRemovalSurvivesReingest() throws {
        let database = try TestDatabase()
        try store(
            database, Self.article("a", "One."), Self.person("Ana Lima", ["Ms Lima", "Lima House"]))
        #expect(try database.store.removeAlias(.person, from: "Ana Lima", alias: "Lima House"))
        try store(
            database, Self.article("a", "One, revised."),
            Self.person("Ana Lima", ["Ms Lima", "Lima House"]))
        #expect(
            try database.count("SELECT count(*) FROM person_aliases WHERE alias = 'Lima House'")
                == 0)
        try database.store.addAlias(.person, to: "Ana Lima", alias: "the mayor")
        #expect(try ArchiveSearch(connection: database.connection).knowsSpeaker("the mayor"))
    }

    @Test("ambiguous and unknown names are refused with the candidates")
    func ambiguous() throws {
        let database = try TestDatabase()
        try store(database, Self.article("a", "One."), Self.person("Ana Lima", ["Ms Lima"]))
        try store(database, Self.article("b", "Two."), Self.person("Rui Lima", ["Mr Lima"]))
        #expect(throws: CorrectionError.self) {
            try database.store.merge(.person, "Lima", into: "Ana Lima")
        }
        #expect(throws: CorrectionError.notFound(.person, name: "Nobody")) {
            try database.store.rename(.person, "Nobody", to: "Somebody")
        }
        #expect(throws: CorrectionError.nameTaken(.person, name: "Rui Lima", ownerID: 2)) {
            try database.store.rename(.person, "Ana Lima", to: "Rui Lima")
        }
    }

    @Test("the CLI merges people and says so")
    func commandLineMerge() throws {
        let database = try TestDatabase()
        try store(database, Self.article("a", "One."), Self.person("Ana Lima", ["Ms Lima"]))
        try store(database, Self.article("b", "Two."), Self.person("A. Lima", ["A. Lima"]))
        let result = try CommandLineRunner.run([
            "people", "merge", "--db", database.path, "Ana Lima", "A. Lima",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let list = try CommandLineRunner.run(["people", "--db", database.path, "--format", "csv"])
        #expect(list.stdout.split(separator: "\r\n").count == 2)
    }
}

@Suite("Surname identity")
struct SurnameIdentityTests {
    func store(_ database: TestDatabase, _ key: String, _ people: [PersonEntity]) throws {
        _ = try database.connection.inTransaction {
            try database.store.store(
                Article(key: key, headline: "Story \(key)", paragraphs: ["Text of \(key)."]),
                extraction: ArticleExtraction(people: people), now: "now")
        }
    }

    @Test("a surname-only person joins the one full name with that surname, in either order")
    func joinsTheOnlyFullName() throws {
        let database = try TestDatabase()
        try store(
            database, "a", [PersonEntity(name: "Okafor", mentions: ["Mr Okafor"], gender: .male)])
        try store(
            database, "b",
            [PersonEntity(name: "Daniel Okafor", mentions: ["Daniel Okafor"], gender: .male)])
        try store(
            database, "c", [PersonEntity(name: "Okafor", mentions: ["Mr Okafor"], gender: .male)])
        #expect(
            try database.connection.scalarText(sql: "SELECT group_concat(name) FROM people")
                == "Daniel Okafor")
        #expect(try database.count("SELECT articles FROM people_view") == 3)
    }

    @Test("a surname shared by two full names, or of the other gender, is not merged")
    func ambiguousSurname() throws {
        let database = try TestDatabase()
        try store(database, "a", [PersonEntity(name: "Daniel Okafor", gender: .male)])
        try store(database, "b", [PersonEntity(name: "Grace Okafor", gender: .female)])
        try store(
            database, "c", [PersonEntity(name: "Okafor", mentions: ["Mrs Okafor"], gender: .female)]
        )
        #expect(
            try database.count("SELECT articles FROM people_view WHERE name = 'Grace Okafor'") == 2)
        try store(database, "d", [PersonEntity(name: "Okafor", mentions: ["Okafor"])])
        #expect(try database.count("SELECT count(*) FROM people") == 3)
    }
}
