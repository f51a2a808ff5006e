import NewsArchive
import Synchronization

/// The costly part of a search page, kept for the searches asked most recently: the ids of the
/// best results, the total and the counts by speaker and publication (``SearchFacets``), which
/// the query and filters decide and the page number does not.
///
/// The other pages of a search, and the same search asked again, skip the ranking; requests
/// for a search that is being worked out wait for that one computation instead of starting
/// their own. A commit by another connection, such as an ingest, empties the cache (see
/// ``ArchiveChanges``).
///
/// ```swift
/// let facets = try await cache.facets(for: key) {
///     try await archive.read { store in try SearchPage.facets(store, form: form) }
/// }
/// ```
final class SearchCache: Sendable {
    /// What decides a search's results: where it looks, the query as FTS5 receives it (nil to
    /// list quotes by their filters alone) and the filters.
    struct Key: Hashable, Sendable {
        var target: SearchTarget
        var query: String?
        var filters: SearchFilters
    }

    /// The archive whose commits empty the cache.
    let path: String
    /// How many searches are kept; the one asked for least recently goes first.
    let capacity: Int
    /// Called before each computation, with its key: lets tests count and slow them.
    private let willCompute: @Sendable (Key) async -> Void
    private let state = Mutex(State())

    private struct State {
        /// Opened at the first request, when there is nothing to keep yet.
        var changes: ArchiveChanges?
        var entries: [Key: Entry] = [:]
        /// Counts lookups, to tell which entry was used least recently.
        var clock: UInt64 = 0
    }

    private struct Entry {
        /// Finished, or still running while requests wait on it.
        let task: Task<SearchFacets, any Error>
        var lastUse: UInt64
    }

    /// Creates an empty cache for an archive.
    init(
        path: String, capacity: Int = 64,
        willCompute: @escaping @Sendable (Key) async -> Void = { _ in }
    ) {
        precondition(capacity > 0, "a search cache keeps at least one search")
        self.path = path
        self.capacity = capacity
        self.willCompute = willCompute
    }

    /// The facets of a search: those kept when no other connection has committed since they
    /// were worked out, else what `compute` returns, once for all the requests that ask for
    /// the search meanwhile. A failed computation is not kept.
    /// - Throws: ``SQLiteError`` when the archive cannot be checked, or what `compute` throws.
    func facets(
        for key: Key, compute: @escaping @Sendable () async throws -> SearchFacets
    ) async throws -> SearchFacets {
        let task = try await ArchiveReader.run { try self.task(for: key, compute: compute) }
        do {
            return try await task.value
        } catch {
            forget(key, task)
            throw error
        }
    }

    /// The number of searches kept, finished or not.
    var count: Int { state.withLock { $0.entries.count } }

    /// The task that holds or works out the facets of `key`; blocks on SQLite for the check.
    private func task(
        for key: Key, compute: @escaping @Sendable () async throws -> SearchFacets
    ) throws -> Task<SearchFacets, any Error> {
        try state.withLock { state in
            // Checked under the lock, so no search is filed between a commit's discovery and
            // the emptying it calls for. After a failed check, the next one opens the archive
            // again and answers true.
            if try ArchiveChanges.check(&state.changes, path: path) { state.entries.removeAll() }
            state.clock += 1
            if let entry = state.entries[key] {
                state.entries[key]?.lastUse = state.clock
                return entry.task
            }
            let willCompute = willCompute
            let task = Task {
                await willCompute(key)
                return try await compute()
            }
            state.entries[key] = Entry(task: task, lastUse: state.clock)
            if state.entries.count > capacity,
                let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key
            {
                // Requests waiting on an evicted computation still get its result.
                state.entries[oldest] = nil
            }
            return task
        }
    }

    /// Drops a failed computation, unless the key has been filed again since.
    private func forget(_ key: Key, _ task: Task<SearchFacets, any Error>) {
        state.withLock { state in
            if state.entries[key]?.task == task { state.entries[key] = nil }
        }
    }
}
