import ArgumentParser
import FoundationEssentials
import NewsArchive

/// The `--db` option every subcommand takes.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The archive file (default: $NEWSARCHIVE_DB, else newsarchive.sqlite here).",
            valueName: "path"))
    var db: String?

    /// Where the archive is, as a plain value.
    var location: ArchiveLocation { ArchiveLocation(db: db) }

    /// The path in force: see ``ArchiveLocation/path``.
    var path: String { location.path }

    /// Runs `body`, turning a database failure into a sentence that says what to do.
    func explainingFailures<T>(_ body: () throws -> T) throws -> T {
        try location.explainingFailures(body)
    }

    /// Opens the archive for writing: see ``ArchiveLocation/openForWriting(busyTimeout:)``.
    func openForWriting(busyTimeout: Duration = .seconds(10)) throws -> ArchiveStore {
        try location.openForWriting(busyTimeout: busyTimeout)
    }

    /// Opens an existing archive for reading: see ``ArchiveLocation/openForReading()``.
    func openForReading() throws -> ArchiveStore { try location.openForReading() }
}
