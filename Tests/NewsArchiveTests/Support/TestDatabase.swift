import Foundation

@testable import NewsArchive

/// A fresh folder and a migrated archive in it, removed when the value is released.
final class TestDatabase {
    let folder: URL
    let store: ArchiveStore

    var path: String { folder.appendingPathComponent("archive.sqlite").path }
    var connection: Connection { store.connection }

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsarchive-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try ArchiveStore(path: folder.appendingPathComponent("archive.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Stores articles in one transaction, with what the extractor finds in each.
    @discardableResult
    func ingest(_ articles: [Article]) throws -> [IngestOutcome] {
        try connection.inTransaction {
            try articles.map {
                try store.store(
                    $0, extraction: ArticleExtractor.extract(from: $0), now: "2024-01-01T00:00:00Z")
            }
        }
    }

    /// Writes a file into the test folder and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, data: Data(contents.utf8))
    }

    /// Writes bytes into the test folder and returns the path.
    @discardableResult
    func write(_ name: String, data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    /// A new archive at `path` with only the bundled migrations named before `migration`
    /// applied: an archive as an older version left it.
    static func archive(at path: String, before migration: String) throws -> Connection {
        let old = try Connection(path: path)
        try MigrationRunner(migrations: Migration.bundled.filter { $0.name < migration })
            .migrate(old)
        return old
    }

    /// The integer the query returns.
    func count(_ sql: String) throws -> Int { try connection.scalarInt(sql: sql) ?? -1 }
}
