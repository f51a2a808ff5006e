import NewsArchive
import Synchronization

/// One value worked out from the archive, such as what the front page shows, kept until
/// another connection commits (see ``ArchiveChanges``).
///
/// Requests that arrive while the value is being worked out wait for that one computation
/// instead of starting their own; a failed computation is not kept.
///
/// ```swift
/// let contents = try await cache.value {
///     try await archive.read { store in try HomePage.contents(store) }
/// }
/// ```
final class ArchiveValueCache<Value: Sendable>: Sendable {
    /// The archive whose commits drop the value.
    let path: String
    /// Called before each computation: lets tests count and slow them.
    private let willCompute: @Sendable () async -> Void
    private let state = Mutex(State())

    private struct State {
        /// Opened at the first request, when there is nothing to keep yet.
        var changes: ArchiveChanges?
        /// Finished, or still running while requests wait on it.
        var task: Task<Value, any Error>?
    }

    /// Creates an empty cache for an archive.
    init(path: String, willCompute: @escaping @Sendable () async -> Void = {}) {
        self.path = path
        self.willCompute = willCompute
    }

    /// The value kept when no other connection has committed since it was worked out, else
    /// what `compute` returns, once for all the requests that ask meanwhile.
    /// - Throws: ``SQLiteError`` when the archive cannot be checked, or what `compute` throws.
    func value(compute: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let task = try await ArchiveReader.run { try self.task(compute: compute) }
        do {
            return try await task.value
        } catch {
            forget(task)
            throw error
        }
    }

    /// The task that holds or works out the value; blocks on SQLite for the check.
    private func task(compute: @escaping @Sendable () async throws -> Value) throws
        -> Task<Value, any Error>
    {
        try state.withLock { state in
            // Checked before `compute` reads the archive, so the value it files holds every
            // commit before the check, and a commit after it changes the version the next
            // check reads.
            if try ArchiveChanges.check(&state.changes, path: path) { state.task = nil }
            if let task = state.task { return task }
            let willCompute = willCompute
            let task = Task {
                await willCompute()
                return try await compute()
            }
            state.task = task
            return task
        }
    }

    /// Drops a failed computation, unless another has been started since.
    private func forget(_ task: Task<Value, any Error>) {
        state.withLock { state in
            if state.task == task { state.task = nil }
        }
    }
}
