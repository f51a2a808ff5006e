import ArgumentParser
import NewsArchive

struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "People in the archive with their aliases, titles and counts of articles and quotes.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Part of a name or alias to look for.")
    var query: String?

    func run() throws {
        let store = try database.openForReading()
        let search = ArchiveSearch(connection: store.connection)
        try output.print(
            try search.people(matching: query, limit: output.queryLimit, offset: output.offset),
            emptyMessage: "No people found.")
    }
}

struct Organisations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Organisations in the archive with their aliases and counts of articles and quotes.",
        aliases: ["organizations"])

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Part of a name or alias to look for.")
    var query: String?

    func run() throws {
        let store = try database.openForReading()
        let search = ArchiveSearch(connection: store.connection)
        try output.print(
            try search.organisations(matching: query, limit: output.queryLimit, offset: output.offset),
            emptyMessage: "No organisations found.")
    }
}
