import Foundation
import Testing

@testable import NewsArchive

@Suite("Input collector")
struct InputCollectorTests {
    @Test("folders are walked in name order, skipping hidden files and documentation")
    func walk() throws {
        let database = try TestDatabase()
        let root = database.folder.appendingPathComponent("corpus").path
        try database.write("corpus/b/2.txt", "B two")
        try database.write("corpus/a/1.txt", "A one")
        try database.write("corpus/.hidden.txt", "hidden")
        try database.write("corpus/.git/config", "hidden folder")
        try database.write("corpus/README.TXT", "about this corpus")
        try database.write("corpus/LICENSE", "terms")
        let collection = InputCollector.collect([root])
        #expect(collection.inputs == [.file(root + "/a/1.txt"), .file(root + "/b/2.txt")])
        #expect(collection.skipped.sorted() == [root + "/LICENSE", root + "/README.TXT"])
        #expect(collection.failures.isEmpty)
    }

    @Test("a documentation file named directly is ingested")
    func namedDirectly() throws {
        let database = try TestDatabase()
        let path = try database.write("README.txt", "Headline\n\nBody.")
        #expect(InputCollector.collect([path]).inputs == [.file(path)])
    }

    @Test("missing paths, link loops and excluded files are reported or left out")
    func problems() throws {
        let database = try TestDatabase()
        let root = database.folder.appendingPathComponent("in")
        try database.write("in/story.txt", "Headline\n\nBody.")
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("loop").path,
            withDestinationPath: root.appendingPathComponent("loop").path)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("up").path, withDestinationPath: root.path)
        let excluded = root.appendingPathComponent("story.txt").path
        let collection = InputCollector.collect(
            [root.path, "/no/such/path"], excluding: [excluded])
        #expect(collection.inputs.isEmpty)
        #expect(collection.failures.contains(.missing(path: "/no/such/path")))
        #expect(collection.failures.contains { $0.location.hasSuffix("/loop") })
    }

    @Test("stdin is named -")
    func standardInput() {
        #expect(InputCollector.collect(["-"]).inputs == [.standardInput])
    }
}
