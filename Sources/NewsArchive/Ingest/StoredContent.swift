/// The article texts an archive already holds, looked up by ``ContentHash`` on the reading
/// thread through a read-only connection of its own.
///
/// An article whose text is stored (unchanged, or a copy of another) is not extracted again:
/// extraction is most of what reading a folder costs, and a folder is often read again with a
/// few new files in it. A hint, not a decision: the writer decides what becomes of each article
/// and extracts one itself when the archive changed in between (an article given the text of
/// another, say).
final class StoredContent {
    private let connection: Connection
    private let lookup: Statement

    /// Opens the archive at `path` for look-ups; nil for an archive in memory, one that holds
    /// no article yet, or one that cannot be opened: then every article is extracted.
    init?(archivePath path: String) {
        guard path != ":memory:", !path.isEmpty else { return nil }
        do {
            connection = try Connection(path: path, mode: .readOnly)
            guard try connection.scalarInt(sql: "SELECT EXISTS (SELECT 1 FROM articles)") == 1
            else { return nil }
            lookup = try connection.prepare(
                sql: "SELECT 1 FROM articles WHERE content_hash = ?")
        } catch {
            return nil
        }
    }

    /// True when the archive holds an article with this ``ContentHash``; false also when the
    /// look-up fails.
    func contains(_ hash: String) -> Bool {
        do {
            try lookup.bind(hash, at: 1)
            defer { try? lookup.reset() }
            return try lookup.step()
        } catch {
            return false
        }
    }
}
