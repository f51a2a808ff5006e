import Glibc
import NewsArchive

/// The archive file a command works on: `--db`, else `$NEWSARCHIVE_DB`, else
/// `newsarchive.sqlite` in the current folder.
struct ArchiveLocation {
    /// The `--db` value, if given.
    var db: String?

    /// The path in force: the option, else the environment, else the default name.
    var path: String {
        if let db { return db }
        if let fromEnvironment = Terminal.environment("NEWSARCHIVE_DB"),
            !fromEnvironment.isEmpty
        {
            return fromEnvironment
        }
        return "newsarchive.sqlite"
    }

    /// Runs `body`, turning a database failure into a sentence that says what to do.
    func explainingFailures<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw CommandError.databaseFailed(path: path, error: error)
        }
    }

    /// Opens the archive for writing, creating and migrating it as needed; a write waits up to
    /// `busyTimeout` for another process's write.
    func openForWriting(busyTimeout: Duration = .seconds(10)) throws -> ArchiveStore {
        do {
            return try ArchiveStore(path: path, busyTimeout: busyTimeout)
        } catch let error as SQLiteError {
            throw CommandError.cannotOpen(path: path, error: error)
        }
    }

    /// Opens an existing archive for reading; migrates it first when it is writable and old.
    ///
    /// The archive stays open until the process ends (see ``ProcessLifetime/keep(_:)``) when
    /// its write-ahead log is empty. A log holding writes (a migration just made, an ingest that
    /// was killed) is checkpointed when the last connection closes, so an archive with one is
    /// closed as usual: left open, it would make every later command read the whole log again.
    func openForReading() throws -> ArchiveStore {
        // access(2) rather than FileManager, whose first use costs a search's start more.
        guard access(path, F_OK) == 0 else { throw CommandError.noArchive(path: path) }
        let store: ArchiveStore
        do {
            if access(path, W_OK) == 0 {
                store = try ArchiveStore(path: path)
            } else {
                store = try ArchiveStore(path: path, readOnly: true)
            }
        } catch let error as SQLiteError {
            throw CommandError.cannotOpen(path: path, error: error)
        }
        if store.connection.writeAheadLogIsEmpty { ProcessLifetime.keep(store) }
        return store
    }
}
