import Dispatch
import NewsArchive

/// Runs read-only work against the archive, each piece on a connection of its own.
///
/// SQLite connections are not `Sendable`, so none is shared: every request opens the database
/// read-only, does all of its reading and rendering on one thread, and closes it. In WAL mode
/// readers see the last committed state and run alongside an ingest. The work runs on
/// Dispatch's pool, not on the threads that drive async code, because SQLite calls block.
struct ArchiveReader: Sendable {
    /// The database file.
    let path: String

    /// Opens the archive read-only and runs `body` with it.
    /// - Throws: what opening or `body` throws.
    func read<Result: Sendable>(
        _ body: @escaping @Sendable (ArchiveStore) throws -> Result
    ) async throws -> Result {
        try await Self.run {
            let store = try ArchiveStore(path: path, readOnly: true)
            return try body(store)
        }
    }

    /// Runs blocking work, such as a call into SQLite, on Dispatch's pool.
    /// - Throws: what `body` throws.
    static func run<Result: Sendable>(
        _ body: @escaping @Sendable () throws -> Result
    ) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result { try body() })
            }
        }
    }
}
