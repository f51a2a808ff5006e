import ArgumentParser
import NewsArchive

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts of articles, people, organisations and quotes, and the database size.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let store = try database.openForReading()
        let rows = try ArchiveSearch(connection: store.connection).statistics()
        try output.print(rows, emptyMessage: "The archive is empty.")
    }
}
