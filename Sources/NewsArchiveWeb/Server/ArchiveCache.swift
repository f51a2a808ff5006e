import NewsArchive
import Synchronization

/// Values worked out from the archive, kept for the keys asked for most recently until another
/// connection commits, such as an ingest (see ``ArchiveChanges``).
///
/// Requests for a key whose value is being worked out wait for that one computation instead of
/// starting their own; a failed computation is not kept. ``SearchCache`` keeps the costly part
/// of search pages, ``ArchiveValueCache`` the front page.
///
/// ```swift
/// let facets = try await searchCache.value(for: key) {
///     try await archive.read { store in try SearchPage.facets(store, form: form) }
/// }
/// ```
final class ArchiveCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// The archive whose commits empty the cache.
    let path: String
    /// How many keys are kept; the one asked for least recently goes first.
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
        let task: Task<Value, any Error>
        var lastUse: UInt64
    }

    /// Creates an empty cache for an archive.
    init(
        path: String, capacity: Int = 64,
        willCompute: @escaping @Sendable (Key) async -> Void = { _ in }
    ) {
        precondition(capacity > 0, "a cache keeps at least one value")
        self.path = path
        self.capacity = capacity
        self.willCompute = willCompute
    }

    /// The value of a key: the one kept when no other connection has committed since it was
    /// worked out, else what `compute` returns, once for all the requests that ask for the key
    /// meanwhile.
    /// - Throws: ``SQLiteError`` when the archive cannot be checked, or what `compute` throws.
    func value(
        for key: Key, compute: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        let task = try await ArchiveReader.run { try self.task(for: key, compute: compute) }
        do {
            return try await task.value
        } catch {
            forget(key, task)
            throw error
        }
    }

    /// The number of keys kept, finished or not.
    var count: Int { state.withLock { $0.entries.count } }

    /// The task that holds or works out the value of `key`; blocks on SQLite for the check.
    private func task(
        for key: Key, compute: @escaping @Sendable () async throws -> Value
    ) throws -> Task<Value, any Error> {
        try state.withLock { state in
            // Checked under the lock and before `compute` reads the archive, so a value filed
            // holds every commit before the check, and a commit after it changes the version
            // the next check reads. After a failed check, the next one opens the archive again
            // and answers true.
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
    private func forget(_ key: Key, _ task: Task<Value, any Error>) {
        state.withLock { state in
            if state.entries[key]?.task == task { state.entries[key] = nil }
        }
    }
}

/// The costly part of a search page, kept for the searches asked most recently: the ids of the
/// best results, the total and the counts by speaker and publication (``SearchFacets``), which
/// the query and filters decide and the page number does not. The other pages of a search, and
/// the same search asked again, skip the ranking.
typealias SearchCache = ArchiveCache<SearchKey, SearchFacets>

/// What decides a search's results: where it looks, the query as FTS5 receives it (nil to list
/// quotes by their filters alone) and the filters.
struct SearchKey: Hashable, Sendable {
    var target: SearchTarget
    var query: String?
    var filters: SearchFilters
}
