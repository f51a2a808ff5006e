/// One value worked out from the archive, such as what the front page shows, kept until
/// another connection commits: an ``ArchiveCache`` with a single key.
///
/// ```swift
/// let contents = try await cache.value {
///     try await archive.read { store in try HomePage.contents(store) }
/// }
/// ```
final class ArchiveValueCache<Value: Sendable>: Sendable {
    private let cache: ArchiveCache<Bool, Value>

    /// Creates an empty cache for an archive; `willCompute` is called before each computation.
    init(path: String, willCompute: @escaping @Sendable () async -> Void = {}) {
        cache = ArchiveCache(path: path, capacity: 1, willCompute: { _ in await willCompute() })
    }

    /// The value kept when no other connection has committed since it was worked out, else
    /// what `compute` returns, once for all the requests that ask meanwhile.
    /// - Throws: ``SQLiteError`` when the archive cannot be checked, or what `compute` throws.
    func value(compute: @escaping @Sendable () async throws -> Value) async throws -> Value {
        try await cache.value(for: true, compute: compute)
    }
}
