import FoundationEssentials
import Glibc

/// The archive on disk: opens and migrates the database, and stores articles with what was
/// extracted from them.
///
/// ```swift
/// let store = try ArchiveStore(path: "archive.sqlite")
/// let outcome = try store.connection.inTransaction {
///     try store.store(article, extraction: ArticleExtractor.extract(from: article))
/// }
/// ```
public final class ArchiveStore {
    /// The open database.
    public let connection: Connection
    let identities = IdentityCache()
    let statements: StoreStatements
    /// The first article and the first quote stored since the last ``indexNewText()``: they and
    /// every row after them are not in the full-text indexes yet.
    var firstUnindexedArticleID: Int64?
    var firstUnindexedQuoteID: Int64?

    /// Opens the archive at a path, creating and migrating it as needed.
    ///
    /// With `readOnly`, the database must exist and already be at the current schema.
    /// `busyTimeout` is how long a write waits for another process's write to finish.
    /// - Throws: ``SQLiteError`` when the file cannot be opened or is not a database;
    ///   ``SchemaError`` when it comes from a newer version or needs migrating in read-only mode.
    public init(path: String, readOnly: Bool = false, busyTimeout: Duration = .seconds(10)) throws {
        if readOnly {
            connection = try Connection(path: path, mode: .readOnly, busyTimeout: busyTimeout)
            guard try MigrationRunner().pendingMigrations(connection).isEmpty else {
                throw SchemaError.outdatedDatabase(path: path)
            }
        } else {
            connection = try Self.openMigrated(path: path, busyTimeout: busyTimeout)
        }
        statements = StoreStatements(connection: connection)
    }

