import NewsArchive

/// Notices commits by other connections, such as an ingest writing to the archive the server
/// reads, through SQLite's data version on a connection of its own.
///
/// Not `Sendable`: ``ArchiveCache`` keeps it behind its lock, so that a check and what the cache
/// does about it happen as one step.
struct ArchiveChanges {
    // Why a connection of its own: data versions compare only between readings from one
    // connection, and each request reads on a connection it has just opened, whose first
    // reading says nothing about the commits before it. This connection never writes, so every
    // change it sees is another's commit, and it sees each one, however many connections the
    // requests use. The cache checks here before it files a search, and the search reads the
    // archive only after that, so an entry holds every commit before the check that filed it;
    // a commit after that check changes the version the next check reads, which empties the
    // cache. (Checking each request's own connection instead would need connections kept
    // between requests, and would empty the cache once per connection for every commit.)
    private let connection: Connection
    private var version: Int

    /// Opens the archive read-only and notes its data version.
    /// - Throws: ``SQLiteError`` when the archive cannot be opened or read.
    init(path: String) throws {
        connection = try Connection(path: path, mode: .readOnly)
        version = try connection.dataVersion()
    }

    /// True when another connection has committed since the last check (or since `init`).
    /// - Throws: ``SQLiteError`` when the archive cannot be read.
    mutating func check() throws -> Bool {
        let current = try connection.dataVersion()
        defer { version = current }
        return current != version
    }

    /// Checks `changes` for commits, first opening it when it is nil: true when what a cache
    /// kept before this call may be out of date. That is after another connection's commit,
    /// and after an opening, whose starting version says nothing about what happened before.
    /// When the archive cannot be read, `changes` is left nil, so the next call opens it again
    /// (and answers true).
    /// - Throws: ``SQLiteError`` when the archive cannot be opened or read.
    static func check(_ changes: inout ArchiveChanges?, path: String) throws -> Bool {
        guard var opened = changes else {
            changes = try ArchiveChanges(path: path)
            return true
        }
        do {
            let changed = try opened.check()
            changes = opened
            return changed
        } catch {
            changes = nil
            throw error
        }
    }
}
