import Foundation
import FuzzDriver
import NewsArchive

// One in-memory archive for the whole run: building it per input would drown the search.
nonisolated(unsafe) private var connection: Connection? = {
    let db = try? Connection(path: ":memory:")
    if let db {
        _ = try? MigrationRunner().migrate(db)
        try? db.execute(
            sql: "INSERT INTO articles (key, content_hash, headline, body, ingested_at) VALUES "
                + "('k', '00000000000000000000000000000000', 'Fuzzing the search box', "
                + "'A café in Zürich, e-mail and c++ at 1,000 words.', 'now')")
    }
    return db
}()

/// Any text a user types becomes a query FTS5 accepts: SQLite must never reject it.
func fuzzQuery(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let query = SearchQuery(words: text), let connection else { return 0 }
    do {
        let statement = try connection.prepare(
            sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?")
        try statement.bind([query.fts5])
        _ = try statement.step()
    } catch {
        fatalError(
            "SQLite rejected \(query.fts5.debugDescription) built from \(text.debugDescription): \(error)"
        )
    }
    return 0
}

@main
enum QueryFuzzerMain {
    static func main() {
        runFuzzer { fuzzQuery($0, $1) }
    }
}