    /// Opens and migrates, trying again while another process holds a lock. A new database
    /// being created by two processes at once can answer SQLITE_BUSY without waiting (switching
    /// to WAL, or a read that must become a write, does not call the busy handler), so the
    /// whole open is retried until `busyTimeout` runs out.
    private static func openMigrated(path: String, busyTimeout: Duration) throws -> Connection {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: busyTimeout)
        while true {
            do {
                let connection = try Connection(
                    path: path, mode: .readWriteCreate, busyTimeout: busyTimeout)
                try MigrationRunner().migrate(connection)
                return connection
            } catch let error as SQLiteError where error.isBusy && clock.now < deadline {
                usleep(50_000)
            }
        }
    }

    /// Stores one article and its extraction, or recognises it as already stored.
    ///
    /// Call it inside a transaction. When `isolated`, it writes in a savepoint, so a failure
    /// leaves nothing of this article behind and the transaction can go on with the next one;
    /// without, a failure must roll the whole transaction back (call ``forgetUncommittedWrites()``
    /// then), and the article's text enters the full-text indexes only at ``indexNewText()``,
    /// which the caller runs before committing. Savepoints make FTS5 flush its index at every
    /// article, so bulk loads write without them, index once per batch, and fall back to
    /// isolation only for a batch that fails. `contentHash`, when given, must be the article's
    /// ``ContentHash``, made ahead of time.
    /// - Throws: ``SQLiteError`` when a write fails.
    public func store(
        _ article: Article, extraction: ArticleExtraction, now: String, isolated: Bool = true,
        contentHash: String? = nil
    ) throws -> IngestOutcome {
        try store(
            article, extractingWith: { extraction }, now: now, isolated: isolated,
            contentHash: contentHash)
    }

    /// Stores one article as ``store(_:extraction:now:isolated:contentHash:)`` does, calling
    /// `extract` only when its text is stored (new, or replacing a changed version): an article
    /// the archive already holds, unchanged or as a copy of another, is never extracted.
    /// - Throws: ``SQLiteError`` when a write fails.
    public func store(
        _ article: Article, extractingWith extract: () -> ArticleExtraction, now: String,
        isolated: Bool = true, contentHash: String? = nil
    ) throws -> IngestOutcome {
        let hash = contentHash ?? ContentHash.make(article)
        guard isolated else {
            return try storeUnisolated(article, extract: extract, hash: hash, now: now)
        }
        let unindexed = (firstUnindexedArticleID, firstUnindexedQuoteID)
        do {
            return try connection.inSavepoint {
                let outcome = try storeUnisolated(article, extract: extract, hash: hash, now: now)
                try indexNewText()
                return outcome
            }
        } catch {
            identities.clear()
            (firstUnindexedArticleID, firstUnindexedQuoteID) = unindexed
            throw error
        }
    }

    /// Adds the articles and quotes stored since the last call to the full-text indexes: one
    /// statement per index, so FTS5 writes their terms as one segment.
    ///
    /// Rows must be indexed before anything updates or deletes them, since the update and delete
    /// triggers take their old text out of the index.
    /// - Throws: ``SQLiteError`` when a write fails.
    func indexNewText() throws {
        try indexNewQuotes()
        if let first = firstUnindexedArticleID {
            try connection.execute(
                sql: """
                    INSERT INTO articles_fts (rowid, headline, standfirst, body)
                    SELECT id, headline, standfirst, body FROM articles WHERE id >= ?
                    """,
                arguments: [first])
            firstUnindexedArticleID = nil
        }
    }

    /// Adds the quotes stored since the last call to the full-text index; the articles wait.
    /// - Throws: ``SQLiteError`` when a write fails.
    func indexNewQuotes() throws {
        if let first = firstUnindexedQuoteID {
            try connection.execute(
                sql: """
                    INSERT INTO quotes_fts (rowid, text, speaker_name)
                    SELECT id, text, speaker_name FROM quotes WHERE id >= ?
                    """,
                arguments: [first])
            firstUnindexedQuoteID = nil
        }
    }

    /// Forgets what the store knew of rows written in a transaction that was rolled back.
    func forgetUncommittedWrites() {
        identities.clear()
        firstUnindexedArticleID = nil
        firstUnindexedQuoteID = nil
    }

    private func storeUnisolated(
        _ article: Article, extract: () -> ArticleExtraction, hash: String, now: String
    ) throws -> IngestOutcome {
        if let (id, storedHash) = try articleByKey(article.key) {
            if storedHash == hash { return .unchanged(articleID: id) }
            try indexNewText()
            try replaceArticle(id: id, with: article, hash: hash, now: now)
            try insertExtraction(extract(), articleID: id)
            return .updated(articleID: id)
        }
        if let (id, storedHash, storedKey) = try articleByOtherKey(article.key) {
            if storedHash == hash { return .duplicate(articleID: id, storedKey: storedKey) }
            // The copy has changed and is no longer a duplicate: it becomes its own article.
            try connection.execute(
                sql: "DELETE FROM article_keys WHERE key = ?", arguments: [article.key])
        }
        if let (id, storedKey) = try articleByHash(hash) {
            try connection.execute(
                sql: """
                    INSERT INTO article_keys (key, article_id, source_path, ingested_at)
                    VALUES (?, ?, ?, ?)
                    """,
                arguments: [article.key, id, article.sourcePath, now])
            return .duplicate(articleID: id, storedKey: storedKey)
        }
        let id = try insertArticle(article, hash: hash, now: now)
        try insertExtraction(extract(), articleID: id)
        return .new(articleID: id)
    }

    private func articleByKey(_ key: String) throws -> (Int64, String)? {
        let statement = try statements[.articleByKey]
        try statement.bind(key, at: 1)
        defer { try? statement.reset() }
        guard try statement.step() else { return nil }
        return (Int64(statement.int(0)), statement.text(1) ?? "")
    }

    private func articleByOtherKey(_ key: String) throws -> (Int64, String, String)? {
        let statement = try statements[.articleByOtherKey]
        try statement.bind(key, at: 1)
        defer { try? statement.reset() }
        guard try statement.step() else { return nil }
        return (Int64(statement.int(0)), statement.text(1) ?? "", statement.text(2) ?? "")
    }

    private func articleByHash(_ hash: String) throws -> (Int64, String)? {
        let statement = try statements[.articleByHash]
        try statement.bind(hash, at: 1)
        defer { try? statement.reset() }
        guard try statement.step() else { return nil }
        return (Int64(statement.int(0)), statement.text(1) ?? "")
    }

    private func insertArticle(_ article: Article, hash: String, now: String) throws -> Int64 {
        let statement = try statements[.insertArticle]
        try bindColumns(of: article, hash: hash, now: now, to: statement)
        try statement.run()
        let id = connection.lastInsertRowID
        if firstUnindexedArticleID == nil { firstUnindexedArticleID = id }
        return id
    }

    private func replaceArticle(id: Int64, with article: Article, hash: String, now: String)
        throws
    {
        for table in ["quotes", "person_mentions", "organisation_mentions"] {
            try connection.execute(
                sql: "DELETE FROM \(table) WHERE article_id = ?", arguments: [id])
        }
        try connection.execute(
            sql: """
                UPDATE articles SET key = ?, content_hash = ?, publication = ?, headline = ?,
                    standfirst = ?, byline = ?, published = ?, url = ?, body = ?, captions = ?,
                    source_path = ?, ingested_at = ?
                WHERE id = ?
                """,
            arguments: articleColumns(article, hash: hash, now: now) + [id])
    }

    private func bindColumns(
        of article: Article, hash: String, now: String, to statement: Statement
    ) throws {
        try statement.bind(article.key, at: 1)
        try statement.bind(hash, at: 2)
        try statement.bind(article.publication, at: 3)
        try statement.bind(article.headline, at: 4)
        try statement.bind(article.standfirst, at: 5)
        try statement.bind(article.byline, at: 6)
        try statement.bind(article.published, at: 7)
        try statement.bind(article.url, at: 8)
        try statement.bind(article.body, at: 9)
        try statement.bind(JSONText.array(article.captions), at: 10)
        try statement.bind(article.sourcePath, at: 11)
        try statement.bind(now, at: 12)
    }

    private func articleColumns(_ article: Article, hash: String, now: String)
        -> [any SQLiteBindable]
    {
        [
            article.key, hash, article.publication, article.headline, article.standfirst,
            article.byline, article.published, article.url, article.body,
            JSONText.array(article.captions), article.sourcePath, now,
        ]
    }
}
