/// What a one-shot command leaves for the operating system to reclaim when it exits.
enum ProcessLifetime {
    /// Keeps `object` alive until the process ends, so its deinitializer never runs.
    ///
    /// For an archive a command reads: closing it frees every parsed table, view and trigger,
    /// every cached statement and page one by one (about a tenth of a search's instructions),
    /// moments before the process ends and the operating system drops them all at once. A
    /// reader has nothing to write back, and SQLite needs no close to stay consistent: a
    /// killed process never closes either.
    static func keep(_ object: AnyObject) {
        _ = Unmanaged.passRetained(object)
    }
}
